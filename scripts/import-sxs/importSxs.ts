/**
 * Turns one Microsoft "sxs" localized Markdown file into a Korean page and its English twin, with
 * the same block structure and one segment per line, so the build can pair them block by block and
 * sentence by sentence (plugins/english-original). Nothing is written here: see writePages.ts.
 *
 * It works in two steps so a whole set can be imported in any order: `convertPage` reads and
 * converts one file (and refuses it, with every problem, if it cannot be imported), and
 * `renderPage` writes its links once the pages of the set are known (importSet.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {RootContent} from 'mdast';
import {ENGLISH_DOCS_DIR, DOCS_DIR, hashEnglish, SECTION} from '../../lib/content';
import {Converter} from './convert';
import {importFingerprint, keptPageReason} from './imported';
import {readImages, TO_TRANSLATE, type ImageCopy} from './images';
import {resolveLink, type Language, type SitePages} from './links';
import {parseDocument, stringify} from './markdown';
import {lineOfNode, mapLinks} from './mdast';
import {Problems, type Problem} from './problems';
import {escapePipesInSegments} from './repair';
import {readSource, type SourceFrontMatter} from './source';

export {SECTION, TO_TRANSLATE};

export interface OutputPage {
  /** Relative to the site. */
  path: string;
  content: string | Uint8Array;
}

export interface ImportOptions {
  file: string;
  siteDir: string;
  slug?: string;
  /** Replace a page already on the site, if an import wrote it and no one has edited it since. */
  force?: boolean;
  /** Where to look for images before the source's own folder (`--images DIR`). */
  imagesDir?: string;
}

export interface ImportResult {
  slug: string;
  korean: OutputPage & {content: string};
  english: OutputPage & {content: string};
  /** Images found for the page, copied beside it in each locale. */
  images: OutputPage[];
  warnings: Problem[];
}

interface KnownScreen {
  screenshot: string;
  alt: {en: string};
}

export interface ImporterData {
  knownScreens: Record<string, KnownScreen>;
  /** Source names imported under another name: misspelt, or reserved by Docusaurus. */
  pageNames: Record<string, string>;
}

type Pair<T> = {ko: T; en: T};

/** A page converted from its source, its links not yet resolved. */
export interface ConvertedPage {
  slug: string;
  /** The source file, as problems name it. */
  display: string;
  problems: Problems;
  frontMatter: SourceFrontMatter;
  englishTitle: string;
  body: Pair<RootContent[]>;
  /** Heading ids and `<a name>` anchors, for links to this page. */
  anchors: Set<string>;
  /** Images found for the page, to copy beside it in each locale. */
  images: ImageCopy[];
}

/** Names Docusaurus gives the folder's own route (index.md, README.md, partner-center.md). */
const RESERVED_NAMES = new Set(['index', 'readme', SECTION]);

export function loadData(): ImporterData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, name), 'utf8'));
  return {knownScreens: read('known-screens.json'), pageNames: read('page-names.json')};
}

/**
 * The page name a source file or link name is imported under: lower case, each run of `_` and `-`
 * one hyphen (`Some_page__name` → `some-page-name`), then page-names.json's renames.
 */
export function pageNameOf(sourceName: string, data: ImporterData): string {
  const lower = sourceName.toLowerCase();
  const name = lower.replace(/[_-]+/g, '-').replace(/^-+|-+$/g, '');
  return data.pageNames[lower] ?? data.pageNames[name] ?? name;
}

/**
 * The source's own address, when readers may know it and it differs from the page's: the page
 * is then also reached from it. Not for a difference in case only (docs.microsoft.com ignores
 * case, and on a case-insensitive disk the redirect's file would overwrite the page's), nor for a
 * page-names.json rename (those are chosen by hand, with their redirect in docusaurus.config.ts).
 */
export function originalAddressOf(
  sourceName: string,
  slug: string,
  data: ImporterData,
): string | undefined {
  const lower = sourceName.toLowerCase();
  if (lower === slug || data.pageNames[lower] !== undefined || !/^[\w-]+$/.test(sourceName)) {
    return undefined;
  }
  return `/${SECTION}/${sourceName}`;
}

