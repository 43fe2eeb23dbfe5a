/**
 * Turns one Microsoft "sxs" localized Markdown file into a Korean page and its English twin, with
 * the same block structure and one segment per line, so the build can pair them block by block and
 * sentence by sentence (plugins/english-original). Nothing is written here: see writePages.ts.
 *
 * It works in two steps so a whole set can be imported in any order: `convertPage` reads and
 * converts one file (and refuses it, with every problem, if it cannot be imported), and
 * `renderPage` writes its links once the pages of the set are known (importSet.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {
  BlockContent,
  Heading,
  Image,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {ENGLISH_DOCS_DIR, DOCS_DIR, hashEnglish} from '../../plugins/english-original/translation';
import {resolveLink, type Language, type SitePages} from './links';
import {isSafeUrl} from '../../plugins/rehype-sanitize-html';
import {parseDocument, parseInline, stringify} from './markdown';
import {Problems, type Problem} from './problems';
import {splitBlock, splitTable, type BlockText, type Point, type SegmentRegistry} from './segments';
import {readSource, type SourceFrontMatter} from './source';

/** The folder the importer writes to, under docs/ and the English docs. */
export const SECTION = 'partner-center';

export interface OutputPage {
  /** Relative to the site. */
  path: string;
  content: string | Uint8Array;
}

export interface ImportOptions {
  file: string;
  siteDir: string;
  slug?: string;
  force?: boolean;
  /** Where to look for images before the source's own folder (`--images DIR`). */
  imagesDir?: string;
}

export interface ImportResult {
  slug: string;
  korean: OutputPage & {content: string};
  english: OutputPage & {content: string};
  /** Images found for the page, copied beside it in each locale. */
  images: OutputPage[];
  warnings: Problem[];
}

interface KnownScreen {
  screenshot: string;
  alt: {en: string};
}

export interface ImporterData {
  knownScreens: Record<string, KnownScreen>;
  /** Source names imported under another name: misspelt, or reserved by Docusaurus. */
  pageNames: Record<string, string>;
}

type Pair<T> = {ko: T; en: T};

/** A page converted from its source, its links not yet resolved. */
export interface ConvertedPage {
  slug: string;
  /** The source file, as problems name it. */
  display: string;
  problems: Problems;
  frontMatter: SourceFrontMatter;
  englishTitle: string;
  body: Pair<RootContent[]>;
  /** Heading ids and `<a name>` anchors, for links to this page. */
  anchors: Set<string>;
  images: OutputPage[];
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** Microsoft's alerts and the admonitions they become; IMPORTANT keeps its own title. */
const ALERTS: Record<string, {name: string; title?: Pair<string>}> = {
  NOTE: {name: 'note'},
  TIP: {name: 'tip'},
  IMPORTANT: {name: 'info', title: {ko: '중요', en: 'Important'}},
  WARNING: {name: 'warning'},
  CAUTION: {name: 'danger'},
};
/** Marks alt text carried over from the other language, so a translator can find it. */
export const TO_TRANSLATE: Pair<string> = {ko: '번역 필요: ', en: 'To translate: '};
/** Names Docusaurus gives the folder's own route (index.md, README.md, partner-center.md). */
const RESERVED_NAMES = new Set(['index', 'readme', SECTION]);

export function loadData(): ImporterData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, name), 'utf8'));
  return {knownScreens: read('known-screens.json'), pageNames: read('page-names.json')};
}

/** The page name a source file or link name is imported under. */
export function pageNameOf(sourceName: string, data: ImporterData): string {
  const name = sourceName.toLowerCase();
  return data.pageNames[name] ?? name;
}

