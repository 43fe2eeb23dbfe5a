/**
 * Checks and completes the MDX a writer types, at build time, so mistakes fail the build with the
 * file, line and fix named, instead of reaching a reader:
 * - every image (`![alt](src)`, `<img>`, `<Screenshot>`) has alt text;
 * - `<Screenshot name="x">` exists in static/screenshots/<locale>/x.(svg|webp|png); it gets its
 *   src, width and height from the file, falling back to another locale's file with a warning;
 * - `<Steps>` wraps a numbered Markdown list;
 * - a component is one the site has (PAGE_COMPONENTS, or imported by the page), given only the
 *   props it takes: a misspelt one would otherwise vanish without a word;
 * - an `<img src>` on the site names a file that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {visit} from 'unist-util-visit';
import {logger} from '@docusaurus/logger';
import type {VFile} from 'vfile';

const EXTENSIONS = ['svg', 'webp', 'png'];

/**
 * The components pages use (src/theme/MDXComponents.tsx), with the props a writer gives each (the
 * components' Props; the others are filled in at build time). `__tests__` checks them against
 * the components.
 */
export const PAGE_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Screenshot: ['name', 'alt', 'caption', 'eager'],
  ImagePlaceholder: ['src', 'alt', 'inline'],
  Steps: [],
  Troubleshooter: [],
  // Docusaurus's own, in every MDX page.
  Details: ['summary', 'open'],
  Head: [],
};

