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
import matter from 'gray-matter';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {DOCS_DIR, listPages} from './plugins/english-original/translation';
import data from './sidebar.json';

type SidebarItemConfig = SidebarsConfig[string] extends infer S ? (S extends (infer I)[] ? I : never) : never;

export const SIDEBAR_ID = 'partnerCenter';
export const SIDEBAR_DATA_FILE = 'sidebar.json';

/** A category of sidebar.json. */
export interface SidebarCategory {
  /** Stable: the English label's translation id is `sidebar.partnerCenter.category.<key>`. */
  key: string;
  /** The Korean label. */
  label: string;
  /** The page the category opens, if any (a doc id). */
  doc?: string;
  /** Or a generated index of its pages. */
  link?: {type: 'generated-index'; slug: string; title: string; description: string};
  /** false: always open (the sign-in category); otherwise collapsed unless the current page is in it. */
  collapsible?: boolean;
  items: SidebarDataItem[];
}

/** A doc id (`partner-center/reset-my-password`) or a category. */
export type SidebarDataItem = string | SidebarCategory;

export interface SidebarData {
  items: SidebarDataItem[];
}

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

export function listedDocs(items: SidebarDataItem[]): Set<string> {
  const ids = new Set<string>();
  const walk = (list: SidebarDataItem[]) => {
    for (const item of list) {
      if (typeof item === 'string') {
        ids.add(item);
      } else {
        if (item.doc) {
          ids.add(item.doc);
        }
        walk(item.items);
      }
    }
  };
  walk(items);
  return ids;
}

/** Korean pages the data file does not list, by sidebar_position and then title. */
function unlistedDocs(listed: Set<string>): string[] {
  const dir = path.join(__dirname, DOCS_DIR);
  return listPages(dir)
    .map((file) => {
      const {data: frontMatter} = matter(fs.readFileSync(path.join(dir, file), 'utf8'));
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
  [SIDEBAR_ID]: [
    ...toItems(sidebarData.items),
    ...unlistedDocs(listedDocs(sidebarData.items)),
  ],
} satisfies SidebarsConfig;

export default sidebars;
