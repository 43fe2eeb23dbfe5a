/**
 * The sidebar comes from one data file, sidebar.json: the categories in order (each with a stable
 * `key`, its Korean label and, optionally, the page it opens), and the pages in each. English
 * category labels are in i18n/en/docusaurus-plugin-content-docs/current.json
 * (`sidebar.partnerCenter.category.<key>`). `npm run import:sxs` merges a section's table of
 * contents into both files.
 *
 * A page the data file does not list is still in the sidebar, after the listed ones (by
 * sidebar_position, then title), so adding a page needs only its two files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {DOCS_DIR, listPages, readFrontMatter} from './lib/content';
import data from './sidebar.json';
import {listedDocs, SIDEBAR_ID, type SidebarData, type SidebarDataItem} from './lib/sidebar';

type SidebarItemConfig = SidebarsConfig[string] extends infer S
  ? S extends (infer I)[]
    ? I
    : never
  : never;

function toItems(items: SidebarDataItem[]): SidebarItemConfig[] {
  return items.map((item): SidebarItemConfig =>
    typeof item === 'string'
      ? item
      : {
          type: 'category' as const,
          key: item.key,
          label: item.label,
          ...(item.collapsible === false ? {collapsible: false} : {collapsed: true}),
          ...(item.doc
            ? {link: {type: 'doc' as const, id: item.doc}}
            : item.link
              ? {link: item.link}
              : {}),
          items: toItems(item.items),
        },
  );
}

/** Korean pages the data file does not list, by sidebar_position and then title. */
function unlistedDocs(listed: Set<string>): string[] {
  const dir = path.join(__dirname, DOCS_DIR);
  return listPages(dir)
    .map((file) => {
      const frontMatter = readFrontMatter(
        fs.readFileSync(path.join(dir, file), 'utf8'),
        path.join(DOCS_DIR, file),
      );
      const id =
        typeof frontMatter.id === 'string'
          ? path.posix.join(path.posix.dirname(file), frontMatter.id)
          : file.replace(/\.mdx?$/, '');
      return {
        id,
        position: Number(frontMatter.sidebar_position ?? Number.POSITIVE_INFINITY),
        title: String(frontMatter.sidebar_label ?? frontMatter.title ?? id),
      };
    })
    .filter((doc) => !listed.has(doc.id))
    .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title, 'ko'))
    .map((doc) => doc.id);
}

const sidebarData = data as SidebarData;

const sidebars = {
  [SIDEBAR_ID]: [...toItems(sidebarData.items), ...unlistedDocs(listedDocs(sidebarData.items))],
} satisfies SidebarsConfig;

export default sidebars;
