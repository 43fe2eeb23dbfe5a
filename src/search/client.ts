/**
 * Loads search in the browser, once, on the first sign that the reader is about to search (the
 * pointer on the search button or box, focus on it, the shortcut's Ctrl/⌘): the query layer (its
 * own chunk), the search data (synonyms, Korean endings, English contractions, compiled by the
 * post-build step into <site root>/search/lexicon.json) and Pagefind. Nothing of them is in the page's
 * bundles. pagefind.js is imported at run time from the index in <site root>/pagefind/; it
 * compiles WebAssembly, so a Content-Security-Policy must allow script-src 'self' 'wasm-unsafe-eval'.
 *
 * A query pasted the moment search opens waits for all of it, so everything starts at once: the
 * search data lists the Pagefind files this language's first search needs (its WebAssembly, its
 * metadata and, on a small site, its index and page fragments), and they are preloaded as soon as
 * it arrives, while pagefind.js is still on its way, instead of one after another as Pagefind
 * would ask for them. On the home page, where search is the main control, the same files are
 * prefetched once the page is idle (prefetchSearch); Pagefind starts only when search opens.
 */
import type {Pagefind} from './engine';
import {whenIdle} from './idle';
import {pagefindOptions} from './pagefindOptions';
import {withTermCache} from './termCache';
import type {Lexicon, SearchFile} from './lexicon';
import {vocabularyFile} from './files';

type Engine = typeof import('./engine');

export interface LoadedSearch {
  engine: Engine;
  pagefind: Pagefind;
  lexicon: Lexicon;
}

/** Where the site's search files are, under the site root (the default locale's base URL). */
export function searchUrls(siteBase: string): {
  pagefind: string;
  bundle: string;
  lexicon: string;
  vocabulary: (language: string) => string;
} {
  return {
    pagefind: `${siteBase}pagefind/`,
    bundle: `${siteBase}pagefind/pagefind.js`,
    lexicon: `${siteBase}search/lexicon.json`,
    vocabulary: (language) => `${siteBase}search/${vocabularyFile(language)}`,
  };
}

