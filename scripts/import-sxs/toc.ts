/**
 * A section's table of contents (TOC.md or TOC.yml) → categories of sidebar.json, keeping its
 * order. Entries for pages that are not on the site are skipped, and each skip is reported.
 */
import path from 'node:path';
import yaml from 'js-yaml';
import type {SidebarCategory, SidebarDataItem} from '../../lib/sidebar';
import {Problems} from './problems';

export interface TocEntry {
  label: string;
  href?: string;
  line: number;
  children: TocEntry[];
}

/** `# [Label](page.md)` lines, nested by their number of `#`; or Microsoft's TOC.yml. */
export function parseToc(text: string, file: string, problems: Problems): TocEntry[] {
  if (/\.ya?ml$/i.test(file)) {
    return parseTocYaml(text, problems);
  }
  const roots: TocEntry[] = [];
  const stack: Array<{depth: number; entry: TocEntry}> = [];
  text.split('\n').forEach((raw, index) => {
    const match = /^(#{1,6})\s+(.*?)\s*$/.exec(raw);
    if (!match) {
      if (raw.trim() !== '') {
        problems.warn(index + 1, `"${raw.trim()}" is not a "# [Label](page.md)" line: skipped.`);
      }
      return;
    }
    const link = /^\[(.*)\]\((.*?)\)$/.exec(match[2]);
    const entry: TocEntry = {
      label: (link ? link[1] : match[2]).trim(),
      href: link?.[2].trim(),
      line: index + 1,
      children: [],
    };
    const depth = match[1].length;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) {
      stack.pop();
    }
    (stack.length > 0 ? stack[stack.length - 1].entry.children : roots).push(entry);
    stack.push({depth, entry});
  });
  return roots;
}

function parseTocYaml(text: string, problems: Problems): TocEntry[] {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const yamlError = error as yaml.YAMLException;
    problems.add(
      (yamlError.mark?.line ?? 0) + 1,
      `the TOC is not valid YAML: ${yamlError.reason}.`,
    );
    return [];
  }
  const lines = text.split('\n');
  let searchFrom = 0;
  const lineOf = (name: string) => {
    const index = lines.findIndex((line, i) => i >= searchFrom && line.includes(name));
    if (index !== -1) {
      searchFrom = index;
    }
    return index + 1 || 1;
  };
  const convert = (items: unknown): TocEntry[] =>
    (Array.isArray(items) ? items : []).flatMap((item): TocEntry[] => {
      if (typeof item !== 'object' || item === null) {
        return [];
      }
      const {name, href, items: children} = item as Record<string, unknown>;
      const label = String(name ?? '');
      return [
        {
          label,
          href: typeof href === 'string' ? href : undefined,
          line: lineOf(label),
          children: convert(children),
        },
      ];
    });
  return convert(data);
}

export interface TocSidebar {
  items: SidebarDataItem[];
  /** English labels of the categories, by key. */
  englishLabels: Record<string, string>;
}

export interface TocOptions {
  section: string;
  /** Source name → page name (misspelt or reserved names). */
  pageName: (name: string) => string;
  /** The page's English title, if the page is on the site (or imported in this run). */
  englishTitle: (name: string) => string | undefined;
  /** Doc ids the sidebar data already places outside the categories this TOC replaces. */
  placed: Set<string>;
}

/**
 * The TOC's entries as sidebar items: an entry with children is a category (opening its page, if
 * it links one), one without is a page.
 */
export function tocToSidebar(
  entries: TocEntry[],
  options: TocOptions,
  problems: Problems,
): TocSidebar {
  const englishLabels: Record<string, string> = {};
  const seen = new Set<string>();
  const keys = new Set<string>();
  const skipped: string[] = [];

  const convert = (entry: TocEntry): SidebarDataItem | undefined => {
    let doc: string | undefined;
    let name: string | undefined;
    if (entry.href !== undefined) {
      const page = /^(?:\.\/)?([^/:]+)\.md$/i.exec(entry.href);
      name = page ? options.pageName(page[1].toLowerCase()) : undefined;
      const id = name && `${options.section}/${name}`;
      if (!name || !id || options.englishTitle(name) === undefined) {
        skipped.push(`${entry.line} ${entry.href}`);
      } else if (seen.has(id) || options.placed.has(id)) {
        problems.warn(
          entry.line,
          `${entry.href} is already in the sidebar: listed once, where it first appears.`,
        );
      } else {
        seen.add(id);
        doc = id;
      }
    }
    const items = entry.children
      .map(convert)
      .filter((item): item is SidebarDataItem => item !== undefined);
    if (items.length === 0) {
      if (!doc && entry.href === undefined) {
        problems.warn(
          entry.line,
          `the category "${entry.label}" has no page on the site: left out.`,
        );
      }
      return doc;
    }
    let key = doc && name ? name : `group-${firstDoc(items).split('/').pop()}`;
    // Nested groups can start with the same page: number the outer ones.
    for (let n = 2; keys.has(key); n += 1) {
      key = `${key.replace(/-\d+$/, '')}-${n}`;
    }
    keys.add(key);
    const englishTitle = name && doc ? options.englishTitle(name) : undefined;
    if (englishTitle) {
      englishLabels[key] = englishTitle;
    } else {
      englishLabels[key] = entry.label;
      problems.warn(
        entry.line,
        `the category "${entry.label}" links no page, so it has no English label: write one in i18n/en/docusaurus-plugin-content-docs/current.json, "sidebar.partnerCenter.category.${key}" (it shows the Korean until then).`,
      );
    }
    const category: SidebarCategory = {key, label: entry.label, ...(doc ? {doc} : {}), items};
    return category;
  };

  const items = entries.map(convert).filter((item): item is SidebarDataItem => item !== undefined);
  if (skipped.length > 0) {
    problems.warn(
      1,
      `skipped ${skipped.length} entries whose pages are not on the site (line and link): ${skipped.join(', ')}.`,
    );
  }
  return {items, englishLabels};
}

function firstDoc(items: SidebarDataItem[]): string {
  const first = items[0];
  return typeof first === 'string' ? first : (first.doc ?? firstDoc(first.items));
}

export const TOC_NAMES = /^toc\.(md|ya?ml)$/i;

export function isToc(file: string): boolean {
  return TOC_NAMES.test(path.basename(file));
}
