/**
 * Checks a page's links to other pages and to headings while the page compiles, so a broken one
 * fails the build naming the file, the line and the ids the target has:
 *
 *   docs/partner-center/mfa.mdx:102: links to "./unable-to-sign-in.mdx#forgot-pasword", but
 *   docs/partner-center/unable-to-sign-in.mdx has no heading with the id "forgot-pasword".
 *     Fix: end the link with one of its ids: #whats-happening, #forgot-password, …
 *
 * Docusaurus checks links too, once every page is rendered (onBrokenLinks, onBrokenAnchors), but
 * names the page's address rather than its file and line, and reports anchors only once every link
 * is right. Its checks stay, for what this one leaves to it: links to addresses that are no doc
 * file (a page in src/pages, a generated index), and static files.
 *
 * Checked here: `#id` on the same page, relative file links (`./page.mdx#id`, the way the README
 * asks writers to link) and site-absolute links to a doc (`/partner-center/page#id`, read in the
 * page's own language's docs).
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {DOCS_DIR, ENGLISH_DOCS_DIR} from '../../lib/content';
import {headingText, parseMdx, writtenHeadingId} from '../../lib/mdx';

export interface Options {
  siteDir: string;
}

/** An address with a scheme (https:, mailto:) or protocol-relative: not a page of this site. */
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
/** Ids listed in a fix, at most. */
const IDS_SHOWN = 15;

/* eslint-disable @typescript-eslint/no-explicit-any -- mdast and MDX JSX nodes of every kind */

/**
 * The ids a link to the page may end in, in page order: each heading's (the one it writes, or a
 * slug of its text, as Docusaurus makes it) and any `id` or `name` its JSX or HTML gives.
 * Undefined when the page cannot be parsed as MDX, which its own build reports, or when it writes
 * ids the old way (`## Title {#id}`), which only Docusaurus's own pre-processing reads: links to it
 * are then left to Docusaurus's check. The site writes `{/* #id *\/}` (npm run write-heading-ids).
 */
export function pageAnchors(content: string): string[] | undefined {
  let tree;
  try {
    tree = parseMdx(content);
  } catch {
    return undefined;
  }
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  visit(tree, (node: any) => {
    if (node.type === 'heading') {
      anchors.push(writtenHeadingId(node) ?? slugger.slug(headingText(node)));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          (attribute.name === 'id' || attribute.name === 'name') &&
          typeof attribute.value === 'string'
        ) {
          anchors.push(attribute.value);
        }
      }
    } else if (node.type === 'html') {
      for (const match of String(node.value).matchAll(/\s(?:id|name)=["']([^"']+)["']/g)) {
        anchors.push(match[1]!);
      }
    }
  });
  return anchors;
}

const anchorCache = new Map<string, {modified: number; anchors: string[] | undefined}>();

/** A file's anchors, parsed once per version of the file (a build reads each page many times). */
function anchorsOfFile(file: string): string[] | undefined {
  const modified = fs.statSync(file).mtimeMs;
  const cached = anchorCache.get(file);
  if (cached?.modified === modified) {
    return cached.anchors;
  }
  const anchors = pageAnchors(fs.readFileSync(file, 'utf8'));
  anchorCache.set(file, {modified, anchors});
  return anchors;
}

/** Where a doc's site-absolute links are read: the docs of its own language. */
function docsRootOf(siteDir: string, relativeFile: string): string | undefined {
  const root = [ENGLISH_DOCS_DIR, DOCS_DIR].find((dir) => relativeFile.startsWith(`${dir}/`));
  return root && path.join(siteDir, root);
}

function existing(candidates: string[]): string | undefined {
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Target {
  /** The page linked to; undefined when it is no file (a relative file link that is broken). */
  file?: string;
  /** Where the link was looked for, when it is broken. */
  missing?: string;
  id: string;
}

/** What a link points to, or undefined when it is left to Docusaurus (or is not this site's). */
function targetOf(
  url: string,
  file: string,
  siteDir: string,
  relativeFile: string,
): Target | undefined {
  if (EXTERNAL.test(url)) {
    return undefined;
  }
  const hashAt = url.indexOf('#');
  const id = hashAt === -1 ? '' : decode(url.slice(hashAt + 1));
  const address = decode((hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, ''));
  if (address === '') {
    return {file, id};
  }
  const root = address.startsWith('/') ? docsRootOf(siteDir, relativeFile) : undefined;
  if (/\.mdx?$/.test(address)) {
    if (address.startsWith('/') && !root) {
      return undefined;
    }
    const target = root ? path.join(root, address) : path.resolve(path.dirname(file), address);
    return fs.existsSync(target) ? {file: target, id} : {missing: target, id};
  }
  if (!root) {
    return undefined;
  }
  const base = path.join(root, address.replace(/\/+$/, ''));
  const target = existing([`${base}.mdx`, `${base}.md`, `${base}/index.mdx`, `${base}/index.md`]);
  return target ? {file: target, id} : undefined;
}

/** The problem with one link, with its fix; undefined when the link is sound or not ours to judge. */
export function linkProblem(
  url: string,
  file: string,
  siteDir: string,
  /** The page's own anchors: from the text being compiled, which may not be on disk yet. */
  ownAnchors: () => string[] | undefined,
): {problem: string; fix: string} | undefined {
  const relativeFile = path.relative(siteDir, file).split(path.sep).join('/');
  const target = targetOf(url, file, siteDir, relativeFile);
  if (!target) {
    return undefined;
  }
  if (target.missing !== undefined) {
    const folder = path.relative(siteDir, path.dirname(target.missing));
    return {
      problem: `links to "${url}", but there is no ${path.relative(siteDir, target.missing)}.`,
      fix: `link to a page's file by its name in ${folder}/ (as "./page-name.mdx"), or remove the link.`,
    };
  }
  if (!target.id || !target.file) {
    return undefined;
  }
  const anchors = target.file === file ? ownAnchors() : anchorsOfFile(target.file);
  if (!anchors || anchors.includes(target.id)) {
    return undefined;
  }
  const where = target.file === file ? 'this page' : path.relative(siteDir, target.file);
  const ids = anchors.slice(0, IDS_SHOWN).map((id) => `#${id}`);
  return {
    problem: `links to "${url}", but ${where} has no heading with the id "${target.id}".`,
    fix:
      anchors.length === 0
        ? 'link to the page without "#…": it has no headings.'
        : `end the link with one of its ids: ${ids.join(', ')}${anchors.length > IDS_SHOWN ? ', …' : ''}` +
          ' (a heading writes its id at its end: ## Heading {/* #its-id */}).',
  };
}

/** The remark plugin: every broken link of a page, in one error naming the file and each line. */
export default function remarkLinks(options: Options) {
  const {siteDir} = options;
  return (tree: any, file: VFile): void => {
    if (!file.path) {
      return;
    }
    const relativeFile = path.relative(siteDir, file.path);
    let own: string[] | undefined | null = null;
    const ownAnchors = () => (own === null ? (own = pageAnchors(String(file.value))) : own);
    const problems: string[] = [];
    visit(tree, (node: any) => {
      if ((node.type !== 'link' && node.type !== 'definition') || typeof node.url !== 'string') {
        return;
      }
      const found = linkProblem(node.url, file.path!, siteDir, ownAnchors);
      if (found) {
        const line = node.position?.start?.line;
        problems.push(
          `${relativeFile}${line ? `:${line}` : ''}: ${found.problem}\n  Fix: ${found.fix}`,
        );
      }
    });
    if (problems.length > 0) {
      throw new Error(problems.join('\n'));
    }
  };
}
