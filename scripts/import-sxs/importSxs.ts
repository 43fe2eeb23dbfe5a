/**
 * Turns one Microsoft "sxs" localized Markdown file into a Korean page and its English twin, with
 * the same block structure and one segment per line, so the build can pair them block by block and
 * sentence by sentence (plugins/english-original). Nothing is written here: see writePages.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {
  BlockContent,
  Heading,
  Image,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {ENGLISH_DOCS_DIR, DOCS_DIR, hashEnglish} from '../../plugins/english-original/translation';
import {isSafeUrl} from '../../plugins/rehype-sanitize-html';
import {parseDocument, parseInline, stringify} from './markdown';
import {Problems, type Problem} from './problems';
import {splitBlock, type BlockText, type Point, type SegmentRegistry} from './segments';
import {readSource} from './source';

/** The folder the importer writes to, under docs/ and the English docs. */
export const SECTION = 'partner-center';

export interface ImportOptions {
  file: string;
  siteDir: string;
  slug?: string;
  force?: boolean;
}

export interface OutputPage {
  /** Relative to the site. */
  path: string;
  content: string;
}

export interface ImportResult {
  slug: string;
  korean: OutputPage;
  english: OutputPage;
  warnings: Problem[];
}

interface KnownScreen {
  screenshot: string;
  alt: {en: string};
}

interface Data {
  knownScreens: Record<string, KnownScreen>;
  linkFixes: Record<string, string>;
}

type Pair<T> = {ko: T; en: T};

export function importSxs(options: ImportOptions): ImportResult {
  const display = path.relative(process.cwd(), options.file) || options.file;
  const problems = new Problems(display);
  const slug = options.slug ?? path.basename(options.file).split('.')[0];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.add(
      1,
      `"${slug}" cannot be a page name: use lowercase letters, digits and hyphens (--slug NAME).`,
    );
    problems.throwIfAny();
  }

  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(options.file);
  } catch (error) {
    problems.add(1, `cannot read the file (${(error as NodeJS.ErrnoException).code}).`);
    problems.throwIfAny();
    throw error;
  }
  const source = readSource(bytes, problems);
  problems.throwIfAny();
  if (!source) {
    throw new Error('unreachable: readSource reported no problem but returned nothing');
  }

  const converter = new Converter(problems, loadData(), source.text);
  const body = converter.convertDocument(parseDocument(source.text));
  if (!converter.englishTitle) {
    problems.add(
      1,
      'the page has no "# " title with its English original: the English page needs it as its title.',
    );
  }

  const koreanPath = `${DOCS_DIR}/${SECTION}/${slug}.mdx`;
  const englishPath = `${ENGLISH_DOCS_DIR}/${SECTION}/${slug}.mdx`;
  for (const target of [koreanPath, englishPath]) {
    if (!options.force && fs.existsSync(path.join(options.siteDir, target))) {
      problems.add(
        1,
        `${target} already exists: pass --force to replace it, or --slug NAME to import under another name.`,
      );
    }
  }
  problems.throwIfAny();

  const englishContent = page({title: converter.englishTitle}, body.en);
  if (!source.frontMatter.description) {
    problems.warn(1, 'the source has no description; Docusaurus will use the first paragraph.');
  }
  problems.warn(
    1,
    'the source carries no English description or keywords: add them to the English page if search needs them.',
  );
  const koreanContent = page(
    {
      title: source.frontMatter.title,
      description: source.frontMatter.description,
      keywords: source.frontMatter.keywords.length > 0 ? source.frontMatter.keywords : undefined,
      translation: {
        type: source.frontMatter.translationType,
        source: hashEnglish(englishContent),
        upstream:
          Object.keys(source.frontMatter.upstream).length > 0
            ? source.frontMatter.upstream
            : undefined,
      },
    },
    body.ko,
  );

  for (const [target, line] of converter.linkTargets) {
    if (
      target !== slug &&
      !fs.existsSync(path.join(options.siteDir, DOCS_DIR, SECTION, `${target}.mdx`))
    ) {
      problems.warn(
        line,
        `links to ${target}, which has no page yet: the build fails until ${DOCS_DIR}/${SECTION}/${target}.mdx exists.`,
      );
    }
  }
  return {
    slug,
    korean: {path: koreanPath, content: koreanContent},
    english: {path: englishPath, content: englishContent},
    warnings: problems.warnings,
  };
}

function page(frontMatter: Record<string, unknown>, blocks: RootContent[]): string {
  const yamlText = yaml.dump(JSON.parse(JSON.stringify(frontMatter)), {lineWidth: -1});
  return `---\n${yamlText}---\n\n${stringify(blocks)}\n`;
}

function loadData(): Data {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, name), 'utf8'));
  return {knownScreens: read('known-screens.json'), linkFixes: read('link-fixes.json')};
}

class Converter {
  englishTitle?: string;
  /** Pages linked to, with the line of the first link to each. */
  readonly linkTargets = new Map<string, number>();
  private readonly registry: SegmentRegistry = new Map();

