/**
 * Post-build step: index the production build with Pagefind, one index per language (Pagefind
 * splits by <html lang>), written to build/pagefind/. Only elements marked data-pagefind-body are
 * indexed (doc articles; see src/theme/DocItem/Content), so navbar, sidebar, TOC and footer stay
 * out. Also writes build/search/lexicon.json, the search data the browser fetches with Pagefind.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {Element, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {CONTINUE, EXIT, visit} from 'unist-util-visit';
import {listFiles} from './files';
import {scanHtml} from './html';
import tunePagefindBundle from './pagefind-bundle';
import storeDecompressed from './pagefind-files';
import {GLUED_META} from '../../src/search/indexAttributes';
import {type SearchFile, lexiconToJson} from '../../src/search/lexicon';
import {siteLexicon} from '../../src/search/siteLexicon';
import {WHOLE_WORD} from '../../src/search/understand';

// Pagefind ships ready-made UIs and a web worker; the site has its own UI (src/theme/SearchBar)
// and searches on the main thread (pagefindOptions in src/search/pagefindOptions.ts), so these are not
// published.
const UNUSED_BUNDLE_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * On a small site a language's whole index and all its pages' fragments are a few dozen KB: they
 * are preloaded with the rest, so a query pasted the moment search opens does not wait for them
 * one round trip after another. Past this size (on disk, together) they are fetched as queries
 * need them.
 */
export const PRELOAD_INDEX_BYTES = 48 * 1024;

interface PagefindEntry {
  languages: Record<string, {hash: string; wasm: string | null; page_count: number}>;
}

/**
 * For each language of the index, the files under pagefind/ (relative to it) that its first
 * search needs: its WebAssembly and metadata always; its index chunks and page fragments while
 * they fit PRELOAD_INDEX_BYTES.
 */
async function preloadLists(outputPath: string, entry: PagefindEntry) {
  const sized = async (dir: string) =>
    Promise.all(
      (await fs.readdir(path.join(outputPath, dir))).sort().map(async (name) => ({
        file: `${dir}/${name}`,
        name,
        bytes: (await fs.stat(path.join(outputPath, dir, name))).size,
      })),
    );
  const chunks = await sized('index');
  const fragments = await sized('fragment');
  return Object.fromEntries(
    Object.entries(entry.languages).map(([lang, {hash, wasm}]) => {
      const own = (files: typeof chunks) => files.filter((f) => f.name.startsWith(`${lang}_`));
      const files = [`wasm.${wasm ?? 'unknown'}.pagefind`, `pagefind.${hash}.pf_meta`];
      let budget = PRELOAD_INDEX_BYTES;
      for (const group of [own(chunks), own(fragments)]) {
        const bytes = group.reduce((sum, f) => sum + f.bytes, 0);
        if (bytes > budget) {
          break;
        }
        budget -= bytes;
        files.push(...group.map((f) => f.file));
      }
      return [lang, files];
    }),
  );
}

/**
 * The search data, compiled here (every form of the table stemmed and normalised, which took
 * the browser about 16 ms on the reader's first search), as one compact JSON file (SearchFile in
 * src/search/lexicon.ts). It is fetched, not bundled: in a JavaScript bundle every Hangul character
 * would be escaped to six bytes.
 */
async function writeSearchData(buildDir: string, entry: PagefindEntry): Promise<void> {
  const data: SearchFile = {
    lexicon: lexiconToJson(siteLexicon()),
    preload: await preloadLists(path.join(buildDir, 'pagefind'), entry),
  };
  await fs.mkdir(path.join(buildDir, 'search'), {recursive: true});
  await fs.writeFile(path.join(buildDir, 'search', 'lexicon.json'), JSON.stringify(data));
}

// Sections that link to other pages rather than say anything: their words are other pages'
// titles, so indexing them sends searches to the wrong page. By heading id, as the pages write them
// in both languages ("See more" / "자세히 보기", and in Microsoft's docs "See also" / "참고 항목",
// "Next steps" / "다음 단계", "Related topics" / "관련 항목"...); a repeated heading gets "-1", "-2".
const LINK_SECTIONS = [
  'see-more',
  'see-also',
  'next-steps',
  'related-topics',
  'related-articles',
  'related-content',
  'related-resources',
  'additional-resources',
  'learn-more',
];
const LINK_SECTION_ID = new RegExp(`^(?:${LINK_SECTIONS.join('|')})(?:-\\d+)?$`);

const HEADING = /^h[1-6]$/;

/**
 * Marks each link section (its heading and everything up to the next heading of the same or a
 * higher level) data-pagefind-ignore.
 */
