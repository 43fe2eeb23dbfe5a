/**
 * A Markdown table has no caption, so it is named after the section it is in (`aria-label`, the
 * text of the h2 or h3 above it): a screen reader that lands on a table, or lists the page's
 * tables, says which one it is. Done when the page compiles, so the name is in the HTML, for a
 * reader without JavaScript and before the scripts run. A table above the first section heading
 * keeps no name, as the page title already says what it is about.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast';
import {visit} from 'unist-util-visit';

/** What a reader sees of a heading: its text, without the English original (a Korean page's). */
function visibleText(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') {
    return node.value;
  }
  if (node.type !== 'element' && node.type !== 'root') {
    // MDX expressions ({/* #id */}) and JSX are not text.
    return '';
  }
  if (node.type === 'element' && hasClass(node, 'english-original')) {
    return '';
  }
  return node.children.map(visibleText).join('');
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

export default function rehypeTableNames() {
  return (tree: Root) => {
    let section: string | undefined;
    visit(tree, 'element', (element) => {
      if (element.tagName === 'h2' || element.tagName === 'h3') {
        section = visibleText(element).replace(/\s+/g, ' ').trim() || undefined;
      } else if (element.tagName === 'table' && section && !element.properties.ariaLabel) {
        element.properties.ariaLabel = section;
      }
    });
  };
}