async function fetchData(url: string): Promise<SearchFile> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${response.status} fetching ${url}`);
  }
  return (await response.json()) as SearchFile;
}

/** `npm start` serves no index: the post-build step only runs after a production build. */
export function isIndexBuilt(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** The index Pagefind picks for this page: its <html lang>, lower-cased. */
function pagefindLanguage(): string {
  return document.documentElement.lang.toLowerCase() || 'unknown';
}

type Hint = 'preload' | 'prefetch';

/**
 * Asks for `href` now, for a later fetch() or import() of the same URL to take. A preload
 * (search is opening) comes at once, and its response is kept for the page whatever its
 * Cache-Control says; a prefetch (nobody asked yet) comes when the network is otherwise idle, into
 * the browser's cache, and nothing of it runs.
 */
function hint(rel: Hint, href: string): void {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    link.as = 'fetch';
    // fetch()'s own mode and credentials, or the preload would not be taken.
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

interface SearchFiles {
  siteBase: string;
  /** Pagefind asks for its entry file with a cache-busting tag; this one, the same for the page. */
  metaCacheTag: string;
  data: Promise<SearchFile>;
  engine: Promise<Engine>;
  /** How the Pagefind files were asked for, or nothing yet. */
  hinted?: Hint;
  /** Settles once every Pagefind file the first search needs has its preload in the page. */
  preloaded?: Promise<void>;
}

let files: SearchFiles | undefined;

/**
 * Asks for the search files (once per site): the search data and the query layer at once; the
 * Pagefind files this language's first search needs as a preload or a prefetch. A preload after a
 * prefetch asks again; what the prefetch already brought then comes from the cache.
 */
function requestFiles(siteBase: string, rel: Hint): SearchFiles {
  if (files?.siteBase !== siteBase) {
    files = {
      siteBase,
      metaCacheTag: String(Date.now()),
      data: fetchData(searchUrls(siteBase).lexicon),
      // One import() of the query layer: the bundler makes a chunk for each place that imports it.
      engine: import('./engine'),
    };
    // A failed fetch (offline, a missing index) is tried again next time.
    const failed = files;
    Promise.all([failed.data, failed.engine]).catch(() => {
      if (files === failed) {
        files = undefined;
      }
    });
  }
  const asked = files;
  if (asked.hinted !== 'preload' && asked.hinted !== rel) {
    asked.hinted = rel;
    const urls = searchUrls(siteBase);
    hint(rel, `${urls.pagefind}pagefind-entry.json?ts=${asked.metaCacheTag}`);
    if (rel === 'prefetch') {
      hint(rel, urls.bundle);
    }
    const hinted = asked.data
      .then((file) => {
        for (const name of file.preload[pagefindLanguage()] ?? []) {
          hint(rel, urls.pagefind + name);
        }
      })
      .catch(() => {});
    if (rel === 'preload') {
      asked.preloaded = hinted;
    }
  }
  return asked;
}

/**
 * For a page where search is the main control, once it is idle: brings the search files into the
 * browser's cache, so that the first query does not wait for the network. Only the query layer's
 * chunk is evaluated and the search data parsed (a few ms); Pagefind does not start (no
 * WebAssembly, no index read), so the page stays as quick to respond as it was.
 */
export function prefetchSearch(siteBase: string): void {
  requestFiles(siteBase, 'prefetch');
}

let segmenterLoaded = false;

/**
 * Pagefind splits every query into characters with an Intl.Segmenter. The first one a page makes
 * loads the browser's text-boundary data: 10 to 16 ms on this machine, which the first search
 * would otherwise wait for. Made once, as search starts loading, while its files are on their way.
 * Not at the home page's idle prefetch: there it was a task of 60 to 110 ms on a CPU slowed four
 * times (a long task, which a phone's reader could feel), and the cold first search met its target
 * without it.
 */
function loadSegmenter(): void {
  if (!segmenterLoaded && typeof Intl.Segmenter === 'function') {
    segmenterLoaded = true;
    new Intl.Segmenter(document.documentElement.lang || undefined, {granularity: 'grapheme'});
  }
}

/**
 * Before the first query, searches the words of the first concept in the search data (signing
 * in): the index chunks that hold them arrive, and on a small site, whose pages' fragments are
 * preloaded, every page they find is read too (reading even a preloaded fragment takes a trip to
 * the browser's cache, 5 to 25 ms, which a query would otherwise wait for). Pagefind's WebAssembly,
 * its decompression and its excerpts then run for the first time here, not on the reader's first
 * query.
 *
 * Only while the reader is still to search: it waits for the browser to be idle, and a query
 * that came first (pasted the moment search opened) has done that work itself. Pagefind runs on
 * the page's one thread, so a warm-up started first would hold that query up.
 */
function warmUp(pagefind: Pagefind, file: SearchFile): void {
  const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'ko';
  const readPages = (file.preload[pagefindLanguage()] ?? []).some((f) => f.startsWith('fragment/'));
  for (const term of file.lexicon.groups[0]?.search[locale] ?? []) {
    const searched = readPages ? pagefind.search(term) : pagefind.preload?.(term);
    Promise.resolve(searched)
      .then((response) => Promise.all((response?.results ?? []).map((result) => result.data())))
      .catch(() => {});
  }
}

const vocabularies = new Map<string, Promise<readonly string[]>>();

/**
 * This language's words (src/search/spelling.ts), fetched once, when a search first finds
 * nothing; a failed fetch is tried again next time.
 */
export function loadVocabulary(siteBase: string): Promise<readonly string[]> {
  const url = searchUrls(siteBase).vocabulary(pagefindLanguage());
  let words = vocabularies.get(url);
  if (!words) {
    words = fetch(url).then(async (response) => {
      if (!response.ok) {
        throw new Error(`${response.status} fetching ${url}`);
      }
      return (await response.json()) as string[];
    });
    words.catch(() => vocabularies.delete(url));
    vocabularies.set(url, words);
  }
  return words;
}

let loading: {siteBase: string; search: Promise<LoadedSearch>} | undefined;

export function loadSearch(siteBase: string): Promise<LoadedSearch> {
  if (loading?.siteBase !== siteBase) {
    const urls = searchUrls(siteBase);
    const {
      metaCacheTag,
      data: dataReady,
      engine: engineReady,
      preloaded,
    } = requestFiles(siteBase, 'preload');
    // While the files are on their way.
    loadSegmenter();
    // Pagefind starts (its entry file, then its WebAssembly and this language's metadata) once
    // pagefind.js has arrived and those files' preloads are in the page; `init` does not wait for
    // the files themselves: its first search does.
    const pagefindReady = (async () => {
      // Left alone by the bundler: a plain browser import of the file in build/pagefind/.
      const pagefind = (await import(/* webpackIgnore: true */ urls.bundle)) as Pagefind;
      await pagefind.options({...pagefindOptions(pagefindLanguage()), metaCacheTag});
      // Its WebAssembly and metadata are named in the search data: started before their preloads
      // are in the page, Pagefind would fetch them beside the preloads, twice (a race the search
      // data lost on a busy machine). The first search waits for that data anyway.
      await preloaded;
      await pagefind.init();
      // The warm-up's words too: a first query that holds them is answered from memory.
      return withTermCache(pagefind);
    })();
    // The query layer rebuilds the compiled search data's maps while Pagefind still loads.
    const queryLayerReady = Promise.all([engineReady, dataReady]).then(([engine, data]) => ({
      engine,
      lexicon: engine.lexiconFromJson(data.lexicon),
    }));
    let readerSearched = false;
    Promise.all([pagefindReady, dataReady]).then(
      ([pagefind, file]) =>
        whenIdle(() => {
          if (!readerSearched) {
            warmUp(pagefind, file);
          }
        }),
      () => {},
    );
    const search = Promise.all([queryLayerReady, pagefindReady]).then(
      ([{engine, lexicon}, pagefind]) => ({
        engine,
        // The reader's searches, noted so that the warm-up stands aside.
        pagefind: {
          ...pagefind,
          search: (term: string) => {
            readerSearched = true;
            return pagefind.search(term);
          },
        },
        lexicon,
      }),
    );
    // A failed load (offline, a missing index) is tried again on the next search.
    search.catch(() => {
      if (loading?.search === search) {
        loading = undefined;
      }
    });
    loading = {siteBase, search};
  }
  return loading.search;
}
