/**
 * Merging Pagefind's answers for each concept of a query into one ranking.
 *
 * Pagefind ANDs the words of a query (a page must hold every word that matches anywhere), so
 * "비밀번호 분실" would need both words on one page, in the site's own words. Instead each concept's
 * alternatives are searched on their own and merged here: a page's score is, for every concept,
 * the best Pagefind score of any of its alternatives, summed; pages that cover more of the
 * question's concepts rank first.
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
  /** How many of the query's concepts the page matches. */
  covered: number;
  /** Word positions of every match on the page, by concept index. */
  locations: Map<number, number[]>;
}

/** What a hint (whose account, not what about) adds at most to a page's score. */
export const HINT_WEIGHT = 0.5;

/**
 * `hitsByConcept[i]` holds, for concept i, the hits of each of its alternative terms; a concept
 * with `hints[i]` set (whose account, not what about) adds to the score but not to coverage.
 * Coverage counts first: a page answering two of three concepts beats one that answers a single
 * concept very strongly (a page full of "암호" is not the answer to "암호 분실 임시").
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
        entry.best[concept] = Math.max(entry.best[concept]!, hit.score);
        const known = entry.locations.get(concept) ?? [];
        entry.locations.set(concept, [...known, ...hit.locations]);
      }
    }
  });
  // Each concept counts at most 1: scores are divided by the concept's best score on any page, so
  // one word that fills a page title ("my" in "Reset my password") cannot outweigh the rest of
  // the question.
  const top = hitsByConcept.map((_, concept) =>
    Math.max(0, ...[...pages.values()].map((entry) => entry.best[concept]!)),
  );
  // A concept found on few of the pages says more about which page is meant than one found on
  // all of them: each topic is weighted by its inverse document frequency over the pages that
  // matched. A hint keeps a fixed, smaller weight: it breaks ties, it does not choose the page.
  const found = pages.size;
  const weight = hitsByConcept.map((_, concept) => {
    if (hints[concept]) {
      return HINT_WEIGHT;
    }
    const on = [...pages.values()].filter((entry) => entry.best[concept]! > 0).length;
    return on > 0 ? Math.log(1 + found / on) : 0;
  });
  const ranked: RankedPage[] = [...pages].map(([page, {best, locations}]) => ({
    page,
    score: best.reduce(
      (sum, s, concept) => sum + (top[concept]! > 0 ? (s / top[concept]!) * weight[concept]! : 0),
      0,
    ),
    covered: best.filter((s, concept) => s > 0 && !hints[concept]).length,
    locations,
  }));
  return ranked.sort(
    (a, b) => b.covered - a.covered || b.score - a.score || a.page.localeCompare(b.page),
  );
}