  constructor(
    private readonly problems: Problems,
    private readonly data: Data,
    /** The whole file: blocks are sliced out of it by position. */
    private readonly text: string,
  ) {}

  convertDocument(root: Root): Pair<RootContent[]> {
    const out: Pair<RootContent[]> = {ko: [], en: []};
    for (const node of repairSplitLists(root.children)) {
      if (node.type === 'heading' && node.depth === 1 && this.englishTitle === undefined) {
        const block = this.split(node, ' ');
        this.englishTitle = block ? this.plain(block.en, node) : '';
        continue;
      }
      const converted = this.convertBlock(node);
      if (!converted) {
        continue;
      }
      if (node.type === 'list' && node.ordered) {
        // An ordered list in a Microsoft article is a procedure.
        out.ko.push(steps(converted.ko as List));
        out.en.push(steps(converted.en as List));
      } else {
        out.ko.push(converted.ko);
        out.en.push(converted.en);
      }
    }
    return out;
  }

  private convertBlock(node: RootContent): Pair<RootContent> | undefined {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'yaml':
      case 'definition':
        return undefined;
      case 'heading': {
        const block = this.split(node, ' ');
        if (!block) {
          return undefined;
        }
        const id = block.anchor ?? slugify(this.plain(block.en, node));
        const depth = node.depth === 1 ? 2 : node.depth;
        if (node.depth === 1) {
          this.problems.warn(
            line,
            'a second "# " heading became "## ": the page title is the first one.',
          );
        }
        return {
          ko: heading(depth, this.inline(block.ko, line), id),
          en: heading(depth, this.inline(block.en, line), id),
        };
      }
      case 'paragraph':
      case 'html': {
        const image = node.type === 'paragraph' ? soleImage(node) : undefined;
        if (image) {
          return this.image(image, line);
        }
        const block = this.split(node, '\n');
        if (!block || (block.ko === '' && block.en === '')) {
          return undefined;
        }
        return {
          ko: paragraph(this.inline(block.ko, line)),
          en: paragraph(this.inline(block.en, line)),
        };
      }
      case 'list': {
        const items = node.children.map((item) => this.listItem(item));
        const list = (language: keyof Pair<unknown>): List => ({
          type: 'list',
          ordered: node.ordered,
          start: node.ordered ? (node.start ?? 1) : undefined,
          spread: node.spread || items.some((item) => item[language].children.length > 1),
          children: items.map((item) => item[language]),
        });
        return {ko: list('ko'), en: list('en')};
      }
      case 'blockquote': {
        const children = this.convertChildren(node.children);
        return {
          ko: {type: 'blockquote', children: children.ko as BlockContent[]},
          en: {type: 'blockquote', children: children.en as BlockContent[]},
        };
      }
      case 'table':
        return this.table(node);
      case 'code':
      case 'thematicBreak':
        return {ko: structuredClone(node), en: structuredClone(node)};
      default:
        this.problems.add(
          line,
          `unsupported Markdown (${node.type}): only headings, paragraphs, lists, images, tables, quotes and code are imported.`,
        );
        return undefined;
    }
  }

  private convertChildren(nodes: RootContent[]): Pair<RootContent[]> {
    const out: Pair<RootContent[]> = {ko: [], en: []};
    for (const child of nodes) {
      const converted = this.convertBlock(child);
      if (converted) {
        out.ko.push(converted.ko);
        out.en.push(converted.en);
      }
    }
    return out;
  }

  private listItem(item: ListItem): Pair<ListItem> {
    const children = this.convertChildren(item.children);
    const make = (nodes: RootContent[]): ListItem => ({
      type: 'listItem',
      spread: item.spread || nodes.length > 1,
      children: nodes as BlockContent[],
    });
    return {ko: make(children.ko), en: make(children.en)};
  }

  private table(node: Table): Pair<Table> {
    const rows = node.children.map((row) =>
      row.children.map((cell) => {
        const line = cell.position?.start.line ?? 1;
        const block =
          cell.children.length > 0 ? this.split(cell, ' ') : {ko: '', en: '', segments: 0};
        return {ko: this.inline(block?.ko ?? '', line), en: this.inline(block?.en ?? '', line)};
      }),
    );
    const make = (language: keyof Pair<unknown>): Table => ({
      type: 'table',
      align: node.align,
      children: rows.map((cells) => ({
        type: 'tableRow',
        children: cells.map((cell) => ({type: 'tableCell', children: cell[language]})),
      })),
    });
    return {ko: make('ko'), en: make('en')};
  }

  private image(image: Image, line: number): Pair<RootContent> | undefined {
    if (!isSafeUrl(image.url)) {
      this.problems.warn(line, `removed an image with an unsafe address (${image.url}).`);
      return undefined;
    }
    const known = this.data.knownScreens[path.posix.basename(image.url)];
    if (known) {
      return {
        ko: screenshot(known.screenshot, image.alt ?? ''),
        en: screenshot(known.screenshot, known.alt.en),
      };
    }
    this.problems.warn(
      line,
      `${image.url} is not a known screen: add the image under static/screenshots/ and to scripts/import-sxs/known-screens.json, or fix the path. The sxs file has no English alt text for it: write one.`,
    );
    return {
      ko: paragraph([{type: 'image', url: image.url, alt: image.alt ?? ''}]),
      en: paragraph([{type: 'image', url: image.url, alt: ''}]),
    };
  }

  private split(node: RootContent, sentenceBreak: string): BlockText | undefined {
    const children = 'children' in node ? node.children : [];
    const first = children.length > 0 ? children[0].position : node.position;
    const last = children.length > 0 ? children[children.length - 1].position : node.position;
    if (!first || !last) {
      return undefined;
    }
    const start: Point = {line: first.start.line, column: first.start.column};
    const html = this.text.slice(first.start.offset, last.end.offset);
    return splitBlock(html, start, sentenceBreak, this.problems, this.registry);
  }

  /** Segment Markdown → phrasing nodes, with links fixed and anything unsafe removed. */
  private inline(markdown: string, line: number): PhrasingContent[] {
    const root = parseInline(markdown);
    const phrasing: PhrasingContent[] = [];
    for (const child of root.children) {
      if (child.type === 'paragraph') {
        if (phrasing.length > 0) {
          phrasing.push({type: 'text', value: '\n'});
        }
        phrasing.push(...child.children);
      }
    }
    return this.clean(phrasing, line);
  }

  private clean(nodes: PhrasingContent[], line: number): PhrasingContent[] {
    return nodes.flatMap((node): PhrasingContent[] => {
      switch (node.type) {
        case 'html':
          // Raw HTML written as text (for example an entity-escaped tag) stays text.
          return [{type: 'text', value: node.value}];
        case 'link': {
          const children = this.clean(node.children, line);
          if (!isSafeUrl(node.url)) {
            this.problems.warn(
              line,
              `removed the link address ${JSON.stringify(node.url)}: it could run code. The link text stays.`,
            );
            return children;
          }
          return [{type: 'link', url: this.fixLink(node.url, line), title: node.title, children}];
        }
        case 'image':
          if (!isSafeUrl(node.url)) {
            this.problems.warn(line, `removed an image with an unsafe address (${node.url}).`);
            return [];
          }
          return [node];
        default:
          if ('children' in node) {
            return [
              {
                ...node,
                children: this.clean(node.children as PhrasingContent[], line),
              } as PhrasingContent,
            ];
          }
          return [node];
      }
    });
  }

  /** `reset-my-pasword.md` → `./reset-my-password.mdx`: links between imported pages, corrected. */
  private fixLink(url: string, line: number): string {
    const match = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/i.exec(url);
    if (!match) {
      return url;
    }
    const name = match[1].toLowerCase();
    const target = this.data.linkFixes[name] ?? name;
    if (!this.linkTargets.has(target)) {
      this.linkTargets.set(target, line);
    }
    return `./${target}.mdx${match[2] ?? ''}`;
  }

  private plain(markdown: string, node: RootContent): string {
    return toPlainText(this.inline(markdown, node.position?.start.line ?? 1));
  }
}

