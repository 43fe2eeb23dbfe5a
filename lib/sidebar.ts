/**
 * The shape of sidebar.json, the one data file the sidebar is built from (sidebars.ts), and that
 * the importer merges a table of contents into.
 */
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