/** A file as messages name it: relative to the current folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** Reads and converts one file; throws SxsImportError with every problem if it cannot be imported. */
export function convertPage(
  options: {file: string; slug: string; imagesDir?: string; bytes?: Uint8Array},
  data: ImporterData,
): ConvertedPage {
  const display = displayPath(options.file);
  const problems = new Problems(display);
  const {slug} = options;

  let bytes = options.bytes;
  if (!bytes) {
    try {
      bytes = fs.readFileSync(options.file);
    } catch (error) {
      problems.add(1, `cannot read the file (${(error as NodeJS.ErrnoException).code}).`);
      problems.throwIfAny();
      throw error;
    }
  }
  // What the file is comes first: a file that is no sxs page has no page name to check.
  const source = readSource(bytes, problems);
  problems.throwIfAny();
  if (!source) {
    throw new Error('unreachable: readSource reported no problem but returned nothing');
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.add(
      1,
      `"${slug}" cannot be a page name: page names are Latin letters, digits, "-" and "_". Rename the source file, map its name to one in scripts/import-sxs/page-names.json, or import it alone with --slug NAME.`,
    );
  } else if (RESERVED_NAMES.has(slug)) {
    problems.add(
      1,
      `"${slug}" would take the route of the ${SECTION} section itself: give it another name in scripts/import-sxs/page-names.json.`,
    );
  }
  problems.throwIfAny();

  const text = escapePipesInSegments(source.text, parseDocument(source.text), problems);
  const converter = new Converter(problems, data, text, {
    sourceDir: path.dirname(options.file),
    imagesDir: options.imagesDir,
  });
  const body = converter.convertDocument(parseDocument(text));
  if (!converter.englishTitle) {
    problems.add(
      1,
      'the page has no "# " title with its English original: the English page needs it as its title.',
    );
  }
  problems.throwIfAny();
  if (!source.frontMatter.description) {
    problems.warn(1, 'the source has no description; Docusaurus will use the first paragraph.');
  }
  return {
    slug,
    display,
    problems,
    frontMatter: source.frontMatter,
    englishTitle: converter.englishTitle ?? '',
    body,
    anchors: converter.anchors,
    images: converter.images,
  };
}

/** The two pages, with every link resolved against the site's pages (this set's included). */
export function renderPage(
  page: ConvertedPage,
  pages: SitePages,
  data: ImporterData,
): {korean: OutputPage & {content: string}; english: OutputPage & {content: string}} {
  const render = (language: Language) =>
    stringify(
      mapLinks(page.body[language], (link) =>
        resolveLink(link.url, {
          section: SECTION,
          slug: page.slug,
          language,
          pages,
          pageName: (name) => pageNameOf(name, data),
          warn: (message) => {
            // Both languages carry the same links: say it once.
            if (language === 'en') {
              page.problems.warn(lineOfNode(link), message);
            }
          },
        }),
      ),
    );
  const koreanBody = render('ko');
  const englishContent = frontMatterText({title: page.englishTitle}) + render('en');
  const {frontMatter} = page;
  const koreanWith = (imported?: string) =>
    frontMatterText({
      title: frontMatter.title,
      description: frontMatter.description,
      keywords: frontMatter.keywords.length > 0 ? frontMatter.keywords : undefined,
      translation: {
        type: frontMatter.translationType,
        source: hashEnglish(englishContent),
        upstream: Object.keys(frontMatter.upstream).length > 0 ? frontMatter.upstream : undefined,
        // Last, so that the stamp is one line the fingerprint can leave out (imported.ts).
        imported,
      },
    }) + koreanBody;
  const koreanContent = koreanWith(importFingerprint(koreanWith(), englishContent));
  return {
    korean: {path: `${DOCS_DIR}/${SECTION}/${page.slug}.mdx`, content: koreanContent},
    english: {path: `${ENGLISH_DOCS_DIR}/${SECTION}/${page.slug}.mdx`, content: englishContent},
  };
}

/** One file on its own (the set importer, importSet.ts, imports many in one run). */
export function importSxs(options: ImportOptions): ImportResult {
  const data = loadData();
  const slug = options.slug ?? pageNameOf(path.basename(options.file).split('.')[0], data);
  const page = convertPage({file: options.file, slug, imagesDir: options.imagesDir}, data);
  const pages = readSitePages(options.siteDir);
  pages.set(slug, page.anchors);
  const {korean, english} = renderPage(page, pages, data);
  const kept = keptPageReason(
    options.siteDir,
    {korean: korean.path, english: english.path},
    {force: options.force, outcome: 'not replaced'},
  );
  if (kept !== undefined) {
    page.problems.add(1, `${kept} Or import it under another name with --slug NAME.`);
  }
  page.problems.throwIfAny();
  return {
    slug,
    korean,
    english,
    images: readImages(page.images),
    warnings: page.problems.warnings,
  };
}

/** The section's pages already on the site (both files present), with their heading ids. */
export function readSitePages(siteDir: string): SitePages {
  const pages: SitePages = new Map();
  const dir = path.join(siteDir, DOCS_DIR, SECTION);
  if (!fs.existsSync(dir)) {
    return pages;
  }
  for (const file of fs.readdirSync(dir)) {
    const match = /^(.+)\.mdx?$/.exec(file);
    if (!match || !fs.existsSync(path.join(siteDir, ENGLISH_DOCS_DIR, SECTION, file))) {
      continue;
    }
    const content = fs.readFileSync(path.join(dir, file), 'utf8');
    const ids = [...content.matchAll(/\{\/\*\s*#([^\s*]+)\s*\*\/\}|<a id="([^"\s]+)"/g)].map(
      (found) => found[1] ?? found[2],
    );
    pages.set(match[1], new Set(ids));
  }
  return pages;
}

function frontMatterText(frontMatter: Record<string, unknown>): string {
  const yamlText = yaml.dump(JSON.parse(JSON.stringify(frontMatter)), {lineWidth: -1});
  return `---\n${yamlText}---\n\n`;
}
