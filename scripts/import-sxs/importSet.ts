/**
 * Imports a documentation set in one run: every page of a folder (or the files named), with links
 * between them, and the folder's TOC.md / TOC.yml as the sidebar. Each page pair is written whole
 * or not at all; a refused file is reported with its problems and the others go on.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DOCS_DIR, ENGLISH_DOCS_DIR, readFrontMatter} from '../../lib/content';
import {
  listedDocs,
  SIDEBAR_DATA_FILE,
  SIDEBAR_ID,
  type SidebarData,
  type SidebarDataItem,
} from '../../lib/sidebar';
import {
  convertPage,
  displayPath,
  loadData,
  originalAddressOf,
  pageNameOf,
  readSitePages,
  renderPage,
  SECTION,
  type ConvertedPage,
  type OutputPage,
} from './importSxs';
import {Problems, SxsImportError, type Problem} from './problems';
import {isToc, parseToc, tocToSidebar} from './toc';
import {writePages} from './writePages';
import {keptPageReason} from './imported';
import {readImages} from './images';
import {REDIRECTS_FILE, type Redirect} from '../../lib/redirects';

export interface ImportSetOptions {
  /** Folders (every .md in them, and their TOC) or files. */
  sources: string[];
  siteDir: string;
  /** Report only: write nothing. */
  check?: boolean;
  /** Replace pages already on the site that an import wrote and no one has edited since. */
  force?: boolean;
  /** Where to look for images first (`DIR/<locale>/…`, then `DIR/…`). */
  imagesDir?: string;
}

export interface FileResult {
  file: string;
  slug?: string;
  /** `kept`: its page is already on the site and was left as it is (see `force`). */
  status: 'imported' | 'kept' | 'refused';
  problems: Problem[];
  warnings: Problem[];
  /** Files written (or that would be, with check), relative to the site. */
  written: string[];
  /** The source's own address, redirected to the page (its name was not a page name as it was). */
  redirectFrom?: string;
}

export interface ImportSetResult {
  files: FileResult[];
  /** The table of contents, if the set has one: its problems and what changed in the sidebar. */
  toc?: {
    file: string;
    warnings: Problem[];
    problems: Problem[];
    categories: number;
    written: string[];
  };
  /** Redirect files written (redirects.json), when a page's source name was not its page name. */
  redirects: string[];
  /** A folder given that holds no page, with where the pages may be instead. */
  empty: string[];
  /** A folder given whose subfolders hold Markdown files, which were not read. */
  unsearched: string[];
  refused: number;
  timing: {totalMs: number; pages: number};
}

export const ENGLISH_SIDEBAR_FILE = 'i18n/en/docusaurus-plugin-content-docs/current.json';