export interface Options {
  siteDir: string;
  /** All locales, default first. */
  locales: string[];
  /** Relative to siteDir/static. */
  screenshotsDir?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- mdast and MDX JSX nodes of every kind */
export default function remarkMdxComponents(options: Options) {
  const {siteDir, locales} = options;
  const screenshotsDir = options.screenshotsDir ?? 'screenshots';
  const staticDir = path.join(siteDir, 'static');

  return (tree: any, file: VFile): void => {
    const filePath = path.relative(siteDir, file.path ?? 'unknown file');
    const locale = localeOfFile(filePath, locales);

    const fail = (node: any, problem: string, fix: string): never => {
      const line = node.position?.start?.line;
      throw new Error(`${filePath}${line ? `:${line}` : ''}: ${problem}\n  Fix: ${fix}`);
    };

    // Names a page brings in itself (`import Tabs from '@theme/Tabs'`) are its own business.
    const imported = new Set<string>();
    visit(tree, 'mdxjsEsm', (node: any) => {
      for (const statement of node.data?.estree?.body ?? []) {
        for (const specifier of statement.specifiers ?? []) {
          imported.add(specifier.local?.name);
        }
      }
    });

    visit(tree, (node: any) => {
      if (node.type === 'image') {
        if (!node.alt || !node.alt.trim()) {
          fail(
            node,
            `the image "${node.url}" has no alt text.`,
            'describe what it shows inside the brackets: ![What the image shows](…).',
          );
        }
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
        return;
      }
      checkComponent(node);
      if (node.name === 'img' || node.name === 'Screenshot') {
        const alt = attribute(node, 'alt');
        if (alt === undefined || (typeof alt === 'string' && !alt.trim())) {
          fail(
            node,
            `<${node.name}> has no alt text.`,
            `add alt="…" saying what the picture shows, for readers who cannot see it.`,
          );
        }
      }
      if (node.name === 'img') {
        checkImageFile(node);
      }
      if (node.name === 'Screenshot') {
        completeScreenshot(node);
      }
      if (node.name === 'Steps') {
        const lists = (node.children ?? []).filter((child: any) => child.type === 'list');
        if (lists.length !== 1 || !lists[0].ordered) {
          fail(
            node,
            '<Steps> must wrap exactly one numbered list.',
            'put a Markdown list ("1. …", "2. …") between <Steps> and </Steps>, with blank lines around it.',
          );
        }
      }
    });

    function checkComponent(node: any): void {
      const name: string | null = node.name;
      if (!name || !/^[A-Z]/.test(name) || imported.has(name.split('.')[0])) {
        return;
      }
      const props = PAGE_COMPONENTS[name];
      const known = Object.keys(PAGE_COMPONENTS)
        .map((component) => `<${component}>`)
        .join(', ');
      if (!props) {
        fail(node, `<${name}> is not a component pages can use.`, `use one of ${known}, spelt so.`);
      }
      for (const attr of node.attributes ?? []) {
        if (attr.type === 'mdxJsxAttribute' && !props!.includes(attr.name)) {
          fail(
            node,
            `<${name}> takes no "${attr.name}".`,
            props!.length > 0
              ? `use ${props!.map((prop) => `"${prop}"`).join(', ')}, spelt so.`
              : `remove it: <${name}> takes none.`,
          );
        }
      }
    }

    function checkImageFile(node: any): void {
      const src = attribute(node, 'src');
      if (typeof src !== 'string' || /^(?:[a-z]+:|\/\/)/i.test(src)) {
        return;
      }
      const target = src.startsWith('/')
        ? path.join(staticDir, src)
        : path.join(path.dirname(path.join(siteDir, filePath)), src);
      if (!fs.existsSync(target.split(/[?#]/)[0])) {
        fail(
          node,
          `<img src="${src}"> names a file that does not exist (${path.relative(siteDir, target)}).`,
          'add the file, or correct src. A site-wide image lives in static/ and its src starts with "/".',
        );
      }
    }

    function completeScreenshot(node: any): void {
      const name = attribute(node, 'name');
      if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
        fail(
          node,
          '<Screenshot> needs a name="…" in lowercase letters, digits and hyphens.',
          `name the file under static/${screenshotsDir}/<locale>/, without its extension.`,
        );
      }
      const candidates = [locale, ...locales.filter((other) => other !== locale)];
      for (const candidate of candidates) {
        for (const ext of EXTENSIONS) {
          const relative = `${screenshotsDir}/${candidate}/${name}.${ext}`;
          const absolute = path.join(staticDir, relative);
          if (!fs.existsSync(absolute)) {
            continue;
          }
          if (candidate !== locale) {
            logger.warn(
              `${filePath}: screenshot "${name}" has no ${locale} version; showing the ${candidate} one. Add static/${screenshotsDir}/${locale}/${name}.${ext}.`,
            );
          }
          const content = fs.readFileSync(absolute);
          const {width, height} = imageSize(content);
          // A screenshot in the first screenful is inlined (SVGs are a few KB): it then paints
          // with the text instead of waiting for a request, which would delay the page's LCP.
          const inline = ext === 'svg' && attribute(node, 'eager') !== undefined;
          setAttribute(
            node,
            'src',
            inline
              ? `data:image/svg+xml,${encodeURIComponent(content.toString('utf8').trim())}`
              : `/${relative}`,
          );
          setAttribute(node, 'width', String(width));
          setAttribute(node, 'height', String(height));
          return;
        }
      }
      fail(
        node,
        `screenshot "${name}" was not found.`,
        `add static/${screenshotsDir}/${locale}/${name}.svg (or .webp/.png), or correct the name.`,
      );
    }
  };
}

/**
 * `i18n/<locale>/docusaurus-plugin-content-docs/…` holds a translation; anything else is written in
 * the default locale.
 * @param filePath relative to the site
 */
export function localeOfFile(filePath: string, locales: string[]): string {
  const match = /^i18n[\\/]([^\\/]+)[\\/]/.exec(filePath);
  return match && locales.includes(match[1]) ? match[1] : locales[0];
}

function attribute(node: any, name: string): string | true | undefined {
  const found = (node.attributes ?? []).find(
    (attr: any) => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
  if (!found) {
    return undefined;
  }
  if (found.value === null || found.value === undefined) {
    return true;
  }
  return typeof found.value === 'string'
    ? found.value
    : (found.value.value ?? '').trim()
      ? true
      : '';
}

function setAttribute(node: any, name: string, value: string): void {
  node.attributes = (node.attributes ?? []).filter(
    (attr: any) => !(attr.type === 'mdxJsxAttribute' && attr.name === name),
  );
  node.attributes.push({type: 'mdxJsxAttribute', name, value});
}
/* eslint-enable @typescript-eslint/no-explicit-any */