function ignoreLinkSectionsIn(tree: Root): void {
  visit(tree, 'element', (node) => {
    const headingAt = node.children.findIndex(
      (child) =>
        child.type === 'element' &&
        HEADING.test(child.tagName) &&
        LINK_SECTION_ID.test(String(child.properties.id)),
    );
    if (headingAt < 0) {
      return;
    }
    const level = Number((node.children[headingAt] as Element).tagName[1]);
    for (const sibling of node.children.slice(headingAt)) {
      if (sibling.type !== 'element') {
        continue;
      }
      if (
        sibling !== node.children[headingAt] &&
        HEADING.test(sibling.tagName) &&
        Number(sibling.tagName[1]) <= level
      ) {
        break;
      }
      sibling.properties.dataPagefindIgnore = 'all';
    }
  });
}

/**
 * Korean glues particles to Latin words (PEC는, CSP를), and Pagefind indexes each as one word, so
 * a search for the whole word "PEC" (how search reads acronyms: `wholeWord` in
 * src/search/understand.ts) would not find that page. The acronyms a page glues are listed,
 * each once, in a metadata field that Pagefind matches and that adds nothing to a page's score
 * (GLUED_META, weight 0 in pagefindOptions): the page text and its excerpts stay as written.
 */
const GLUED = /(?<![\p{L}\p{N}])([A-Za-z0-9]+)(?=\p{Script=Hangul})/gu;

function addGluedWordsTo(tree: Root): void {
  const glued = new Set<string>();
  visit(tree, 'text', (node) => {
    for (const [, word] of node.value.matchAll(GLUED)) {
      // Only what search reads as a whole word; longer words are searched as prefixes anyway.
      if (WHOLE_WORD.test(word!.toLowerCase())) {
        glued.add(word!.toLowerCase());
      }
    }
  });
  const body = tree.children.find((node) => node.type === 'element');
  if (glued.size > 0 && body?.type === 'element') {
    body.children.push({
      type: 'element',
      tagName: 'span',
      properties: {dataPagefindMeta: `${GLUED_META}[data-glued]`, dataGlued: [...glued].join(' ')},
      children: [],
    });
  }
}

/**
 * The words of a link to another page of the site name that page ("see how to get a new Global
 * admin"), not what this one is about, as anchor text does in web search. They are indexed at
 * this weight (Pagefind's default for text is 1), so a page that only points to the answer
 * counts for less than the answer. Tuned on the dev sets: 0, 0.1, 0.25 and 0.5 at 15,000 scorings;
 * 0.1, 0.25, 0.5 and 1 at 95,750, where 0.1 and 0.25 were level and 1 worst
 * (tests/data/rounds/SCORES.md).
 * Links within the page and to other sites keep their weight.
 */
export const LINK_TEXT_WEIGHT = 0.25;

const OTHER_SITE_OR_SAME_PAGE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

function weighLinksToOtherPagesIn(tree: Root): void {
  // The page's own address, from its `url` metadata element (searchMetaElements).
  let own: string | undefined;
  visit(tree, 'element', (node) => {
    if (typeof node.properties.dataUrl !== 'string') {
      return CONTINUE;
    }
    own = node.properties.dataUrl;
    return EXIT;
  });
  visit(tree, 'element', (node, index, parent) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (
      typeof href === 'string' &&
      href !== '' &&
      !OTHER_SITE_OR_SAME_PAGE.test(href) &&
      href.split('#')[0] !== own
    ) {
      node.properties.dataPagefindWeight = String(LINK_TEXT_WEIGHT);
      if (parent && index !== undefined) {
        keepWordWhole(node, parent.children, index);
      }
    }
  });
}

/**
 * Pagefind starts a new word where a weighted element starts or ends, and its excerpts show a space
 * there: "사용자 암호 재설정 에 나온", "follow Reset my password ." The rest of a word that runs into
 * or out of the link (a particle, punctuation) is moved inside it, in the copy Pagefind indexes, so
 * the word stays whole, as the reader sees it.
 */
function keepWordWhole(link: Element, siblings: (Root | Element)['children'], at: number): void {
  const before = siblings[at - 1];
  if (before?.type === 'text') {
    const run = /\S+$/.exec(before.value)?.[0];
    if (run) {
      before.value = before.value.slice(0, -run.length);
      link.children.unshift({type: 'text', value: run});
    }
  }
  const after = siblings[at + 1];
  if (after?.type === 'text') {
    const run = /^\S+/.exec(after.value)?.[0];
    if (run) {
      after.value = after.value.slice(run.length);
      link.children.push({type: 'text', value: run});
    }
  }
}

