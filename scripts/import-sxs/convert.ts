/**
 * The block converter: one source document's blocks → the same blocks in Korean and in English,
 * sentence per line, with Microsoft's alerts, tables and images made what the site uses.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type {BlockContent, List, ListItem, PhrasingContent, Root, RootContent, Table} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {SECTION} from '../../lib/content';
import {isSafeUrl} from '../../plugins/rehype-sanitize-html';
import {altText, locateImage, pairImages, type ImageCopy, type ImageLookup} from './images';
import {inlineMarkdown} from './inline';
import type {ImporterData} from './importSxs';
import type {Language} from './links';
import {
  admonition,
  boldLine,
  countLinks,
  dropExtraLinks,
  heading,
  isComment,
  imageNode,
  imageParagraph,
  inlinePlaceholder,
  lineBreak,
  makeTables,
  onlyImages,
  paragraph,
  placeholder,
  screenshot,
  steps,
  toPlainText,
} from './mdast';
import type {Problems} from './problems';
import {joinHtmlTables, joinSplitAlerts, repairSplitLists} from './repair';
import {splitBlock, type BlockText, type Point, type SegmentRegistry} from './segments';
import {splitTable} from './tableSegments';

type Pair<T> = {ko: T; en: T};

/** Microsoft's alerts and the admonitions they become; IMPORTANT keeps its own title. */
const ALERTS: Record<string, {name: string; title?: Pair<string>}> = {
  NOTE: {name: 'note'},
  TIP: {name: 'tip'},
  IMPORTANT: {name: 'info', title: {ko: '중요', en: 'Important'}},
  WARNING: {name: 'warning'},
  CAUTION: {name: 'danger'},
};

export class Converter {
  englishTitle?: string;
  readonly anchors = new Set<string>();
  readonly images: ImageCopy[] = [];
  private readonly registry: SegmentRegistry = new Map();
  /** Inside a quote, continuation lines start with `>`, which is not part of the text. */
  private quoteDepth = 0;
  /** Heading ids as Docusaurus makes them: a repeated heading gets `-1`, `-2`. */
  private readonly slugger = new GithubSlugger();
  /** The level of the last heading (the title is 1): a heading may go at most one level deeper. */
  private outlineDepth = 1;
  /** Whether the page's text has begun: above it, bold lines label the page's roles and scope. */
  private textBegun = false;
  /** How deep inside lists and quotes the block being converted is (0: a block of the page). */
  private nesting = 0;

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
      if (Array.isArray(converted)) {
        for (const pair of converted) {
          out.ko.push(pair.ko);
          out.en.push(pair.en);
        }
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

  private convertBlock(node: RootContent): Pair<RootContent> | Pair<RootContent>[] | undefined {
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
        const id = block.anchor ?? this.headingId(this.plain(block.en, node));
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
        this.textBegun = true;
        const text = this.pairInline(block, line);
        return {ko: heading(depth, text.ko, id), en: heading(depth, text.en, id)};
      }
      case 'paragraph':
      case 'html': {
        if (node.type === 'html' && isComment(node.value)) {
          // A writer's note, or text taken out (<!-- … -->): Microsoft's pages never show it.
          return undefined;
        }
        if (node.type === 'html' && /^\s*<table[\s>]/i.test(node.value)) {
          return this.htmlTable(node);
        }
        const images = node.type === 'paragraph' ? onlyImages(node) : undefined;
        if (images) {
          // Each image of a paragraph holding nothing else is a figure of its own.
          const figures = images.flatMap((image) => {
            const made = this.image(image.url, image.alt ?? '', image.position?.start.line ?? line);
            return made ? [made as Pair<RootContent>] : [];
          });
          return figures.length === 0 ? undefined : figures;
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
        if (this.nesting === 0) {
          const [ko, en] = [boldLine(text.ko), boldLine(text.en)];
          if (ko && en && this.textBegun) {
            return this.boldHeading({ko, en});
          }
          this.textBegun ||= !ko || !en;
        }
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
    // A converter reads one file; a file that throws is refused whole, so no count is left over.
    this.nesting += 1;
    for (const child of joinSplitAlerts(joinHtmlTables(nodes, this.text), this.text)) {
      const converted = this.convertBlock(child);
      for (const pair of Array.isArray(converted) ? converted : converted ? [converted] : []) {
        out.ko.push(pair.ko);
        out.en.push(pair.en);
      }
    }
    this.nesting -= 1;
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
        return this.image(attributes.source, {ko: block.ko, en: block.en}, line) as
          Pair<RootContent> | undefined;
      }
      alt = '';
    }
    return this.image(attributes.source, alt, line) as Pair<RootContent> | undefined;
  }

