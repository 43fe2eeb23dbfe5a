/** Pagefind's weight for a query word found in a page's title, by the index's language. */
export const TITLE_META_WEIGHT: Readonly<Record<string, number>> = {ko: 5, en: 2};

/**
 * Options given to Pagefind before it loads. No web worker: the index of this site is small, a
 * search takes about a millisecond on the main thread, and the worker script would add to the
 * bytes of the first search (`npm run bench:search` lists them).
 *
 * Ranking (Pagefind's BM25 settings and field weights), tuned on the dev query sets only
 * (SEARCH.md, "Pagefind's ranking settings"):
 * - `pageLength` 1 (default 0.75, the most Pagefind allows): a word found on a long page counts
 *   for less, in full proportion to the page's length. On a large site the long overview pages
 *   hold every word of a question somewhere; the page about it holds them in less text.
 * - `termSaturation` 2 (default 1.4, the most Pagefind allows): repeats of a word count longer
 *   before they stop adding, so the page that keeps coming back to the reader's word outranks one
 *   that mentions it once.
 * - `termSimilarity` 2 (default 1): a page word much longer than the typed prefix counts for less
 *   (a stem such as 구독 finds 구독 before 구독자를), so the reader's own word is preferred to
 *   longer words it happens to start.
 * - Metadata: matches in the title and the front-matter keywords add to a page's score, and so do
 *   the words of its permalink (`url`, weight 2: the slug its writers named the page by, often the
 *   reader's word where the text says something longer: china-multipartner); the first image and
 *   the glued-acronym list (search-index.ts) must not.
 * - The title's weight is the language's own (`TITLE_META_WEIGHT`): 5 on the Korean site, 2 on
 *   the English one, fitted per language on dev rounds 23 to 244 (tests/data/rounds/SCORES.md,
 *   rounds 245 to 250). On the English sets 5 let a title that shares a word or two with the
 *   question ("my password", "location") outrank the page that answers it; on the Korean sets 2
 *   lost more than it gained. Why the languages differ is not known: their titles are as long.
 *
 * `language` is the index's, its <html lang> (ko, en, en-US); one with no weight of its own gets
 * Korean's, the default locale's. Its own module, so that the page can start Pagefind the moment
 * pagefind.js arrives, without waiting for the query layer's chunk.
 */
export function pagefindOptions(language: string) {
  const title = TITLE_META_WEIGHT[language.slice(0, 2).toLowerCase()] ?? TITLE_META_WEIGHT.ko!;
  return {
    noWorker: true,
    ranking: {
      pageLength: 1,
      termSaturation: 2,
      termSimilarity: 2,
      metaWeights: {title, keywords: 3, url: 2, glued: 0, image: 0, image_alt: 0},
    },
  };
}