/** Offsets of the element Pagefind indexes (`data-pagefind-body`), end tag included. */
function indexedRange(html: string): {start: number; end: number} | undefined {
  let open: {start: number; depth: number} | undefined;
  let range: {start: number; end: number} | undefined;
  scanHtml(html, {
    open({attributes, start, depth}) {
      if (!open && !range && attributes['data-pagefind-body'] !== undefined) open = {start, depth};
    },
    close({depth, end}) {
      if (open && depth === open.depth) {
        range = {start: open.start, end};
        open = undefined;
      }
    },
  });
  return range;
}

/**
 * The copy of a page that Pagefind indexes. Only the part Pagefind reads (`data-pagefind-body`)
 * is parsed, so the cost follows the article, not the sidebar every page carries; it is written
 * back with every end tag, its link sections marked data-pagefind-ignore, and its links to other
 * pages weighed at LINK_TEXT_WEIGHT.
 *
 * The end tags matter: Docusaurus's minifier drops the optional ones (`<td>Name<td>Owner`), and
 * Pagefind then runs neighbouring cells and list items together ("NameOwner"), which loses both
 * words to search. The site itself is not changed.
 */
export function pageForIndex(html: string): string {
  const range = indexedRange(html);
  if (!range) {
    return html;
  }
  const tree = fromHtml(html.slice(range.start, range.end), {fragment: true});
  ignoreLinkSectionsIn(tree);
  weighLinksToOtherPagesIn(tree);
  addGluedWordsTo(tree);
  return html.slice(0, range.start) + toHtml(tree) + html.slice(range.end);
}

/** Every HTML file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.relative(dir, file));
}

/** The <html lang> of each locale's home page: the languages the index must cover. */
async function builtLanguages(buildDir: string): Promise<string[]> {
  const homes = [path.join(buildDir, 'index.html')];
  for (const entry of await fs.readdir(buildDir, {withFileTypes: true})) {
    if (entry.isDirectory()) {
      homes.push(path.join(buildDir, entry.name, 'index.html'));
    }
  }
  const languages = new Set<string>();
  for (const home of homes) {
    const html = await fs.readFile(home, 'utf8').catch(() => '');
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (lang) {
      languages.add(lang.toLowerCase());
    }
  }
  return [...languages];
}

/**
 * Indexes `buildDir` into `buildDir/pagefind/`; fails when a language of the site has no pages in
 * the index (a doc page lost its data-pagefind-body, or its <html lang>).
 * @returns pages indexed per language
 */
export default async function buildSearchIndex(
  buildDir: string,
  {log = console.log}: {log?: (message: string) => void} = {},
): Promise<Record<string, number>> {
  // Pagefind ships only an ES module: imported, not required, from this CommonJS code.
  const pagefind = await import('pagefind');
  const outputPath = path.join(buildDir, 'pagefind');
  await fs.rm(outputPath, {recursive: true, force: true});
  try {
    // Buttons and dialogs inside articles are controls (a screenshot's zoom button and its
    // enlarged copy), and heading hash links are a zero-width space: not text to search.
    const {index, errors} = await pagefind.createIndex({
      excludeSelectors: ['button', 'dialog', '.hash-link'],
    });
    if (!index) {
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    // One page at a time, in order: Pagefind's output depends on the order pages are added, and
    // the index should be the same for the same build (four at a time saved 10%).
    for (const file of await htmlFiles(buildDir)) {
      const html = await fs.readFile(path.join(buildDir, file), 'utf8');
      // Pagefind skips pages without data-pagefind-body once any page has it: no need to parse them.
      const content = html.includes('data-pagefind-body') ? pageForIndex(html) : html;
      const added = await index.addHTMLFile({sourcePath: file, content});
      if (added.errors.length > 0) {
        throw new Error(`Pagefind failed to index ${file}: ${added.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({outputPath});
    if (written.errors.length > 0) {
      throw new Error(`Pagefind failed to write ${outputPath}: ${written.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((f) => fs.rm(path.join(outputPath, f), {force: true})));
  await tunePagefindBundle(path.join(outputPath, 'pagefind.js'));
  const entry = JSON.parse(
    await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'),
  ) as PagefindEntry;
  // The preload lists weigh the files as Pagefind compressed them, about as the server sends them;
  // only then are they stored decompressed.
  await writeSearchData(buildDir, entry);
  await storeDecompressed(outputPath);

  const pages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
  );
  const missing = (await builtLanguages(buildDir)).filter((lang) => !(pages[lang] > 0));
  if (missing.length > 0) {
    throw new Error(
      `The search index has no pages in ${missing.join(', ')} (indexed: ${JSON.stringify(pages)}). ` +
        'Doc pages must render data-pagefind-body (src/theme/DocItem/Content) inside <html lang>.',
    );
  }
  log(
    `[search] indexed ${Object.entries(pages)
      .map(([lang, n]) => `${n} ${lang} pages`)
      .join(', ')}`,
  );
  return pages;
}