/** A file as messages name it: relative to the current folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** Reads and converts one file; throws SxsImportError with every problem if it cannot be imported. */
export function convertPage(
  options: {file: string; slug: string; imagesDir?: string; bytes?: Uint8Array},
  data: ImporterData,
): ConvertedPage {
  const display = displayPath(options.file);
  const problems = new Problems(display);
  const {slug} = options;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.add(
      1,
      `"${slug}" cannot be a page name: use lowercase letters, digits and hyphens (--slug NAME).`,
    );
  } else if (RESERVED_NAMES.has(slug)) {
    problems.add(
      1,
      `"${slug}" would take the route of the ${SECTION} section itself: give it another name in scripts/import-sxs/page-names.json.`,
    );
  }
  problems.throwIfAny();

  let bytes = options.bytes;
  if (!bytes) {
    try {
      bytes = fs.readFileSync(options.file);
    } catch (error) {
      problems.add(1, `cannot read the file (${(error as NodeJS.ErrnoException).code}).`);
      problems.throwIfAny();
      throw error;
    }
  }
  const source = readSource(bytes, problems);
  problems.throwIfAny();
  if (!source) {
    throw new Error('unreachable: readSource reported no problem but returned nothing');
  }

  const converter = new Converter(problems, data, source.text, {
    sourceDir: path.dirname(options.file),
    imagesDir: options.imagesDir,
  });
  const body = converter.convertDocument(parseDocument(source.text));
  if (!converter.englishTitle) {
    problems.add(
      1,
      'the page has no "# " title with its English original: the English page needs it as its title.',
    );
  }
  problems.throwIfAny();
  if (!source.frontMatter.description) {
    problems.warn(1, 'the source has no description; Docusaurus will use the first paragraph.');
  }
  return {
    slug,
    display,
    problems,
    frontMatter: source.frontMatter,
    englishTitle: converter.englishTitle ?? '',
    body,
    anchors: converter.anchors,
    images: converter.images,
  };
}

/** The two pages, with every link resolved against the site's pages (this set's included). */
export function renderPage(
  page: ConvertedPage,
  pages: SitePages,
  data: ImporterData,
): {korean: OutputPage & {content: string}; english: OutputPage & {content: string}} {
  const render = (language: Language) =>
    stringify(
      mapLinks(page.body[language], (link) =>
        resolveLink(link.url, {
          section: SECTION,
          slug: page.slug,
          language,
          pages,
          pageName: (name) => pageNameOf(name, data),
          warn: (message) => {
            // Both languages carry the same links: say it once.
            if (language === 'en') {
              page.problems.warn(lineOfNode(link), message);
            }
          },
        }),
      ),
    );
  const koreanBody = render('ko');
  const englishContent = frontMatterText({title: page.englishTitle}) + render('en');
  const {frontMatter} = page;
  const koreanContent =
    frontMatterText({
      title: frontMatter.title,
      description: frontMatter.description,
      keywords: frontMatter.keywords.length > 0 ? frontMatter.keywords : undefined,
      translation: {
        type: frontMatter.translationType,
        source: hashEnglish(englishContent),
        upstream: Object.keys(frontMatter.upstream).length > 0 ? frontMatter.upstream : undefined,
      },
    }) + koreanBody;
  return {
    korean: {path: `${DOCS_DIR}/${SECTION}/${page.slug}.mdx`, content: koreanContent},
    english: {path: `${ENGLISH_DOCS_DIR}/${SECTION}/${page.slug}.mdx`, content: englishContent},
  };
}

/** One file on its own (the set importer, importSet.ts, imports many in one run). */
export function importSxs(options: ImportOptions): ImportResult {
  const data = loadData();
  const slug = options.slug ?? pageNameOf(path.basename(options.file).split('.')[0], data);
  const page = convertPage({file: options.file, slug, imagesDir: options.imagesDir}, data);
  const pages = readSitePages(options.siteDir);
  pages.set(slug, page.anchors);
  const {korean, english} = renderPage(page, pages, data);
  if (!options.force) {
    for (const target of [korean.path, english.path]) {
      if (fs.existsSync(path.join(options.siteDir, target))) {
        page.problems.add(
          1,
          `${target} already exists: pass --force to replace it, or --slug NAME to import under another name.`,
        );
      }
    }
  }
  page.problems.throwIfAny();
  return {slug, korean, english, images: page.images, warnings: page.problems.warnings};
}

