/**
 * Pairs the blocks of a Korean page with the blocks of its English original: headings, paragraphs,
 * list items, steps, images, table cells, admonitions, code. Both files must keep the same block
 * structure; where they do not, the problems name the file, the line and the block.
 *
 * Inside a paired paragraph or item, lines pair as sentences when both sides have the same number
 * of lines (the sxs importer writes one segment per line).
 */
import type {Heading, Node, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import GithubSlugger from 'github-slugger';
import {headingText, plainText, writtenHeadingId} from '../../lib/mdx';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list item'
  | 'step'
  | 'image'
  | 'screenshot'
  | 'table cell'
  | 'admonition'
  | 'admonition title'
  | 'code block'
  | 'component';

export interface Block {
  kind: BlockKind;
  /** What must be equal on both sides: the kind, plus the heading level and id, the screenshot… */
  key: string;
  line: number;
  /** Text for messages. */
  label: string;
  /** The node holding the block's own text, when it has text to pair. */
  text?: Parent & {children: PhrasingContent[]};
  /** A heading's id is not part of its text. */
  headingId?: string;
  /** The node's parent and the node, for inserting after a heading. */
  parent?: Parent;
  node: RootContent;
  links: number;
}

/** The blocks of a page, in reading order. */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];

  const walk = (parent: Parent, context: {inSteps: boolean}) => {
    for (const node of parent.children as RootContent[]) {
      visitNode(node, parent, context);
    }
  };

  const visitNode = (node: RootContent, parent: Parent, context: {inSteps: boolean}) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'heading': {
        const headingId = writtenHeadingId(node);
        blocks.push({
          kind: 'heading',
          key: `heading ${node.depth}${headingId ? ` #${headingId}` : ''}`,
          line,
          label: labelOf(node.children),
          text: node,
          headingId,
          parent,
          node,
          links: countLinks(node),
        });
        return;
      }
      case 'paragraph': {
        const image = soleImage(node);
        if (image) {
          blocks.push({kind: 'image', key: 'image', line, label: image, node, links: 0});
          return;
        }
        const isLabel =
          (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true;
        const kind = isLabel ? 'admonition title' : 'paragraph';
        blocks.push({
          kind,
          key: kind,
          line,
          label: labelOf(node.children),
          text: node,
          parent,
          node,
          links: countLinks(node),
        });
        return;
      }
      case 'listItem': {
        const [first, ...rest] = node.children;
        const kind = context.inSteps ? 'step' : 'list item';
        if (first?.type === 'paragraph' && !soleImage(first)) {
          blocks.push({
            kind,
            key: kind,
            line,
            label: labelOf(first.children),
            text: first,
            parent,
            node,
            links: countLinks(first),
          });
          rest.forEach((child) => visitNode(child, node, {inSteps: false}));
        } else {
          blocks.push({kind, key: kind, line, label: '(no text)', parent, node, links: 0});
          node.children.forEach((child) => visitNode(child, node, {inSteps: false}));
        }
        return;
      }
      case 'list':
        walk(node, context);
        return;
      case 'table':
        node.children.forEach((row, rowIndex) =>
          row.children.forEach((cell, cellIndex) => {
            blocks.push({
              kind: 'table cell',
              key: `table cell ${rowIndex + 1},${cellIndex + 1}`,
              line: cell.position?.start.line ?? line,
              label: labelOf(cell.children),
              text: cell,
              parent: row,
              node: cell as unknown as RootContent,
              links: countLinks(cell),
            });
          }),
        );
        return;
      case 'containerDirective':
        blocks.push({
          kind: 'admonition',
          key: `admonition ${node.name}`,
          line,
          label: `:::${node.name}`,
          node,
          links: 0,
        });
        walk(node, {inSteps: false});
        return;
      case 'blockquote':
        walk(node, {inSteps: false});
        return;
      case 'code':
        blocks.push({
          kind: 'code block',
          key: 'code block',
          line,
          label: node.value.split('\n')[0],
          node,
          links: 0,
        });
        return;
      case 'mdxJsxFlowElement': {
        const name = node.name ?? '';
        if (name === 'Screenshot' || name === 'img') {
          const screen = attribute(node, 'name');
          blocks.push({
            kind: name === 'img' ? 'image' : 'screenshot',
            key: name === 'img' ? 'image' : `screenshot ${screen ?? ''}`,
            line,
            label: screen ?? attribute(node, 'src') ?? name,
            node,
            links: 0,
          });
          return;
        }
        if (name === 'Steps') {
          walk(node, {inSteps: true});
          return;
        }
        if (node.children.length === 0) {
          blocks.push({
            kind: 'component',
            key: `component ${name}`,
            line,
            label: `<${name} />`,
            node,
            links: 0,
          });
          return;
        }
        walk(node, context);
        return;
      }
      default:
        // Front matter, imports, comments, thematic breaks and raw HTML carry no text to pair.
        return;
    }
  };

  walk(tree, {inSteps: false});
  return blocks;
}

