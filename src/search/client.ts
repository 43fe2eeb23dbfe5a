/**
 * Loads search in the browser, once, when the reader first opens search or focuses the box:
 * the query layer (its own chunk, with the synonym table) and Pagefind. Nothing of either is in
 * the page's bundles. pagefind.js is imported at run time from the index the post-build step
 * wrote to <site root>/pagefind/; it compiles WebAssembly, so a Content-Security-Policy must
 * allow script-src 'self' 'wasm-unsafe-eval'.
 */
import type {Pagefind} from './engine';

type Engine = typeof import('./engine');

export interface LoadedSearch {
  engine: Engine;
  pagefind: Pagefind;
}

/** `npm start` serves no index: the post-build step only runs after a production build. */
export function isIndexBuilt(): boolean {
  return process.env.NODE_ENV === 'production';
}

let loading: {url: string; search: Promise<LoadedSearch>} | undefined;

export function loadSearch(bundleUrl: string): Promise<LoadedSearch> {
  if (loading?.url !== bundleUrl) {
    const search = (async () => {
      const [engine, pagefind] = await Promise.all([
        import('./engine'),
        // Left alone by the bundler: a plain browser import of the file in build/pagefind/.
        import(/* webpackIgnore: true */ bundleUrl) as Promise<Pagefind>,
      ]);
      await pagefind.options(engine.PAGEFIND_OPTIONS);
      await pagefind.init();
      return {engine, pagefind};
    })();
    // A failed load (offline, a missing index) is tried again on the next search.
    search.catch(() => {
      if (loading?.search === search) {
        loading = undefined;
      }
    });
    loading = {url: bundleUrl, search};
  }
  return loading.search;
}
