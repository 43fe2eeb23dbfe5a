/**
 * Removes script-capable HTML that a writer may paste into a page, at build time, with a warning
 * naming the file and line. Raw HTML reaches the tree two ways, and rehype-sanitize only knows the
 * first:
 * - `.md` (CommonMark format): rehype-raw turns raw HTML into ordinary hast `element` nodes;
 * - `.mdx`: HTML is JSX, so `<script>`, `<iframe onload=…>` become `mdxJsxFlowElement` /
 *   `mdxJsxTextElement` nodes with `attributes`, and React renders them into the static HTML
 *   (a server-rendered `<script>` runs when the page loads).
 * Markdown links and images (`[x](javascript:…)`) become hast `element`s in both formats.
 *
 * Lowercase tags (HTML elements) must be on an allow-list; capitalised ones are our MDX components
 * and stay. Event handlers (`on*`), `dangerouslySetInnerHTML`, `srcdoc` and URLs with a scheme
 * other than http(s), mailto and tel are removed from any element. MDX expressions (`{…}`) that
 * build a blocked element are removed too. MDX stays a programming language: imports and
 * expressions are code, reviewed like code; this plugin guards against pasted HTML, not against a
 * writer who means harm.
 */
import {logger} from '@docusaurus/logger';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';

/** HTML elements a help page may use; everything else is removed. */
// prettier-ignore
export const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small',
  'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  // Not HTML: Docusaurus turns :::note blocks into this element, rendered by @theme/Admonition.
  'admonition',
]);

/** Attributes holding one URL (hast property names and JSX attribute names). */
// prettier-ignore
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'formAction', 'poster', 'cite', 'background',
  'xlinkHref', 'xlink:href', 'to', 'data',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'srcSet']);
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto', 'tel']);
// An image shown through <img src> cannot run script, whatever its format (SVG included); the
// Screenshot component inlines small SVGs this way.
const SAFE_IMAGE_DATA = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;
const IMAGE_SOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'srcSet']);
const DROPPED_ATTRIBUTES = new Set(['dangerouslySetInnerHTML', 'srcdoc', 'srcDoc']);

/**
 * Whether a URL a page or an imported page holds cannot run script: no scheme (a relative path or
 * `#anchor`), or http(s), mailto, tel; and, for an image source, a data: image.
 * @param where image: the URL is an image source (src, srcset)
 */
export function isSafeUrl(url: string, {image = false}: {image?: boolean} = {}): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme || SAFE_PROTOCOLS.has(scheme[1].toLowerCase())) return true;
  return image && SAFE_IMAGE_DATA.test(compact);
}

const isEventHandler = (name: string) => /^on/i.test(name);

/**
 * Whether an attribute may run script. On components (`html: false`) an `on*` prop holding code
 * is ours to pass; a string handler is never legitimate, so it goes everywhere.
 * @param value the literal value; undefined when only known at run time
 */
export function isUnsafeAttribute(name: string, value: unknown, {html}: {html: boolean}): boolean {
  if (DROPPED_ATTRIBUTES.has(name)) return true;
  if (isEventHandler(name)) return html || typeof value === 'string';
  if (typeof value !== 'string') return false;
  const image = IMAGE_SOURCE_ATTRIBUTES.has(name);
  if (SRCSET_ATTRIBUTES.has(name)) {
    // Candidates are "url [descriptor]" separated by commas followed by whitespace (data: URLs
    // hold commas of their own).
    return value
      .split(/,\s+/)
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .some((url) => !isSafeUrl(url, {image}));
  }
  return URL_ATTRIBUTES.has(name) && !isSafeUrl(value, {image});
}

/** An HTML element name (not a component such as `Screenshot` or `Tabs.Item`). */
const isHtmlName = (name: string) => /^[a-z][a-z0-9-]*$/.test(name);