/** The section's pages already on the site (both files present), with their heading ids. */
export function readSitePages(siteDir: string): SitePages {
  const pages: SitePages = new Map();
  const dir = path.join(siteDir, DOCS_DIR, SECTION);
  if (!fs.existsSync(dir)) {
    return pages;
  }
  for (const file of fs.readdirSync(dir)) {
    const match = /^(.+)\.mdx?$/.exec(file);
    if (!match || !fs.existsSync(path.join(siteDir, ENGLISH_DOCS_DIR, SECTION, file))) {
      continue;
    }
    const content = fs.readFileSync(path.join(dir, file), 'utf8');
    const ids = [...content.matchAll(/\{\/\*\s*#([\w-]+)\s*\*\/\}|<a id="([\w-]+)"/g)].map(
      (found) => found[1] ?? found[2],
    );
    pages.set(match[1], new Set(ids));
  }
  return pages;
}

function frontMatterText(frontMatter: Record<string, unknown>): string {
  const yamlText = yaml.dump(JSON.parse(JSON.stringify(frontMatter)), {lineWidth: -1});
  return `---\n${yamlText}---\n\n`;
}

function lineOfNode(node: {data?: unknown; position?: {start: {line: number}}}): number {
  return (node.data as {line?: number} | undefined)?.line ?? node.position?.start.line ?? 1;
}

/**
 * A copy of `nodes` with each link's address replaced by `resolve`'s, or the link turned into its
 * text where `resolve` returns undefined.
 */
function mapLinks(
  nodes: RootContent[],
  resolve: (link: Link) => string | undefined,
): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'link') {
      const url = resolve(node);
      const children = mapLinks(node.children, resolve) as PhrasingContent[];
      return url === undefined ? children : [{...node, url, children}];
    }
    if ('children' in node) {
      return [
        {...node, children: mapLinks(node.children as RootContent[], resolve)} as RootContent,
      ];
    }
    return [node];
  });
}

interface ImageLookup {
  sourceDir: string;
  imagesDir?: string;
}

class Converter {
  englishTitle?: string;
  readonly anchors = new Set<string>();
  readonly images: OutputPage[] = [];
  private readonly registry: SegmentRegistry = new Map();
  /** Inside a quote, continuation lines start with `>`, which is not part of the text. */
  private quoteDepth = 0;
  /** The level of the last heading (the title is 1): a heading may go at most one level deeper. */
  private outlineDepth = 1;

  constructor(
    private readonly problems: Problems,
    private readonly data: ImporterData,
    /** The whole file: blocks are sliced out of it by position. */
    private readonly text: string,
    private readonly lookup: ImageLookup,
  ) {}

  convertDocument(root: Root): Pair<RootContent[]> {
    const out: Pair<RootContent[]> = {ko: [], en: []};
    const nodes = joinSplitAlerts(
      joinHtmlTables(repairSplitLists(root.children), this.text),
      this.text,
    );
    for (const node of nodes) {
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
        if (block.ko === '' && block.en === '') {
          // `## <a name="x"></a>` alone: keep the anchor links point to, not an empty heading.
          return block.anchor ? this.anchor(block.anchor) : undefined;
        }
        const id = block.anchor ?? slugify(this.plain(block.en, node));
        this.anchors.add(id);
        const depth = Math.min(node.depth === 1 ? 2 : node.depth, this.outlineDepth + 1);
        if (node.depth === 1) {
          this.problems.warn(
            line,
            'a second "# " heading became "## ": the page title is the first one.',
          );
        } else if (depth < node.depth) {
          // Screen readers navigate by heading level; a skipped level reads as a missing section.
          this.problems.warn(
            line,
            `a level-${node.depth} heading after a level-${this.outlineDepth} one became level ${depth}, so the outline skips no level.`,
          );
        }
        this.outlineDepth = depth;
        const text = this.pairInline(block, line);
        return {ko: heading(depth, text.ko, id), en: heading(depth, text.en, id)};
      }
      case 'paragraph':
      case 'html': {
        if (node.type === 'html' && /^\s*<table[\s>]/i.test(node.value)) {
          return this.htmlTable(node);
        }
        const image = node.type === 'paragraph' ? soleImage(node) : undefined;
        if (image) {
          return this.image(image.url, image.alt ?? '', line);
        }
        const raw = this.source(node).trim();
        if (/^:::image[\s:]/.test(raw)) {
          return this.docsImage(raw, line);
        }
        if (/^:::image-end:::$/.test(raw)) {
          return undefined;
        }
        if (/^\[!INCLUDE/i.test(raw)) {
          this.problems.warn(
            line,
            `${raw.split('\n')[0].slice(0, 80)} was not imported: the included text lives in another file. Write it into both pages, or leave it out.`,
          );
          return undefined;
        }
        const block = this.split(node, '\n');
        if (!block || (block.ko === '' && block.en === '')) {
          return block?.anchor ? this.anchor(block.anchor) : undefined;
        }
        if (block.anchor) {
          this.problems.warn(
            line,
            `the anchor "${block.anchor}" is not on a heading: links to it go to the top of the page.`,
          );
        }
        const text = this.pairInline(block, line);
        return {ko: paragraph(text.ko), en: paragraph(text.en)};
      }
      case 'list': {
        const items = node.children.map((item) => this.listItem(item));
        const list = (language: Language): List => ({
          type: 'list',
          ordered: node.ordered,
          start: node.ordered ? (node.start ?? 1) : undefined,
          spread: node.spread || items.some((item) => item[language].children.length > 1),
          children: items.map((item) => item[language]),
        });
        return {ko: list('ko'), en: list('en')};
      }
      case 'blockquote':
        return this.blockquote(node);
      case 'table':
        return this.table(node);
      case 'code':
      case 'thematicBreak':
        return {ko: structuredClone(node), en: structuredClone(node)};
      default:
        this.problems.add(
          line,
          `unsupported Markdown (${node.type}): only headings, paragraphs, lists, images, tables, alerts, quotes and code are imported.`,
        );
        return undefined;
    }
  }

