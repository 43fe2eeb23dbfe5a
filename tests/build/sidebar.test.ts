import path from 'node:path';
import sidebars from '../../sidebars';
import {DOCS_DIR, listPages} from '../../lib/content';

type Item = string | {type: string; items?: Item[]; collapsed?: boolean; collapsible?: boolean; link?: {type: string; id?: string}};

function docIds(items: Item[]): string[] {
  return items.flatMap((item) =>
    typeof item === 'string'
      ? [item]
      : [...(item.link?.type === 'doc' && item.link.id ? [item.link.id] : []), ...docIds(item.items ?? [])],
  );
}

function categories(items: Item[]): Exclude<Item, string>[] {
  return items.flatMap((item) => (typeof item === 'string' ? [] : [item, ...categories(item.items ?? [])]));
}

describe('the sidebar', () => {
  const items = Object.values(sidebars)[0] as Item[];
  const pages = listPages(path.join(__dirname, '../..', DOCS_DIR)).map((page) => page.replace(/\.mdx?$/, ''));

  it('lists every page exactly once, listed in sidebar.json or not', () => {
    const ids = docIds(items);
    expect([...ids].sort()).toEqual([...pages].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts collapsed, except categories that cannot collapse (the current page opens its own)', () => {
    for (const category of categories(items)) {
      expect(category.collapsible === false || category.collapsed === true).toBe(true);
    }
  });
});