export function importSet(options: ImportSetOptions): ImportSetResult {
  const started = performance.now();
  const data = loadData();
  const {pages: sources, tocs, empty, unsearched} = expandSources(options.sources);
  const files: FileResult[] = [];
  const converted: ConvertedPage[] = [];
  const bySlug = new Map<string, string>();

  for (const file of sources) {
    // `unable-to-sign-in.ko-KR.sxs.md` → unable-to-sign-in; `Some_Page.md` → some-page
    const sourceName = path.basename(file).split('.')[0];
    const slug = pageNameOf(sourceName, data);
    const result: FileResult = {
      file: displayPath(file),
      slug,
      status: 'refused',
      problems: [],
      warnings: [],
      written: [],
    };
    files.push(result);
    const earlier = bySlug.get(slug);
    if (earlier) {
      result.problems.push({
        file: result.file,
        line: 1,
        message: `${earlier} is imported under the same name, ${slug}: rename one of them (scripts/import-sxs/page-names.json).`,
      });
      continue;
    }
    bySlug.set(slug, result.file);
    // A page already on the site is left as it is: running the same import again is no mistake.
    // --force replaces only a page an import wrote and no one has edited since (imported.ts).
    const kept = keptPageReason(
      options.siteDir,
      {
        korean: `${DOCS_DIR}/${SECTION}/${slug}.mdx`,
        english: `${ENGLISH_DOCS_DIR}/${SECTION}/${slug}.mdx`,
      },
      {force: options.force, outcome: 'left as it is'},
    );
    if (kept !== undefined) {
      result.status = 'kept';
      result.warnings.push({file: result.file, line: 1, message: kept});
      continue;
    }
    try {
      converted.push(convertPage({file, slug, imagesDir: options.imagesDir}, data));
    } catch (error) {
      if (!(error instanceof SxsImportError)) {
        throw error;
      }
      result.problems.push(...error.problems);
    }
  }

  // Links resolve against the site's pages and the pages of this set that can be imported.
  const sitePages = readSitePages(options.siteDir);
  for (const page of converted) {
    sitePages.set(page.slug, page.anchors);
  }
  const englishTitles = new Map(converted.map((page) => [page.slug, page.englishTitle]));
  for (const page of converted) {
    const result = files.find((file) => file.slug === page.slug && file.file === page.display)!;
    const {korean, english} = renderPage(page, sitePages, data);
    const paths = [korean.path, english.path, ...new Set(page.images.map((image) => image.path))];
    if (!options.check) {
      const outputs: OutputPage[] = [korean, english, ...readImages(page.images)];
      writePages(options.siteDir, outputs);
    }
    result.status = 'imported';
    result.written = paths;
    result.warnings = page.problems.warnings;
    result.redirectFrom = originalAddressOf(
      path.basename(page.display).split('.')[0],
      page.slug,
      data,
    );
  }
  const redirects = converted.length > 0 ? importRedirects(files, options) : [];

  let toc: ImportSetResult['toc'];
  if (tocs.length > 0) {
    toc = importToc(tocs[0], options, {
      pageName: (name) => pageNameOf(name, data),
      englishTitle: (name) =>
        englishTitles.get(name) ??
        (sitePages.has(name) ? englishTitleOnSite(options.siteDir, name) : undefined),
    });
    if (tocs.length > 1) {
      toc.warnings.push({
        file: displayPath(tocs[1]),
        line: 1,
        message: `only one table of contents is read per run (${toc.file}): import this folder on its own.`,
      });
    }
  }
  const refused = files.filter((file) => file.status === 'refused').length;
  return {
    files,
    toc,
    redirects,
    empty,
    unsearched,
    refused: refused + (toc && toc.problems.length > 0 ? 1 : 0) + empty.length,
    timing: {totalMs: performance.now() - started, pages: converted.length},
  };
}

/**
 * Merges each renamed page's source address into redirects.json, which docusaurus.config.ts hands
 * to the client-redirects plugin, so links to the Microsoft address keep working (in each locale).
 */
function importRedirects(files: FileResult[], options: ImportSetOptions): string[] {
  const added = files.flatMap((file) =>
    file.status === 'imported' && file.redirectFrom
      ? [{from: file.redirectFrom, to: `/${SECTION}/${file.slug}`}]
      : [],
  );
  if (added.length === 0 || options.check) {
    return [];
  }
  const target = path.join(options.siteDir, REDIRECTS_FILE);
  const existing: Redirect[] = fs.existsSync(target)
    ? JSON.parse(fs.readFileSync(target, 'utf8'))
    : [];
  const merged = [
    ...existing.filter((redirect) => !added.some((entry) => entry.from === redirect.from)),
    ...added,
  ].sort((a, b) => a.from.localeCompare(b.from));
  writePages(options.siteDir, [
    {path: REDIRECTS_FILE, content: `${JSON.stringify(merged, null, 2)}\n`},
  ]);
  return [REDIRECTS_FILE];
}

/** Folders → their .md pages and TOC; files as given. */
/** The Markdown files directly in `folder` (its subfolders are not searched). */
function markdownIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile() && (/\.md$/i.test(file) || isToc(file)));
}

function expandSources(sources: string[]): {
  pages: string[];
  tocs: string[];
  empty: string[];
  unsearched: string[];
} {
  const pages: string[] = [];
  const tocs: string[] = [];
  const empty: string[] = [];
  const unsearched: string[] = [];
  for (const source of sources) {
    const isFolder = fs.existsSync(source) && fs.statSync(source).isDirectory();
    const entries = isFolder ? markdownIn(source) : [source];
    for (const file of entries) {
      (isToc(file) ? tocs : pages).push(file);
    }
    const subfolders = isFolder
      ? fs
          .readdirSync(source)
          .sort()
          .map((name) => path.join(source, name))
          .filter((dir) => fs.statSync(dir).isDirectory() && markdownIn(dir).length > 0)
          .map(displayPath)
      : [];
    if (isFolder && !entries.some((file) => !isToc(file))) {
      empty.push(
        `${displayPath(source)}: no page (.md file) in this folder` +
          (subfolders.length > 0
            ? `; its subfolders are not searched: import ${subfolders.join(' and ')} instead.`
            : ': give the folder that holds the sxs pages.'),
      );
    } else if (subfolders.length > 0) {
      unsearched.push(
        `${displayPath(source)}: its subfolders are not searched (${subfolders.join(', ')}): give them too if they hold pages.`,
      );
    }
  }
  return {pages, tocs, empty, unsearched};
}

