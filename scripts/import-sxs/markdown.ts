/**
 * Markdown in and MDX out. Segment text is parsed as inline Markdown only (a Korean date such as
 * "2020. 4. 1." must not turn into a list), and everything written goes through remark-stringify
 * with the MDX extensions, so text that looks like JSX, an expression or an import is escaped.
 */
import type {Processor} from 'unified';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import type {Root, RootContent} from 'mdast';

// The block constructs a segment's text could accidentally start: the outer document already
// decided which block this is.
const BLOCK_CONSTRUCTS = [
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'definition',
  'headingAtx',
  'htmlFlow',
  'list',
  'setextUnderline',
  'thematicBreak',
];

function inlineOnly(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({disable: {null: BLOCK_CONSTRUCTS}});
}

// MDX reads a paragraph starting with "import " or "export " as JavaScript: escape the letter.
function escapeEsm(this: Processor) {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push({
    unsafe: [
      {character: 'i', atBreak: true, after: 'mport[ \\t{*]'},
      {character: 'e', atBreak: true, after: 'xport[ \\t{*]'},
    ],
  });
}

const inlineParser = unified().use(remarkParse).use(remarkGfm).use(inlineOnly);

export function parseInline(markdown: string): Root {
  return inlineParser.parse(markdown);
}

export function parseDocument(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown);
}

// remark-directive writes the admonitions (`:::note`), as Docusaurus reads them.
const writer = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(escapeEsm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
  });

/**
 * Blocks → MDX. `<Steps>` is written by hand so the list inside it stays at the left margin, as
 * writers type it, with blank lines around it.
 */
export function stringify(nodes: RootContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'mdxJsxFlowElement' && node.name === 'Steps'
        ? `<Steps>\n\n${stringify(node.children as RootContent[])}\n\n</Steps>`
        : writer.stringify({type: 'root', children: [node]}).trim(),
    )
    .join('\n\n');
}