export interface Divergence {
  /** Which side the block is on. */
  side: 'korean' | 'english';
  /** 1-based position among that side's blocks. */
  index: number;
  block: Block;
  message: string;
  /** What to do, when it is not to add or remove the block. */
  fix?: string;
}

export interface Pairing {
  pairs: Array<[Block, Block]>;
  divergences: Divergence[];
}

/**
 * Pairs the two block lists by their keys: a longest common subsequence, so one missing block is
 * reported as that block, not as every block after it. Between alignments that pair as many blocks,
 * the one whose pairs have the same inline shape (UI labels, links, code) wins: it tells which of
 * several similar steps is the missing one.
 */
export function pairBlocks(korean: Block[], english: Block[]): Pairing {
  const rows = korean.length;
  const cols = english.length;
  // A pair is worth 1, plus a little less than 1/(number of blocks) for a matching shape, so shape
  // only decides between alignments with as many pairs.
  const bonus = 1 / (Math.max(rows, cols) + 1);
  const score = Array.from({length: rows + 1}, () => new Array<number>(cols + 1).fill(0));
  const pairValue = (i: number, j: number) =>
    korean[i].key !== english[j].key
      ? -1
      : 1 + (shapeOf(korean[i]) === shapeOf(english[j]) ? bonus : 0);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = cols - 1; j >= 0; j -= 1) {
      const value = pairValue(i, j);
      score[i][j] = Math.max(
        score[i + 1][j],
        score[i][j + 1],
        value < 0 ? 0 : score[i + 1][j + 1] + value,
      );
    }
  }
  const pairs: Array<[Block, Block]> = [];
  const divergences: Divergence[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    const value = i < rows && j < cols ? pairValue(i, j) : -1;
    if (value >= 0 && score[i][j] === score[i + 1][j + 1] + value) {
      pairs.push([korean[i], english[j]]);
      if (korean[i].links !== english[j].links) {
        divergences.push({
          side: 'korean',
          index: i + 1,
          block: korean[i],
          message: `has ${korean[i].links} link(s) but its English counterpart (line ${english[j].line}) has ${english[j].links}`,
        });
      }
      i += 1;
      j += 1;
    } else if (j >= cols || (i < rows && score[i][j] === score[i + 1][j])) {
      divergences.push({
        side: 'korean',
        index: i + 1,
        block: korean[i],
        message: 'has no English counterpart',
      });
      i += 1;
    } else {
      divergences.push({
        side: 'english',
        index: j + 1,
        block: english[j],
        message: 'has no Korean counterpart',
      });
      j += 1;
    }
  }
  return {pairs, divergences: withHeadingIds(korean, pairs, divergences)};
}

function depthOf(block: Block): number | undefined {
  return (block.node as {depth?: number}).depth;
}

/** The id Docusaurus gives a heading that has none written: a slug of its text. */
function slugOf(block: Block): string {
  return new GithubSlugger().slug(headingText(block.node as Heading));
}

/**
 * A heading's id is what a reader who switches language lands on, so both files must write the
 * same one, the English heading's. Two headings of one level, one on each side, that did not pair
 * only because their ids differ are one mistake, said as such; a pair that writes no id is one too.
 */
