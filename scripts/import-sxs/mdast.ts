/** Small mdast builders and walkers the converter and the page renderer share. */
import type {
  BlockContent,
  Heading,
  Image,
  Link,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Language} from './links';

type Pair<T> = {ko: T; en: T};

/**
 * A copy of `nodes` with each link's address replaced by `resolve`'s, or the link turned into its
 * text where `resolve` returns undefined.
 */
export function mapLinks(
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

export function lineOfNode(node: {data?: unknown; position?: {start: {line: number}}}): number {
  return (node.data as {line?: number} | undefined)?.line ?? node.position?.start.line ?? 1;
}

export function countLinks(nodes: PhrasingContent[]): number {
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
export function dropExtraLinks(
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

/**
 * The words of a line that is bold and nothing else ("**To add a location**", "**Roles:**"),
 * without the bold and a closing colon; undefined for any other text, and for a bold sentence
 * (it ends in . ! ? or 。), which stresses a point rather than heads a part.
 */
export function boldLine(nodes: PhrasingContent[]): PhrasingContent[] | undefined {
  const content = nodes.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type !== 'strong' || /[.!?。]\s*$/.test(toPlainText(only.children))) {
    return undefined;
  }
  const words = structuredClone(only.children);
  const last = words.at(-1);
  if (last?.type === 'text') {
    last.value = last.value.replace(/\s*[:：]\s*$/, '');
  }
  return toPlainText(words).trim() === '' ? undefined : words;
}

/** True for an HTML block that is one comment and nothing else, over as many lines as it takes. */
export function isComment(html: string): boolean {
  const text = html.trim();
  return text.startsWith('<!--') && text.indexOf('-->') === text.length - 3;
}

/** Inline content as plain text, for titles and ids. */
export function toPlainText(nodes: PhrasingContent[]): string {
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

/** The images of a paragraph that holds images only (and the spaces or line breaks between them). */
export function onlyImages(node: Paragraph): Image[] | undefined {
  const content = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break',
  );
  return content.length > 0 && content.every((child) => child.type === 'image')
    ? (content as Image[])
    : undefined;
}

/** The images in inline content, in reading order. */
export function collectImages(nodes: PhrasingContent[]): Image[] {
  return nodes.flatMap((node) =>
    node.type === 'image'
      ? [node]
      : 'children' in node
        ? collectImages(node.children as PhrasingContent[])
        : [],
  );
}

/** A copy of `nodes` with each image replaced as `replacements` says (or removed). */
export function replaceImages(
  nodes: PhrasingContent[],
  replacements: Map<Image, PhrasingContent>,
): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'image') {
      const replacement = replacements.get(node);
      return replacement ? [replacement] : [];
    }
    return 'children' in node
      ? [
          {
            ...node,
            children: replaceImages(node.children as PhrasingContent[], replacements),
          } as PhrasingContent,
        ]
      : [node];
  });
}

export function makeTables(rows: Pair<PhrasingContent[]>[][], align: Table['align']): Pair<Table> {
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

export function lineBreak(): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name: 'br', attributes: [], children: []};
}

export function heading(depth: number, children: PhrasingContent[], id: string): Heading {
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

export function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children};
}

export function imageNode(url: string, alt: string): Image {
  return {type: 'image', url, alt};
}

export function imageParagraph(url: string, alt: string): Paragraph {
  return paragraph([imageNode(url, alt)]);
}

export function admonition(
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

export function jsx(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
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

export function screenshot(name: string, alt: string): MdxJsxFlowElement {
  return jsx('Screenshot', {name, alt});
}

/** A missing image: src names the file the maintainer may add later. */
export function placeholder(src: string, alt: string): MdxJsxFlowElement {
  return jsx('ImagePlaceholder', {src, alt});
}

/** A missing image inside text or a table cell: the placeholder's inline form. */
export function inlinePlaceholder(src: string, alt: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'ImagePlaceholder',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'inline', value: null},
      {type: 'mdxJsxAttribute', name: 'src', value: src},
      {type: 'mdxJsxAttribute', name: 'alt', value: alt},
    ],
    children: [],
  };
}

export function steps(list: List): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name: 'Steps', attributes: [], children: [list]};
}
