/**
 * Options given to Pagefind before it loads. No web worker: the index of this site is small, a
 * search takes about a millisecond on the main thread, and the worker script would add to the
 * bytes of the first search (`npm run bench:search` lists them). Matches in the title and the front-matter keywords add to a page's score;
 * the other metadata (the permalink, the first image) must not.
 *
 * Its own module, so that the page can start Pagefind the moment pagefind.js arrives, without
 * waiting for the query layer's chunk.
 */
export const PAGEFIND_OPTIONS = {
  noWorker: true,
  ranking: {
    metaWeights: {title: 5, keywords: 3, glued: 0, url: 0, image: 0, image_alt: 0},
  },
} as const;