/** Inline content as plain text, for titles and ids. */
function toPlainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) =>
      'value' in node
        ? node.value
        : 'children' in node
          ? toPlainText(node.children as PhrasingContent[])
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An image at the left margin between "1." and "2." ends the list in CommonMark, though the writer
 * meant it under step 1. Put it back: `list, image…, list that continues the numbering` → one list.
 */
function repairSplitLists(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    let j = i + 1;
    while (j < nodes.length && nodes[j].type === 'paragraph' && soleImage(nodes[j] as Paragraph)) {
      j += 1;
    }
    const next = nodes[j];
    if (
      node.type === 'list' &&
      node.ordered &&
      j > i + 1 &&
      next?.type === 'list' &&
      next.ordered &&
      next.start === (node.start ?? 1) + node.children.length
    ) {
      const lastItem = node.children[node.children.length - 1];
      lastItem.children.push(...(nodes.slice(i + 1, j) as Paragraph[]));
      lastItem.spread = true;
      nodes[j] = {
        ...next,
        start: node.start,
        spread: true,
        children: [...node.children, ...next.children],
      };
      i = j - 1;
      continue;
    }
    out.push(node);
  }
  return out;
}

function soleImage(node: Paragraph): Image | undefined {
  const content = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return content.length === 1 && content[0].type === 'image' ? content[0] : undefined;
}

function heading(depth: number, children: PhrasingContent[], id: string): Heading {
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    // The explicit id keeps `#anchor` the same in both languages.
    children: [
      ...children,
      {type: 'text', value: ' '},
      {type: 'mdxTextExpression', value: `/* #${id} */`},
    ],
  };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children};
}

function screenshot(name: string, alt: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Screenshot',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'name', value: name},
      {type: 'mdxJsxAttribute', name: 'alt', value: alt},
    ],
    children: [],
  };
}

function steps(list: List): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name: 'Steps', attributes: [], children: [list]};
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
