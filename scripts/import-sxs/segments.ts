/**
 * Splits one block of Microsoft's side-by-side ("sxs") Markdown into its Korean and its English
 * Markdown. Each Korean segment sits in `<span data-ttu-id="X">`, followed by its English in
 * `<span class="sxs-lookup"><span data-stu-id="X">`. The spans are parsed as HTML (parse5 through
 * hast); the Markdown inside them stays text, to be parsed by remark afterwards.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import type {Problems} from './problems';

export interface Point {
  line: number;
  column: number;
}

export interface BlockText {
  ko: string;
  en: string;
  /** From `<a name="…"></a>`, Microsoft's heading anchor. */
  anchor?: string;
  /** Number of segment pairs found. */
  segments: number;
}

interface SegmentSeen {
  ko: string;
  en: string;
  line: number;
}

/** Segment ids seen so far in the file: one id must not name two different segments. */
export type SegmentRegistry = Map<string, SegmentSeen>;

export interface Context {
  problems: Problems;
  registry: SegmentRegistry;
  start: Point;
}

// Elements that could run code, or embed something that does, never reach the output.
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'frame',
  'frameset',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * @param html the source of the block's inline content
 * @param start where `html` starts in the file
 * @param sentenceBreak what separates two segments in the output: a line break keeps one sentence
 *   per line (the pairing pairs sentences line by line); headings and table cells need a space
 */
export function splitBlock(
  html: string,
  start: Point,
  sentenceBreak: string,
  problems: Problems,
  registry: SegmentRegistry,
): BlockText | undefined {
  const context: Context = {problems, registry, start};
  const parsed = parseSegments(html, context);
  if (!parsed) {
    return undefined;
  }
  const {tree} = parsed;
  html = parsed.html;

  const result: BlockText = {ko: '', en: '', segments: 0};
  const nodes = unwrapSegments(tree.children);
  let korean: {id: string; text: string; line: number} | undefined;
  let gap = '';
  let afterSegment = false;
  const shared = (text: string) => {
    result.ko += gap + text;
    result.en += gap + text;
    gap = '';
    afterSegment = false;
  };
  const missingEnglish = () => {
    if (korean) {
      problems.add(
        korean.line,
        `Korean segment ${korean.id} has no English original (no <span class="sxs-lookup"> after it).`,
      );
      korean = undefined;
    }
  };

  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim() === '') {
        // Between a segment pair and the next one, whitespace becomes the sentence break; between
        // a Korean segment and its English it means nothing.
        if (korean) {
          continue;
        }
        if (afterSegment) {
          gap += node.value;
        } else {
          shared(node.value);
        }
        continue;
      }
      missingEnglish();
      shared(node.value);
      continue;
    }
    if (node.type !== 'element') {
      continue;
    }
    const line = lineOf(node, context);
    const ttu = stringProperty(node, 'dataTtuId');
    if (ttu !== undefined) {
      missingEnglish();
      korean = {id: ttu, text: textify(node.children, context), line};
      continue;
    }
    if (hasClass(node, 'sxs-lookup')) {
      const english = englishOf(node, context);
      if (!english) {
        continue;
      }
      if (!korean) {
        problems.add(line, `English segment ${english.id} has no Korean translation before it.`);
        continue;
      }
      if (korean.id !== english.id) {
        problems.add(
          line,
          `Korean segment ${korean.id} (line ${korean.line}) is followed by English segment ${english.id}: each Korean segment needs its own English.`,
        );
        korean = undefined;
        continue;
      }
      register(korean.id, korean.text, english.text, korean.line, context);
      const separator = afterSegment ? sentenceBreak : gap;
      result.ko += separator + korean.text;
      result.en += separator + english.text;
      gap = '';
      afterSegment = true;
      result.segments += 1;
      korean = undefined;
      continue;
    }
    if (stringProperty(node, 'dataStuId') !== undefined) {
      problems.add(
        line,
        `English segment ${stringProperty(node, 'dataStuId')} is not inside <span class="sxs-lookup">.`,
      );
      continue;
    }
    if (
      node.tagName === 'a' &&
      stringProperty(node, 'name') !== undefined &&
      node.children.length === 0
    ) {
      result.anchor = stringProperty(node, 'name');
      continue;
    }
    missingEnglish();
    shared(textify([node], context));
  }
  missingEnglish();
  result.ko = result.ko.trim();
  result.en = result.en.trim();
  return result;
}

/** Elements whose end tag HTML lets a writer leave out (tables and lists are written so). */
const OPTIONAL_END = new Set(['li', 'p', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'colgroup']);

/** The HTML elements segments are made of; `<subscription ID>` or `<someone@example.com>` is text. */
const KNOWN_TAGS = new Set([
  ...DROPPED,
  ...VOID,
  'a',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'span',
  'sup',
  'sub',
  'u',
  's',
  'del',
  'ins',
  'kbd',
  'mark',
  'small',
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'colgroup',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'font',
  'center',
  'nobr',
  'video',
  'audio',
  'svg',
  'form',
  'button',
  'select',
  'textarea',
  'label',
]);

/**
 * Angle brackets that open no HTML element are text: an e-mail autolink, or a placeholder such as
 * `<subscription ID>`. A stray `</br>` is a line break (as browsers read it). Lines and offsets
 * stay put, so problems still name the right line.
 */
export function escapeNonTags(html: string): string {
  return html
    .replace(/<\/br\s*>/gi, '<br/>')
    .replace(/<(\/?)([^\s<>/]+)([^<>]*)>/g, (whole, _slash: string, name: string) =>
      KNOWN_TAGS.has(name.toLowerCase()) ? whole : `&lt;${whole.slice(1, -1)}&gt;`,
    );
}