/**
 * The literal value of an MDX JSX attribute: a string, the string of a literal expression
 * (`href={'javascript:…'}`), or undefined for code that can only be known at run time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX JSX attribute nodes
function literalValue(attribute: any): unknown {
  const {value} = attribute;
  if (value === null || value === undefined || typeof value === 'string') return value;
  const expression = value.data?.estree?.body?.[0]?.expression;
  if (expression?.type === 'Literal') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis.map((q: {value: {cooked: string}}) => q.value.cooked).join('');
  }
  return undefined;
}

/** Names of blocked JSX elements and attributes built inside an MDX expression's code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an estree program
function blockedInEstree(estree: any): string[] {
  const found: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any estree node
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node.type === 'JSXOpeningElement' && node.name?.type === 'JSXIdentifier') {
      if (isHtmlName(node.name.name) && !ALLOWED_TAGS.has(node.name.name)) {
        found.push(`<${node.name.name}>`);
      }
    }
    if (node.type === 'JSXAttribute' && node.name?.type === 'JSXIdentifier') {
      if (isEventHandler(node.name.name) || DROPPED_ATTRIBUTES.has(node.name.name)) {
        found.push(node.name.name);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'range' && key !== 'position') walk(child);
    }
  };
  walk(estree);
  return found;
}

export interface Options {
  /** To print file paths relative to the site. */
  siteDir?: string;
  /** Defaults to Docusaurus's logger. */
  warn?: (message: string) => void;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- hast and MDX nodes of every kind */
export default function rehypeSanitizeHtml(options: Options = {}) {
  const warn = options.warn ?? ((message: string) => logger.warn(message));

  return (tree: any, file: VFile): void => {
    const where = (node: any) => {
      const filePath =
        options.siteDir && file.path
          ? file.path.replace(`${options.siteDir.replace(/\/$/, '')}/`, '')
          : (file.path ?? 'unknown file');
      const line = node.position?.start?.line;
      return `${filePath}${line ? `:${line}` : ''}`;
    };
    const report = (node: any, what: string) =>
      warn(
        `${where(node)}: removed ${what}: pages may not hold HTML that can run script or load other sites. Fix: use Markdown or one of the site components.`,
      );

    visit(tree, (node: any, index: number | undefined, parent: any) => {
      if (node.type === 'raw') {
        // Only reachable if someone turns on allowDangerousHtml without rehype-raw.
        report(node, 'raw HTML');
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'element') {
        // Raw HTML reaches hast lower-cased by the HTML parser; a name like mdxAdmonitionTitle
        // comes from a Docusaurus plugin (an mdast node's hName) and is not HTML.
        if (isHtmlName(node.tagName) && !ALLOWED_TAGS.has(node.tagName)) {
          report(node, `<${node.tagName}>`);
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        for (const [name, value] of Object.entries(node.properties ?? {})) {
          const text = Array.isArray(value) ? value.join(',') : value;
          if (isUnsafeAttribute(name, text, {html: true})) {
            report(node, `${name}="${String(text)}" on <${node.tagName}>`);
            delete node.properties[name];
          }
        }
        return undefined;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        const html = isHtmlName(name);
        if (html && !ALLOWED_TAGS.has(name)) {
          report(node, `<${name}>`);
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        node.attributes = node.attributes.filter((attribute: any) => {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            // {...spread} on an HTML element could carry anything.
            if (!html) return true;
            report(node, `a {...spread} attribute on <${name}>`);
            return false;
          }
          const value = literalValue(attribute);
          if (isUnsafeAttribute(attribute.name, value, {html})) {
            const shown = typeof value === 'string' ? `="${value}"` : '={…}';
            report(node, `${attribute.name}${shown} on <${name}>`);
            return false;
          }
          return true;
        });
        return undefined;
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const blocked = blockedInEstree(node.data?.estree);
        if (blocked.length > 0) {
          report(node, `an expression building ${blocked.join(', ')}`);
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      return undefined;
    });
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
