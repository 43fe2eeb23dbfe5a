/**
 * Loads search in the browser, once, when the reader first opens search or focuses the box: the
 * query layer (its own chunk), the search data (synonyms, Korean endings, English contractions:
 * JSON the post-build step wrote to <site root>/search/lexicon.json) and Pagefind. Nothing of
 * them is in the page's bundles. pagefind.js is imported at run time from the index in
 * <site root>/pagefind/; it compiles WebAssembly, so a Content-Security-Policy must allow
 * script-src 'self' 'wasm-unsafe-eval'.
 */
import type {Pagefind} from './engine';
import {PAGEFIND_OPTIONS} from './pagefindOptions';
import type {Lexicon, SearchData} from './lexicon';

type Engine = typeof import('./engine');

export interface LoadedSearch {
  engine: Engine;
  pagefind: Pagefind;
  lexicon: Lexicon;
}

/** Where the site's search files are, under the site root (the default locale's base URL). */
export function searchUrls(siteBase: string): {bundle: string; lexicon: string} {
  return {bundle: `${siteBase}pagefind/pagefind.js`, lexicon: `${siteBase}search/lexicon.json`};
}

async function fetchData(url: string): Promise<SearchData> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${response.status} fetching ${url}`);
  }
  return (await response.json()) as SearchData;
}

/** `npm start` serves no index: the post-build step only runs after a production build. */
export function isIndexBuilt(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * Fetches, before the first query, the index chunks that hold the words of the first concept in
 * the search data (signing in): a pasted query then waits only for its pages' fragments. On a
 * site this small that is the language's whole index (a few KB).
 */
function warmIndex(pagefind: Pagefind, data: SearchData): void {
  const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'ko';
  for (const term of data.synonyms.groups[0]?.search[locale] ?? []) {
    pagefind.preload?.(term).catch(() => {});
  }
}

let loading: {siteBase: string; search: Promise<LoadedSearch>} | undefined;

export function loadSearch(siteBase: string): Promise<LoadedSearch> {
  if (loading?.siteBase !== siteBase) {
    const urls = searchUrls(siteBase);
    // All at once: Pagefind starts (its entry file, then its WebAssembly and this language's
    // metadata) the moment pagefind.js arrives, while the query layer and the data still load.
    const pagefindReady = (async () => {
      // Left alone by the bundler: a plain browser import of the file in build/pagefind/.
      const pagefind = (await import(/* webpackIgnore: true */ urls.bundle)) as Pagefind;
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      return pagefind;
    })();
    const search = (async () => {
      const [engine, data] = await Promise.all([import('./engine'), fetchData(urls.lexicon)]);
      const lexicon = engine.compileLexicon(data);
      const pagefind = await pagefindReady;
      warmIndex(pagefind, data);
      return {engine, pagefind, lexicon};
    })();
    // A failure of Pagefind is the search's own: reported once, by `search`.
    pagefindReady.catch(() => {});
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
