/**
 * A segment's Markdown as inline mdast, parsed as inline only, with what could run code removed
 * (the build sanitizes again, but an import should not write it).
 */
import type {PhrasingContent} from 'mdast';
import {isSafeUrl} from '../../plugins/rehype-sanitize-html';
import {parseInline} from './markdown';
import type {Problems} from './problems';

/** Segment Markdown → phrasing nodes, with anything unsafe removed. */
export function inlineMarkdown(
  markdown: string,
  line: number,
  problems: Problems,
): PhrasingContent[] {
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
  return clean(phrasing, line, problems);
}

function clean(nodes: PhrasingContent[], line: number, problems: Problems): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'html':
        // Raw HTML written as text (for example an entity-escaped tag) stays text.
        return [{type: 'text', value: node.value}];
      case 'link': {
        const children = clean(node.children, line, problems);
        if (node.url.trim() === '') {
          problems.warn(line, 'a link without an address: its text stays, without the link.');
          return children;
        }
        if (!isSafeUrl(node.url)) {
          problems.warn(
            line,
            `removed the link address ${JSON.stringify(node.url)}: it could run code. The link text stays.`,
          );
          return children;
        }
        // Resolved by renderPage, once the pages of the set are known.
        return [{type: 'link', url: node.url, title: node.title, children, data: {line} as never}];
      }
      case 'image':
        if (!isSafeUrl(node.url)) {
          problems.warn(line, `removed an image with an unsafe address (${node.url}).`);
          return [];
        }
        return [node];
      default:
        if ('children' in node) {
          return [
            {
              ...node,
              children: clean(node.children as PhrasingContent[], line, problems),
            } as PhrasingContent,
          ];
        }
        return [node];
    }
  });
}