function withHeadingIds(
  blocks: Block[],
  pairs: Array<[Block, Block]>,
  divergences: Divergence[],
): Divergence[] {
  const idFix = (english: Block) =>
    `give both headings the English one: end each with {/* #${english.headingId ?? slugOf(english)} */}`;
  const result: Divergence[] = [];
  for (let k = 0; k < divergences.length; k += 1) {
    const [first, second] = [divergences[k], divergences[k + 1]];
    if (
      second &&
      first.side !== second.side &&
      first.block.kind === 'heading' &&
      second.block.kind === 'heading' &&
      depthOf(first.block) === depthOf(second.block)
    ) {
      const [korean, english] = first.side === 'korean' ? [first, second] : [second, first];
      const idOf = (block: Block) => (block.headingId ? `#${block.headingId}` : 'no id');
      result.push({
        ...korean,
        message: `has ${idOf(korean.block)} but its English counterpart (line ${english.block.line}) has ${idOf(english.block)}`,
        fix: idFix(english.block),
      });
      k += 1;
    } else {
      result.push(first);
    }
  }
  for (const [korean, english] of pairs) {
    // The page title (level 1) takes no id: no link or language switch lands on it.
    if (
      korean.kind === 'heading' &&
      (depthOf(korean) ?? 1) > 1 &&
      !korean.headingId &&
      !english.headingId
    ) {
      result.push({
        side: 'korean',
        index: blocks.indexOf(korean) + 1,
        block: korean,
        message: `has no id, nor has its English counterpart (line ${english.line}), so each language would make its own from its text`,
        fix: idFix(english),
      });
    }
  }
  return result;
}

/** UI labels, links and code in a block's text: the same in a faithful translation. */
function shapeOf(block: Block): string {
  if (!block.text) {
    return '';
  }
  const counts = {strong: 0, link: 0, inlineCode: 0};
  const count = (node: Node) => {
    if (node.type in counts) {
      counts[node.type as keyof typeof counts] += 1;
    }
    if ('children' in node) {
      (node as Parent).children.forEach(count);
    }
  };
  block.text.children.forEach(count);
  return `${counts.strong}/${counts.link}/${counts.inlineCode}`;
}

/** One readable line per divergence, naming both files and what to do. */
export function describeDivergence(
  divergence: Divergence,
  koreanFile: string,
  englishFile: string,
): string {
  const {side, index, block, message} = divergence;
  const [file, other] = side === 'korean' ? [koreanFile, englishFile] : [englishFile, koreanFile];
  const what = `block ${index} (${describeBlock(block)})`;
  if (divergence.fix) {
    return `${file}:${block.line}: ${what} ${message}: ${divergence.fix}.`;
  }
  if (message.startsWith('has no')) {
    const fix =
      side === 'korean'
        ? `add its English to ${other}, or remove it here`
        : `translate it into ${other}, or remove it here`;
    return `${file}:${block.line}: ${what} ${message} in ${other}: ${fix}.`;
  }
  return `${file}:${block.line}: ${what} ${message}: give both the same links.`;
}

export function describeBlock(block: Block): string {
  const detail = block.kind === 'heading' ? block.key.replace('heading ', 'level ') : '';
  return `${block.kind}${detail ? ` ${detail}` : ''} '${block.label}'`;
}

/** Splits inline content at its line breaks: one entry per source line (sentence). */
export function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1].push(child);
      continue;
    }
    child.value.split('\n').forEach((part, index) => {
      if (index > 0) {
        lines.push([]);
      }
      if (part !== '') {
        lines[lines.length - 1].push({type: 'text', value: part});
      }
    });
  }
  return lines.filter((line) => line.length > 0);
}

function soleImage(node: Parent): string | undefined {
  const content = node.children.filter(
    (child) => !(child.type === 'text' && (child as {value: string}).value.trim() === ''),
  );
  if (content.length !== 1) {
    return undefined;
  }
  const [only] = content;
  if (only.type === 'image') {
    return only.url;
  }
  if (only.type === 'mdxJsxTextElement' && (only.name === 'img' || only.name === 'Screenshot')) {
    return attribute(only, 'name') ?? attribute(only, 'src') ?? only.name;
  }
  return undefined;
}

/** A string attribute of a JSX element in the Markdown. */
export function attribute(node: {attributes: unknown[]}, name: string): string | undefined {
  for (const attr of node.attributes as Array<{type: string; name?: string; value?: unknown}>) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') {
      return attr.value;
    }
  }
  return undefined;
}

function countLinks(node: Node): number {
  let count = node.type === 'link' ? 1 : 0;
  if ('children' in node) {
    for (const child of (node as Parent).children) {
      count += countLinks(child);
    }
  }
  return count;
}

function labelOf(children: Node[]): string {
  const text = plainText(children).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