  private convertChildren(nodes: RootContent[]): Pair<RootContent[]> {
    const out: Pair<RootContent[]> = {ko: [], en: []};
    for (const child of joinSplitAlerts(joinHtmlTables(nodes, this.text), this.text)) {
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

  /** `> [!NOTE]` and the other alerts become admonitions; any other quote stays a quote. */
  private blockquote(
    node: Extract<RootContent, {type: 'blockquote'}>,
  ): Pair<RootContent> | undefined {
    this.quoteDepth += 1;
    try {
      const [first, ...rest] = node.children;
      const marker =
        first?.type === 'paragraph'
          ? /^\[!([A-Za-z]+)[^\]\n]*\][ \t]*\n?/.exec(this.source(first))
          : null;
      const alert = marker ? ALERTS[marker[1].toUpperCase()] : undefined;
      const div = marker?.[1].toLowerCase() === 'div';
      if (!marker || (!alert && !div)) {
        if (marker) {
          this.problems.warn(
            node.position?.start.line ?? 1,
            `[!${marker[1]}] is not an alert this importer knows (NOTE, TIP, IMPORTANT, WARNING, CAUTION): it stays a quote, with its marker; edit it by hand.`,
          );
        }
        const children = this.convertChildren(node.children);
        if (children.ko.length === 0) {
          return undefined;
        }
        return {
          ko: {type: 'blockquote', children: children.ko as BlockContent[]},
          en: {type: 'blockquote', children: children.en as BlockContent[]},
        };
      }
      const line = first.position?.start.line ?? 1;
      const body: Pair<RootContent[]> = {ko: [], en: []};
      const skip = marker[0].length;
      if (div) {
        this.problems.warn(line, 'the [!div] styling was not imported; its text was, as a quote.');
      }
      const block = this.split(first, '\n', skip);
      if (block && (block.ko !== '' || block.en !== '')) {
        const text = this.pairInline(block, line);
        body.ko.push(paragraph(text.ko));
        body.en.push(paragraph(text.en));
      }
      const others = this.convertChildren(rest);
      body.ko.push(...others.ko);
      body.en.push(...others.en);
      if (body.ko.length === 0) {
        this.problems.warn(line, `an empty [!${marker[1]}] was left out.`);
        return undefined;
      }
      if (!alert) {
        return {
          ko: {type: 'blockquote', children: body.ko as BlockContent[]},
          en: {type: 'blockquote', children: body.en as BlockContent[]},
        };
      }
      return {
        ko: admonition(alert.name, alert.title?.ko, body.ko),
        en: admonition(alert.name, alert.title?.en, body.en),
      };
    } finally {
      this.quoteDepth -= 1;
    }
  }

  private table(node: Table): Pair<Table> {
    const rows = node.children.map((row) =>
      row.children.map((cell) => {
        const line = cell.position?.start.line ?? 1;
        const block =
          cell.children.length > 0 ? this.split(cell, ' ') : {ko: '', en: '', segments: 0};
        return this.pairInline(block ?? {ko: '', en: '', segments: 0}, line);
      }),
    );
    return makeTables(rows, node.align);
  }

  /** An HTML table (its blank lines already joined): one Markdown table in each language. */
  private htmlTable(node: Extract<RootContent, {type: 'html'}>): Pair<RootContent> | undefined {
    const start = node.position?.start;
    const text = splitTable(
      this.source(node),
      {line: start?.line ?? 1, column: start?.column ?? 1},
      this.problems,
      this.registry,
    );
    if (!text) {
      return undefined;
    }
    const width = Math.max(...text.map((row) => row.length));
    if (text.length === 0 || width === 0) {
      this.problems.warn(start?.line ?? 1, 'an HTML table without cells was left out.');
      return undefined;
    }
    const rows = text.map((row) => {
      const cells = row.map((lines) => {
        const pairs = lines.map((block) => this.pairInline(block, start?.line ?? 1));
        const join = (language: Language) =>
          pairs.flatMap((pair, index) =>
            index === 0 ? pair[language] : [lineBreak(), ...pair[language]],
          );
        return {ko: join('ko'), en: join('en')};
      });
      while (cells.length < width) {
        cells.push({ko: [], en: []});
      }
      return cells;
    });
    return makeTables(rows, undefined);
  }

  /** `:::image type="content" source="…" alt-text="…":::` (Microsoft's image extension). */
  private docsImage(raw: string, line: number): Pair<RootContent> | undefined {
    const attributes = Object.fromEntries(
      [...raw.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
    );
    if (!attributes.source) {
      this.problems.warn(line, ':::image::: without source="…" was left out.');
      return undefined;
    }
    let alt = attributes['alt-text'] ?? '';
    if (/data-ttu-id/.test(alt)) {
      const block = splitBlock(alt, {line, column: 1}, ' ', this.problems, this.registry);
      if (block) {
        return this.image(attributes.source, {ko: block.ko, en: block.en}, line);
      }
      alt = '';
    }
    return this.image(attributes.source, alt, line);
  }

  /**
   * An image: a known screen becomes a <Screenshot>; an image found beside the source (or in
   * --images) is copied beside each page; a missing one becomes a placeholder showing its alt text.
   */
  private image(
    url: string,
    altText: string | Pair<string>,
    line: number,
  ): Pair<RootContent> | undefined {
    if (!isSafeUrl(url)) {
      this.problems.warn(line, `removed an image with an unsafe address (${url}).`);
      return undefined;
    }
    const known = this.data.knownScreens[path.posix.basename(url)];
    const alt = this.alt(typeof altText === 'string' ? altText : altText, url, line, known?.alt.en);
    if (known) {
      return {ko: screenshot(known.screenshot, alt.ko), en: screenshot(known.screenshot, alt.en)};
    }
    if (/^https?:/i.test(url)) {
      return {ko: imageParagraph(url, alt.ko), en: imageParagraph(url, alt.en)};
    }
    const inside = path.posix.normalize(url.replace(/^\.\//, '')).replace(/^images\//, '');
    const found = (language: Language): string | undefined =>
      [
        this.lookup.imagesDir && path.join(this.lookup.imagesDir, language, inside),
        this.lookup.imagesDir && path.join(this.lookup.imagesDir, inside),
        path.join(this.lookup.sourceDir, url),
      ].find((candidate): candidate is string => !!candidate && isFile(candidate));
    const files = {ko: found('ko'), en: found('en')};
    if (inside.startsWith('../') || !files.ko || !files.en) {
      this.problems.warn(
        line,
        `the image ${url} was not found beside the source${this.lookup.imagesDir ? ` or in ${this.lookup.imagesDir}` : ''}: the page shows a placeholder with its alt text. Add the image and import again (--images DIR), or replace the <ImagePlaceholder>.`,
      );
      return {ko: placeholder(url, alt.ko), en: placeholder(url, alt.en)};
    }
    const target = `images/${inside}`;
    for (const [language, dir] of [
      ['ko', DOCS_DIR],
      ['en', ENGLISH_DOCS_DIR],
    ] as const) {
      const to = `${dir}/${SECTION}/${target}`;
      if (!this.images.some((image) => image.path === to)) {
        this.images.push({path: to, content: fs.readFileSync(files[language]!)});
      }
    }
    return {ko: imageParagraph(`./${target}`, alt.ko), en: imageParagraph(`./${target}`, alt.en)};
  }

  /** Alt text in both languages: text given in one only is carried over, marked for translation. */
  private alt(
    given: string | Pair<string>,
    url: string,
    line: number,
    knownEnglish?: string,
  ): Pair<string> {
    if (typeof given !== 'string') {
      return given;
    }
    const text = given.trim();
    if (knownEnglish !== undefined) {
      return {ko: text || knownEnglish, en: knownEnglish};
    }
    if (text === '') {
      this.problems.warn(
        line,
        `the image ${url} has no alt text in either language: write what it shows in both pages (now "${TO_TRANSLATE.ko}스크린샷" / "${TO_TRANSLATE.en}Screenshot").`,
      );
      return {ko: `${TO_TRANSLATE.ko}스크린샷`, en: `${TO_TRANSLATE.en}Screenshot`};
    }
    const korean = HANGUL.test(text);
    this.problems.warn(
      line,
      `the image ${url} has alt text in ${korean ? 'Korean' : 'English'} only: the ${korean ? 'English' : 'Korean'} page carries it as "${korean ? TO_TRANSLATE.en : TO_TRANSLATE.ko}${text}"; translate it.`,
    );
    return korean
      ? {ko: text, en: `${TO_TRANSLATE.en}${text}`}
      : {ko: `${TO_TRANSLATE.ko}${text}`, en: text};
  }

  private anchor(id: string): Pair<RootContent> {
    this.anchors.add(id);
    const make = (): MdxJsxFlowElement => ({
      type: 'mdxJsxFlowElement',
      name: 'a',
      attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
      children: [],
    });
    return {ko: make(), en: make()};
  }

  /** The source of a node, without the `>` a quote puts before its continuation lines. */
  private source(node: RootContent): string {
    const text = this.text.slice(node.position?.start.offset, node.position?.end.offset);
    return this.quoteDepth > 0 ? text.replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n') : text;
  }

  private split(node: RootContent, sentenceBreak: string, skip = 0): BlockText | undefined {
    const children = 'children' in node ? node.children : [];
    const first = children.length > 0 ? children[0].position : node.position;
    const last = children.length > 0 ? children[children.length - 1].position : node.position;
    if (!first || !last) {
      return undefined;
    }
    let html = this.text.slice(first.start.offset, last.end.offset);
    if (this.quoteDepth > 0) {
      html = html.replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');
    }
    const skipped = html.slice(0, skip);
    const lines = skipped.split('\n').length - 1;
    const start: Point = {
      line: first.start.line + lines,
      column: lines === 0 ? first.start.column + skip : 1,
    };
    return splitBlock(html.slice(skip), start, sentenceBreak, this.problems, this.registry);
  }

  /** Both languages' inline content, with as many links on each side (the pairing needs it). */
  private pairInline(block: BlockText, line: number): Pair<PhrasingContent[]> {
    const pair = {ko: this.inline(block.ko, line), en: this.inline(block.en, line)};
    const counts = {ko: countLinks(pair.ko), en: countLinks(pair.en)};
    if (counts.ko !== counts.en) {
      const more: Language = counts.ko > counts.en ? 'ko' : 'en';
      const other: Language = more === 'ko' ? 'en' : 'ko';
      pair[more] = dropExtraLinks(pair[more], pair[other], Math.abs(counts.ko - counts.en));
      this.problems.warn(
        line,
        `the ${more === 'ko' ? 'Korean' : 'English'} has ${counts[more]} link(s) where the ${other === 'ko' ? 'Korean' : 'English'} has ${counts[other]}: the extra link text stays, without the link. Check the translation.`,
      );
    }
    return pair;
  }

  /** Segment Markdown → phrasing nodes, with anything unsafe removed. */
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
          if (node.url.trim() === '') {
            this.problems.warn(
              line,
              'a link without an address: its text stays, without the link.',
            );
            return children;
          }
          if (!isSafeUrl(node.url)) {
            this.problems.warn(
              line,
              `removed the link address ${JSON.stringify(node.url)}: it could run code. The link text stays.`,
            );
            return children;
          }
          // Resolved by renderPage, once the pages of the set are known.
          return [
            {type: 'link', url: node.url, title: node.title, children, data: {line} as never},
          ];
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

  private plain(markdown: string, node: RootContent): string {
    return toPlainText(this.inline(markdown, node.position?.start.line ?? 1));
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function countLinks(nodes: PhrasingContent[]): number {
  return nodes.reduce(
    (sum, node) =>
      sum +
      (node.type === 'link' ? 1 : 0) +
      ('children' in node ? countLinks(node.children as PhrasingContent[]) : 0),
    0,
  );
}

/**
 * Unlinks `extra` links of `nodes`, those whose address appears more often than in `other` first
 * (a machine translation that doubled a link), then the last ones.
 */
function dropExtraLinks(
  nodes: PhrasingContent[],
  other: PhrasingContent[],
  extra: number,
): PhrasingContent[] {
  const urls = (list: PhrasingContent[]): string[] =>
    list.flatMap((node) =>
      node.type === 'link'
        ? [node.url]
        : 'children' in node
          ? urls(node.children as PhrasingContent[])
          : [],
    );
  const mine = urls(nodes);
  const budget = new Map<string, number>();
  for (const url of urls(other)) {
    budget.set(url, (budget.get(url) ?? 0) + 1);
  }
  // Which occurrences to unlink, by index in reading order.
  const drop = new Set<number>();
  mine.forEach((url, index) => {
    const left = budget.get(url) ?? 0;
    if (left > 0) {
      budget.set(url, left - 1);
    } else if (drop.size < extra && mine.filter((u) => u === url).length > 1) {
      drop.add(index);
    }
  });
  for (let index = mine.length - 1; drop.size < extra && index >= 0; index -= 1) {
    drop.add(index);
  }
  let seen = 0;
  const walk = (list: PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((node): PhrasingContent[] => {
      if (node.type === 'link') {
        const index = seen;
        seen += 1;
        const children = walk(node.children) as Link['children'];
        return drop.has(index) ? children : [{...node, children}];
      }
      return 'children' in node
        ? [{...node, children: walk(node.children as PhrasingContent[])} as PhrasingContent]
        : [node];
    });
  return walk(nodes);
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
 * CommonMark ends an HTML block at a blank line, so a `<table>` with blank lines inside arrives in
 * pieces: join everything up to its `</table>` back into one html node.
 */
function joinHtmlTables(nodes: RootContent[], text: string): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (node.type !== 'html' || !/^\s*<table[\s>]/i.test(node.value) || !node.position) {
      out.push(node);
      continue;
    }
    let j = i;
    const closes = (candidate: RootContent) =>
      /<\/table\s*>/i.test(
        text.slice(candidate.position?.start.offset, candidate.position?.end.offset),
      );
    while (!closes(nodes[j]) && j + 1 < nodes.length) {
      j += 1;
    }
    const end = nodes[j].position!.end;
    out.push({
      type: 'html',
      value: text.slice(node.position.start.offset, end.offset),
      position: {start: node.position.start, end},
    });
    i = j;
  }
  return out;
}

/**
 * `>[!NOTE]`, a blank line, then `>text` is two quotes in CommonMark, though the writer meant one
 * alert: join a quote holding only a marker with the quote after it.
 */
function joinSplitAlerts(nodes: RootContent[], text: string): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (
      node.type === 'blockquote' &&
      next?.type === 'blockquote' &&
      node.children.length === 1 &&
      /^\[![A-Za-z]+\]\s*$/.test(
        text.slice(node.children[0].position?.start.offset, node.children[0].position?.end.offset),
      )
    ) {
      out.push({...node, children: [...node.children, ...next.children]});
      i += 1;
      continue;
    }
    out.push(node);
  }
  return out;
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

function makeTables(rows: Pair<PhrasingContent[]>[][], align: Table['align']): Pair<Table> {
  const make = (language: Language): Table => ({
    type: 'table',
    align,
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((cell) => ({type: 'tableCell', children: cell[language]})),
    })),
  });
  return {ko: make('ko'), en: make('en')};
}

function lineBreak(): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name: 'br', attributes: [], children: []};
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

function imageParagraph(url: string, alt: string): Paragraph {
  return paragraph([{type: 'image', url, alt}]);
}

function admonition(
  name: string,
  title: string | undefined,
  children: RootContent[],
): ContainerDirective {
  const label: Paragraph[] = title
    ? [{type: 'paragraph', data: {directiveLabel: true}, children: [{type: 'text', value: title}]}]
    : [];
  return {
    type: 'containerDirective',
    name,
    attributes: {},
    children: [...label, ...(children as BlockContent[])],
  };
}

function jsx(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value,
    })),
    children: [],
  };
}

function screenshot(name: string, alt: string): MdxJsxFlowElement {
  return jsx('Screenshot', {name, alt});
}

/** A missing image: src names the file the maintainer may add later. */
function placeholder(src: string, alt: string): MdxJsxFlowElement {
  return jsx('ImagePlaceholder', {src, alt});
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
