/**
 * How build-time code reads a page's MDX as Docusaurus does: its parser, a heading's written id and
 * a heading's text. Used by the English-original pairing, the link check and the glossary check.
 */
import type {Heading, Node, Parent, Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';

/** The same parser Docusaurus uses for .mdx (before its default plugins run). */
const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkDirective);

export function parseMdx(content: string): Root {
  return parser.parse(content);
}

const HEADING_ID = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/;

/** The id a heading writes for itself (`## Title {/* #id *\/}`), if any. */
export function writtenHeadingId(heading: Heading): string | undefined {
  for (const child of heading.children) {
    if (child.type === 'mdxTextExpression') {
      const id = HEADING_ID.exec(child.value)?.[1];
      if (id) {
        return id;
      }
    }
  }
  return undefined;
}

/** Text without its formatting or MDX expressions (a heading's id comment). */
export function plainText(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'mdxTextExpression') {
        return '';
      }
      if ('value' in node && typeof node.value === 'string') {
        return node.value;
      }
      return 'children' in node ? plainText((node as Parent).children) : '';
    })
    .join('');
}

/** A heading's text as Docusaurus slugs it when it writes no id: without the id, unformatted. */
export function headingText(heading: Heading): string {
  return plainText(heading.children).replace(/\s+/g, ' ').trim();
}
