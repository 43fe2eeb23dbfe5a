/**
 * Splits an HTML `<table>` of a side-by-side page into its cells' Korean and English, cell by
 * cell (./segments.ts splits each cell's lines).
 */
import type {Element, ElementContent, Root} from 'hast';
import type {Problems} from './problems';
import {
  lineOf,
  parseSegments,
  splitBlock,
  type BlockText,
  type Context,
  type Point,
  type SegmentRegistry,
} from './segments';

/** An HTML table's cells, row by row; each cell is a list of lines (a `<br>`, paragraph or item each). */
export type TableText = BlockText[][][];

const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'pre']);

/**
 * Splits an HTML `<table>` (blank lines, lists, line breaks and spans inside its cells allowed)
 * into its cells' Korean and English, cell by cell, so both tables keep the same shape.
 */
export function splitTable(
  html: string,
  start: Point,
  problems: Problems,
  registry: SegmentRegistry,
): TableText | undefined {
  const context: Context = {problems, registry, start};
  const parsed = parseSegments(html, context);
  if (!parsed) {
    return undefined;
  }
  const {tree} = parsed;
  html = parsed.html;
  const rows: Element[] = [];
  const collectRows = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'element') {
        if (child.tagName === 'tr') {
          rows.push(child);
        } else if (child.tagName !== 'td' && child.tagName !== 'th') {
          collectRows(child);
        }
      }
    }
  };
  collectRows(tree);
  const pointAt = (offset: number): Point => {
    const before = html.slice(0, offset).split('\n');
    return {
      line: start.line + before.length - 1,
      column: before.length === 1 ? start.column + offset : before[before.length - 1].length + 1,
    };
  };
  return rows.map((row) =>
    row.children
      .filter(
        (cell): cell is Element =>
          cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
      )
      .map((cell) => {
        if (Number(cell.properties.colSpan ?? 1) > 1 || Number(cell.properties.rowSpan ?? 1) > 1) {
          problems.warn(
            lineOf(cell, context),
            'a table cell spans several columns or rows: the imported table gives it one cell; check the table reads well.',
          );
        }
        return cellLines(cell.children).flatMap(({from, to, prefix}) => {
          const block = splitBlock(html.slice(from, to), pointAt(from), ' ', problems, registry);
          return block && (block.ko !== '' || block.en !== '')
            ? [{...block, ko: prefix + block.ko, en: prefix + block.en}]
            : [];
        });
      }),
  );
}

/** The source ranges of a cell's lines: inline content runs until a `<br>` or a block element. */
function cellLines(nodes: ElementContent[]): Array<{from: number; to: number; prefix: string}> {
  const lines: Array<{from: number; to: number; prefix: string}> = [];
  let current: {from: number; to: number; prefix: string} | undefined;
  let prefix = '';
  const flush = () => {
    if (current) {
      lines.push(current);
    }
    current = undefined;
  };
  const walk = (children: ElementContent[]) => {
    for (const node of children) {
      if (node.type === 'element' && node.tagName === 'br') {
        flush();
        continue;
      }
      if (node.type === 'element' && CELL_BLOCKS.has(node.tagName)) {
        flush();
        if (node.tagName === 'li') {
          prefix = '• ';
        }
        walk(node.children);
        flush();
        continue;
      }
      const position = node.position;
      if (!position || (node.type === 'text' && node.value.trim() === '' && !current)) {
        continue;
      }
      const from = position.start.offset ?? 0;
      const to = position.end.offset ?? 0;
      if (current) {
        current.to = to;
      } else {
        current = {from, to, prefix};
        prefix = '';
      }
    }
  };
  walk(nodes);
  flush();
  return lines;
}