function englishTitleOnSite(siteDir: string, name: string): string | undefined {
  for (const extension of ['mdx', 'md']) {
    const file = path.join(siteDir, ENGLISH_DOCS_DIR, SECTION, `${name}.${extension}`);
    if (fs.existsSync(file)) {
      const title = readFrontMatter(fs.readFileSync(file, 'utf8'), file).title;
      return typeof title === 'string' ? title : name;
    }
  }
  return undefined;
}

/**
 * Merges the TOC's categories into sidebar.json (a category with the same key is replaced, new
 * ones are added after the others) and their English labels into current.json.
 */
function importToc(
  file: string,
  options: ImportSetOptions,
  names: {pageName: (name: string) => string; englishTitle: (name: string) => string | undefined},
): NonNullable<ImportSetResult['toc']> {
  const display = displayPath(file);
  const problems = new Problems(display);
  const entries = parseToc(fs.readFileSync(file, 'utf8'), file, problems);
  const dataFile = path.join(options.siteDir, SIDEBAR_DATA_FILE);
  const sidebar: SidebarData = fs.existsSync(dataFile)
    ? JSON.parse(fs.readFileSync(dataFile, 'utf8'))
    : {items: []};
  // First pass: which categories this TOC replaces; the pages the others place stay there.
  const first = tocToSidebar(
    entries,
    {section: SECTION, ...names, placed: new Set()},
    new Problems(display),
  );
  const keys = new Set(first.items.map(keyOf));
  const kept = sidebar.items.filter((item) => !keys.has(keyOf(item)));
  const {items, englishLabels} = tocToSidebar(
    entries,
    {section: SECTION, ...names, placed: listedDocs(kept)},
    problems,
  );
  const merged: SidebarDataItem[] = sidebar.items.map((item) => {
    const replacement = items.find((candidate) => keyOf(candidate) === keyOf(item));
    return replacement ?? item;
  });
  for (const item of items) {
    if (!sidebar.items.some((existing) => keyOf(existing) === keyOf(item))) {
      merged.push(item);
    }
  }
  const written: string[] = [];
  if (problems.list.length === 0 && !options.check) {
    const labelsFile = path.join(options.siteDir, ENGLISH_SIDEBAR_FILE);
    const labels: Record<string, {message: string; description: string}> = fs.existsSync(labelsFile)
      ? JSON.parse(fs.readFileSync(labelsFile, 'utf8'))
      : {};
    const labelOf = new Map<string, string>();
    const walk = (list: SidebarDataItem[]) =>
      list.forEach((item) => {
        if (typeof item !== 'string') {
          labelOf.set(item.key, item.label);
          walk(item.items);
        }
      });
    walk(items);
    for (const [key, message] of Object.entries(englishLabels)) {
      const id = `sidebar.${SIDEBAR_ID}.category.${key}`;
      // A label the maintainer already translated stays; a title taken from a page is refreshed.
      if (labels[id] && labels[id].message !== labelOf.get(key) && message === labelOf.get(key)) {
        continue;
      }
      labels[id] = {
        message,
        description: `The label for category '${labelOf.get(key)}' in sidebar '${SIDEBAR_ID}'`,
      };
    }
    writePages(options.siteDir, [
      {
        path: SIDEBAR_DATA_FILE,
        content: `${JSON.stringify({...sidebar, items: merged}, null, 2)}\n`,
      },
      {path: ENGLISH_SIDEBAR_FILE, content: `${JSON.stringify(labels, null, 2)}\n`},
    ]);
    written.push(SIDEBAR_DATA_FILE, ENGLISH_SIDEBAR_FILE);
  }
  return {
    file: display,
    warnings: problems.warnings,
    problems: problems.list,
    categories: items.filter((item) => typeof item !== 'string').length,
    written,
  };
}

function keyOf(item: SidebarDataItem): string {
  return typeof item === 'string' ? item : item.key;
}