  /**
   * An image, wherever it is: a known screen becomes a <Screenshot>; an image found beside the
   * source (or in --images) is copied beside each page; a missing one becomes a placeholder
   * showing its alt text. As a block (an image alone, or with other images only) it is a figure;
   * inside text or a table cell it stays inline: the found image itself, or an inline placeholder.
   */
  private image(
    url: string,
    given: string | Pair<string>,
    line: number,
    form: 'block' | 'inline' = 'block',
  ): Pair<RootContent> | Pair<PhrasingContent> | undefined {
    if (!isSafeUrl(url)) {
      this.problems.warn(line, `removed an image with an unsafe address (${url}).`);
      return undefined;
    }
    const known = form === 'block' ? this.data.knownScreens[path.posix.basename(url)] : undefined;
    const alt = altText(given, url, line, this.problems, known?.alt.en);
    if (known) {
      return {ko: screenshot(known.screenshot, alt.ko), en: screenshot(known.screenshot, alt.en)};
    }
    const located = locateImage(url, this.lookup, SECTION);
    const pictured = (target: string): Pair<RootContent> | Pair<PhrasingContent> =>
      form === 'block'
        ? {ko: imageParagraph(target, alt.ko), en: imageParagraph(target, alt.en)}
        : {ko: imageNode(target, alt.ko), en: imageNode(target, alt.en)};
    if (located.kind === 'remote') {
      return pictured(url);
    }
    if (located.kind === 'local') {
      this.images.push(...located.copies);
      return pictured(`./${located.target}`);
    }
    this.problems.warn(
      line,
      `the image ${url} was not found beside the source${this.lookup.imagesDir ? ` or in ${this.lookup.imagesDir}` : ''}: the page shows a placeholder with its alt text. Add the image and import again (--images DIR), or replace the <ImagePlaceholder>.`,
    );
    return form === 'block'
      ? {ko: placeholder(url, alt.ko), en: placeholder(url, alt.en)}
      : {ko: inlinePlaceholder(url, alt.ko), en: inlinePlaceholder(url, alt.en)};
  }

  /** The images inside both languages' text, made as a block image is (./images.ts). */
  private inlineImages(pair: Pair<PhrasingContent[]>, line: number): Pair<PhrasingContent[]> {
    return pairImages(
      pair,
      (url, alt) => this.image(url, alt, line, 'inline') as Pair<PhrasingContent> | undefined,
    );
  }

  /** A heading's id from its English text; one with no letter or digit at all is a `section`. */
  private headingId(text: string): string {
    const id = this.slugger.slug(text);
    return id.replace(/-/g, '') === '' ? this.slugger.slug('section') : id;
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
    const pair = {
      ko: inlineMarkdown(block.ko, line, this.problems),
      en: inlineMarkdown(block.en, line, this.problems),
    };
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
    return this.inlineImages(pair, line);
  }

  /**
   * A line in bold alone ("**To add a location**", "**Customers**") is how Microsoft's
   * articles head a procedure or a part of a section: it is read as a heading one level below
   * the section it is in, so screen readers can jump to it (WCAG 1.3.1; a heading shown only by
   * bold type is failure F2), the page's table of contents lists it, and search weighs it as one.
   * The headings written as such after it keep their places in the outline: none goes under it.
   * Above the page's first paragraph, bold lines ("**Applies to**", "**Appropriate roles**") label
   * the lists of who the page is for and stay bold: as headings, they would take the page's
   * opening text, which follows those lists, into their sections.
   */
  private boldHeading(text: Pair<PhrasingContent[]>): Pair<RootContent> {
    const depth = Math.min(this.outlineDepth + 1, 6);
    const id = this.headingId(toPlainText(text.en));
    this.anchors.add(id);
    return {ko: heading(depth, text.ko, id), en: heading(depth, text.en, id)};
  }

  private plain(markdown: string, node: RootContent): string {
    return toPlainText(inlineMarkdown(markdown, node.position?.start.line ?? 1, this.problems));
  }
}
