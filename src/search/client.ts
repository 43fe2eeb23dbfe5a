/**
 * Loads search in the browser, once, on the first sign that the reader is about to search (the
 * pointer on the search button or box, focus on it, the shortcut's Ctrl/⌘): the query layer (its
 * own chunk), the search data (synonyms, Korean endings, English contractions: JSON the post-build
 * step wrote to <site root>/search/lexicon.json) and Pagefind. Nothing of them is in the page's
 * bundles. pagefind.js is imported at run time from the index in <site root>/pagefind/; it
 * compiles WebAssembly, so a Content-Security-Policy must allow script-src 'self' 'wasm-unsafe-eval'.
 *
 * A query pasted the moment search opens waits for all of it, so everything starts at once: the
 * search data lists the Pagefind files this language's first search needs (its WebAssembly, its
 * metadata and, on a small site, its index and page fragments), and they are preloaded as soon as
 * it arrives, while pagefind.js is still on its way, instead of one after another as Pagefind
 * would ask for them.
 */
import type {Pagefind} from './engine';
import {PAGEFIND_OPTIONS} from './pagefindOptions';
import type {Lexicon, SearchFile} from './lexicon';

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
} {
  return {
    pagefind: `${siteBase}pagefind/`,
    bundle: `${siteBase}pagefind/pagefind.js`,
    lexicon: `${siteBase}search/lexicon.json`,
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

/**
 * Fetches `href` now, for a later fetch() of the same URL (Pagefind's) to take: a preloaded
 * response is kept for the page whatever its Cache-Control says.
 */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // fetch()'s own mode and credentials, or the preload would not be taken.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Before the first query, searches the words of the first concept in the search data (signing
 * in): the index chunks that hold them arrive, and on a small site, whose pages' fragments are
 * preloaded, their pages are read too. Pagefind's WebAssembly, its decompression and its
 * excerpts then run for the first time here, not on the reader's first query.
 */
function warmUp(pagefind: Pagefind, file: SearchFile, pages: number): void {
  const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'ko';
  const readPages = (file.preload[pagefindLanguage()] ?? []).some((f) => f.startsWith('fragment/'));
  for (const term of file.synonyms.groups[0]?.search[locale] ?? []) {
    const searched = readPages ? pagefind.search(term) : pagefind.preload?.(term);
    Promise.resolve(searched)
      .then((response) =>
        Promise.all((response?.results ?? []).slice(0, pages).map((result) => result.data())),
      )
      .catch(() => {});
  }
}

let loading: {siteBase: string; search: Promise<LoadedSearch>} | undefined;

export function loadSearch(siteBase: string): Promise<LoadedSearch> {
  if (loading?.siteBase !== siteBase) {
    const urls = searchUrls(siteBase);
    // Pagefind asks for its entry file with a cache-busting tag; one chosen here, the same for
    // the whole page, lets that request be preloaded now, with everything else.
    const metaCacheTag = String(Date.now());
    preload(`${urls.pagefind}pagefind-entry.json?ts=${metaCacheTag}`);
    const dataReady = fetchData(urls.lexicon).then((file) => {
      for (const name of file.preload[pagefindLanguage()] ?? []) {
        preload(urls.pagefind + name);
      }
      return file;
    });
    // Pagefind starts (its entry file, then its WebAssembly and this language's metadata, all
    // preloaded by now) the moment pagefind.js arrives; `init` does not wait for them: its first
    // search does.
    const pagefindReady = (async () => {
      // Left alone by the bundler: a plain browser import of the file in build/pagefind/.
      const pagefind = (await import(/* webpackIgnore: true */ urls.bundle)) as Pagefind;
      await pagefind.options({...PAGEFIND_OPTIONS, metaCacheTag});
      await pagefind.init();
      return pagefind;
    })();
    // One import() of the query layer: the bundler makes a chunk for each place that imports it.
    const engineReady = import('./engine');
    // The query layer compiles the search data while Pagefind still loads.
    const queryLayerReady = Promise.all([engineReady, dataReady]).then(([engine, data]) => ({
      engine,
      lexicon: engine.compileLexicon(data),
    }));
    Promise.all([pagefindReady, dataReady, engineReady]).then(
      ([pagefind, file, engine]) => warmUp(pagefind, file, engine.MAX_RESULTS),
      () => {},
    );
    const search = Promise.all([queryLayerReady, pagefindReady]).then(
      ([{engine, lexicon}, pagefind]) => ({engine, pagefind, lexicon}),
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