/** A plain element (`<span>`, `<p>`) wrapped around segments gives way to what it holds. */
function unwrapSegments(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) =>
    node.type === 'element' &&
    stringProperty(node, 'dataTtuId') === undefined &&
    !hasClass(node, 'sxs-lookup') &&
    holdsSegment(node)
      ? unwrapSegments(node.children)
      : [node],
  );
}

function holdsSegment(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      (stringProperty(child, 'dataTtuId') !== undefined || holdsSegment(child)),
  );
}

/**
 * The tree of a block's or table's segments with the text it was parsed from (non-tags escaped,
 * which the tree's offsets point into), or undefined (the problem noted) when unbalanced.
 */
export function parseSegments(
  source: string,
  context: Context,
): {tree: Root; html: string} | undefined {
  const html = escapeNonTags(source);
  const tree = fromHtml(html, {fragment: true, verbose: true});
  return checkBalanced(tree, html, context) ? {tree, html} : undefined;
}

/**
 * parse5 repairs unbalanced markup silently: it drops a stray `</span>` and closes an open
 * `<span>` wherever it can. Both mean the segments are not what the translator sent, so find them:
 * an element without its end tag, or source text no node accounts for.
 */
export function checkBalanced(tree: Root, html: string, context: Context): boolean {
  const covered: Array<[number, number]> = [];
  let balanced = true;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const tags = node.data?.position;
      if (tags?.opening) {
        covered.push([tags.opening.start.offset ?? 0, tags.opening.end.offset ?? 0]);
      }
      if (tags?.closing) {
        covered.push([tags.closing.start.offset ?? 0, tags.closing.end.offset ?? 0]);
      } else if (tags?.opening && !VOID.has(node.tagName) && !OPTIONAL_END.has(node.tagName)) {
        context.problems.add(
          lineOf(node, context),
          `unbalanced spans: <${node.tagName}${describeAttributes(node)}> is never closed; add its </${node.tagName}>.`,
        );
        balanced = false;
      }
    } else if (node.type !== 'root' && node.position) {
      covered.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
    if ('children' in node) {
      node.children.forEach(visit);
    }
  };
  visit(tree);
  covered.sort((a, b) => a[0] - b[0]);
  let offset = 0;
  for (const [from, to] of [...covered, [html.length, html.length] as [number, number]]) {
    if (from > offset && html.slice(offset, from).trim() !== '') {
      const line = context.start.line + html.slice(0, offset).split('\n').length - 1;
      context.problems.add(
        line,
        `unbalanced spans: "${html.slice(offset, from).trim()}" closes nothing; remove it.`,
      );
      balanced = false;
    }
    offset = Math.max(offset, to);
  }
  return balanced;
}

function englishOf(lookup: Element, context: Context): {id: string; text: string} | undefined {
  const line = lineOf(lookup, context);
  const elements = lookup.children.filter((child): child is Element => child.type === 'element');
  const stray = lookup.children.some((child) => child.type === 'text' && child.value.trim() !== '');
  const id = elements.length === 1 ? stringProperty(elements[0], 'dataStuId') : undefined;
  if (id === undefined || stray) {
    context.problems.add(
      line,
      '<span class="sxs-lookup"> must hold exactly one <span data-stu-id="…"> with the English.',
    );
    return undefined;
  }
  return {id, text: textify(elements[0].children, context)};
}

function register(id: string, ko: string, en: string, line: number, context: Context): void {
  const seen = context.registry.get(id);
  if (!seen) {
    context.registry.set(id, {ko, en, line});
  } else if (seen.ko !== ko || seen.en !== en) {
    context.problems.add(
      line,
      `segment id ${id} is used for two different segments (lines ${seen.line} and ${line}): each segment needs its own id.`,
    );
  }
}

/**
 * The Markdown for HTML inside a segment. Only text and a few inline elements survive; attributes
 * never do, so event handlers cannot reach the page.
 */
function textify(nodes: ElementContent[], context: Context): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        return node.value;
      }
      if (node.type !== 'element') {
        return '';
      }
      const inner = () => textify(node.children, context);
      switch (node.tagName) {
        case 'b':
        case 'strong':
          return `**${inner()}**`;
        case 'i':
        case 'em':
          return `*${inner()}*`;
        case 'code':
          return `\`${inner()}\``;
        case 'br':
          return ' ';
        case 'a': {
          const href = stringProperty(node, 'href');
          return href === undefined ? inner() : `[${inner()}](<${href}>)`;
        }
        case 'img':
          return `![${stringProperty(node, 'alt') ?? ''}](<${stringProperty(node, 'src') ?? ''}>)`;
        default:
          if (DROPPED.has(node.tagName)) {
            context.problems.warn(
              lineOf(node, context),
              `removed <${node.tagName}>: markup that could run in a browser is not imported.`,
            );
            return '';
          }
          return inner();
      }
    })
    .join('');
}

export function lineOf(node: {position?: {start: {line: number}}}, context: Context): number {
  return context.start.line + (node.position?.start.line ?? 1) - 1;
}

function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : String(value);
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

function describeAttributes(node: Element): string {
  const id = stringProperty(node, 'dataTtuId') ?? stringProperty(node, 'dataStuId');
  if (id !== undefined) {
    return ` data-${stringProperty(node, 'dataTtuId') !== undefined ? 'ttu' : 'stu'}-id="${id}"`;
  }
  return hasClass(node, 'sxs-lookup') ? ' class="sxs-lookup"' : '';
}
