/**
 * Repairs of what the source's Markdown says against what its writer or translator meant, made
 * before or after parsing so the converter sees the structure the English original has.
 */
import type {Paragraph, Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {onlyImages} from './mdast';
import type {Problems} from './problems';

const SEGMENT = /<span\s+data-(ttu|stu)-id="([^"]*)"[^>]*>([\s\S]*?)<\/span>/g;

/**
 * A pipe table splits its rows at every `|`, even one inside a segment's span, so a translation
 * that put a `|` in its text splits the cell, and its spans no longer close. The English cell is
 * what the table means: escape such a `|` (`\|`, a literal bar in the cell) and warn. Rows are
 * the lines of the tables found, and any line that starts with `|` (a header row broken this way
 * stops the table from being one). Lines and their number stay as they are.
 */
export function escapePipesInSegments(text: string, tree: Root, problems: Problems): string {
  const tableLines = new Set<number>();
  visit(tree, 'table', (table) => {
    for (let line = table.position!.start.line; line <= table.position!.end.line; line += 1) {
      tableLines.add(line);
    }
  });
  return text
    .split('\n')
    .map((line, index) => {
      if (!line.includes('|') || !(tableLines.has(index + 1) || /^[\s>]*\|/.test(line))) {
        return line;
      }
      return line.replace(SEGMENT, (whole: string, kind: string, id: string, inner: string) => {
        const bars = inner.replace(/\\\|/g, '').split('|').length - 1;
        if (bars === 0) {
          return whole;
        }
        const language = kind === 'ttu' ? 'Korean' : 'English';
        problems.warn(
          index + 1,
          `the ${language} of segment ${id} has "|" inside a table cell, which split the cell: the cell keeps the ${kind === 'ttu' ? "English original's" : "table's"} structure and shows the "|" as text. Fix the source: remove the "|" from that segment, or write it as "\\|".`,
        );
        return whole.replace(inner, inner.replace(/(^|[^\\])\|/g, '$1\\|'));
      });
    })
    .join('\n');
}

/**
 * CommonMark ends an HTML block at a blank line, so a `<table>` with blank lines inside arrives in
 * pieces: join everything up to its `</table>` back into one html node.
 */
export function joinHtmlTables(nodes: RootContent[], text: string): RootContent[] {
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
export function joinSplitAlerts(nodes: RootContent[], text: string): RootContent[] {
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
export function repairSplitLists(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    let j = i + 1;
    while (j < nodes.length && nodes[j].type === 'paragraph' && onlyImages(nodes[j] as Paragraph)) {
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
