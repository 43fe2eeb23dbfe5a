/**
 * Merging Pagefind's answers for each concept of a query into one ranking.
 *
 * Pagefind ANDs the words of a query (a page must hold every word that matches anywhere), so
 * "비밀번호 분실" would need both words on one page, in the site's own words. Instead each concept's
 * alternatives are searched on their own and merged here: for every concept a page takes the best
 * Pagefind score of any of its alternatives, dampened (log 1 + score), and the concepts add up.
 *
 * Why dampened sums rather than "pages that cover more concepts first": Pagefind's score already
 * weighs a word by how rare it is in the whole index (its IDF) and by where it stands (title,
 * headings, keywords). On a site of a few hundred pages, a page that happens to hold a filler word
 * of the question ("set up a new client so I can sell them stuff", "difference between PGA and
 * PLA") must not beat the one page about its rare word; and the log keeps one word that fills a
 * page title from outweighing the rest of the question.
 */

/** One Pagefind hit: a page, its score for one query term, and where the term occurs on it. */
export interface TermHit {
  page: string;
  score: number;
  locations: readonly number[];
}

export interface RankedPage {
  page: string;
  score: number;
  /** How many of the query's concepts the page matches (hints not counted). */
  covered: number;
  /** Word positions of every match on the page, by concept index. */
  locations: Map<number, number[]>;
}

/** A hint (whose account, not what about) counts this much of a topic: it breaks ties. */
export const HINT_WEIGHT = 0.5;

/** What a concept adds for a page, from the page's best Pagefind score for it. */
export function conceptScore(pagefindScore: number): number {
  return Math.log1p(Math.max(0, pagefindScore));
}

/**
 * `hitsByConcept[i]` holds, for concept i, the hits of each of its alternative terms; a concept
 * with `hints[i]` set adds HINT_WEIGHT of its score.
 */
export function rankPages(
  hitsByConcept: readonly (readonly (readonly TermHit[])[])[],
  hints: readonly boolean[] = [],
): RankedPage[] {
  const pages = new Map<string, {best: number[]; locations: Map<number, number[]>}>();
  hitsByConcept.forEach((alternatives, concept) => {
    for (const hits of alternatives) {
      for (const hit of hits) {
        let entry = pages.get(hit.page);
        if (!entry) {
          entry = {best: new Array<number>(hitsByConcept.length).fill(0), locations: new Map()};
          pages.set(hit.page, entry);
        }
        entry.best[concept] = Math.max(entry.best[concept]!, conceptScore(hit.score));
        const known = entry.locations.get(concept) ?? [];
        entry.locations.set(concept, [...known, ...hit.locations]);
      }
    }
  });
  const ranked: RankedPage[] = [...pages].map(([page, {best, locations}]) => ({
    page,
    score: best.reduce((sum, s, concept) => sum + (hints[concept] ? HINT_WEIGHT * s : s), 0),
    covered: best.filter((s, concept) => s > 0 && !hints[concept]).length,
    locations,
  }));
  return ranked.sort((a, b) => b.score - a.score || a.page.localeCompare(b.page));
}
