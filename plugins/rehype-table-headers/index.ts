/**
 * A header cell with no text is not a header: it becomes a data cell. Imported tables often leave
 * the corner cell (or a column's) empty, and an empty `<th>` gives a screen reader nothing to
 * announce for the cells under it (axe: empty-table-header). The English original beside a Korean
 * cell does not count as text when it is empty too.
 */
import type {Root} from 'hast';
import {visit} from 'unist-util-visit';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

function text(node: Node): string {
  return (node.value ?? '') + (node.children ?? []).map(text).join('');
}

export default function rehypeTableHeaders() {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      if (element.tagName === 'th' && text(element as Node).trim() === '') {
        element.tagName = 'td';
      }
    });
  };
}
