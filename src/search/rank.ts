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
 *
 * On a large site sibling pages share the words of a question; what tells them apart is whether a
 * page says the reader's words together, as a phrase ("partner global account"): concepts typed one
 * after the other and found one after the other on a page add PHRASE_WEIGHT. Whether it says them
 * near one another, in any order, adds up to PROXIMITY_WEIGHT, by the share of concept pairs that
 * are.
 */

import {normalizeText} from './normalize';

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

/**
 * Two concepts the reader typed one after the other, found one after the other on a page (at most
 * PHRASE_GAP words apart, in the same order), add this much: the page says what the reader said,
 * as a phrase ("partner global account", "customer subscriptions", "직접 청구 파트너"), not just
 * its words somewhere. Sibling pages on a large site share the words; the phrase is what tells them
 * apart. About 60% of what a good body match of a concept adds (log 1 + 2.4). Tuned on the dev
 * sets with PROXIMITY_WEIGHT (this one 0.25 to 1, that one 0 to 0.5; tests/data/rounds/SCORES.md,
 * rounds 108 to 110).
 */
export const PHRASE_WEIGHT = 0.75;
/** "customer company name" still reads as a phrase in "customer's company name" or "회사 이름을". */
export const PHRASE_GAP = 2;

/**
 * True when some location in `after` follows some location in `before` by 0..PHRASE_GAP words.
 * 0: Pagefind indexes each part of a compound word at the word's one location, so the parts of
 * a field name ("Syndication_Partner_Subscription_Number") or "sign-in" share it.
 */
function followedBy(before: readonly number[], after: readonly number[]): boolean {
  const next = new Set(after);
  return before.some((at) => {
    for (let gap = 0; gap <= PHRASE_GAP; gap += 1) {
      if (next.has(at + gap)) {
        return true;
      }
    }
    return false;
  });
}

/**
 * The phrase bonus of a page: PHRASE_WEIGHT for each pair of consecutive typed concepts (hints
 * left out, as the reader did not type them as a topic) that it holds in the reader's order.
 */
function phraseScore(locations: ReadonlyMap<number, number[]>, typed: readonly number[]): number {
  let score = 0;
  for (let k = 0; k + 1 < typed.length; k += 1) {
    const before = locations.get(typed[k]!);
    const after = locations.get(typed[k + 1]!);
    if (before && after && followedBy(before, after)) {
      score += PHRASE_WEIGHT;
    }
  }
  return score;
}

/**
 * Concepts of a question that a page says near one another, in any order ("indirect reseller" and
 * "new customer" in the one paragraph on picking a reseller for a new customer), mark the part of
 * the page that answers it; a sibling page holds the same words far apart. The share of the pairs
 * of typed concepts that some place of the page holds within PROXIMITY_WINDOW words of each other,
 * times PROXIMITY_WEIGHT, is added (a span proximity measure, as in Tao and Zhai, SIGIR 2007).
 */
export const PROXIMITY_WEIGHT = 0.5;
/** About a sentence or two. */
export const PROXIMITY_WINDOW = 15;

/** True when some location in `a` is within PROXIMITY_WINDOW words of some location in `b`. */
function near(a: readonly number[], b: readonly number[]): boolean {
  const x = [...a].sort((m, n) => m - n);
  const y = [...b].sort((m, n) => m - n);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (Math.abs(x[i]! - y[j]!) <= PROXIMITY_WINDOW) {
      return true;
    }
    if (x[i]! < y[j]!) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return false;
}

function proximityScore(
  locations: ReadonlyMap<number, number[]>,
  typed: readonly number[],
): number {
  let pairs = 0;
  let close = 0;
  for (let k = 0; k < typed.length; k += 1) {
    for (let m = k + 1; m < typed.length; m += 1) {
      pairs += 1;
      const a = locations.get(typed[k]!);
      const b = locations.get(typed[m]!);
      if (a && b && near(a, b)) {
        close += 1;
      }
    }
  }
  return pairs === 0 ? 0 : (PROXIMITY_WEIGHT * close) / pairs;
}

/**
 * A page whose title is all about what the reader asked ("Customer subscriptions" for "customer
 * subscriptions overview") is the page for it, more than one that holds the words in a longer title
 * or only in its text: the share of the title's words (filler left out) that the query's terms
 * start, times TITLE_WEIGHT, is added to the first results' scores. Pagefind's title weight cannot
 * say this: it scores a word found in any title alike, however long the title.
 */
export const TITLE_WEIGHT = 1;

/**
 * The share of `title`'s words that one of `terms` (the query's Pagefind terms, words of a phrase
 * taken one by one) starts, filler words (`stopWords`) left out of the count.
 */
export function titleShare(
  title: string,
  terms: readonly string[],
  stopWords: ReadonlySet<string>,
): number {
  const words = normalizeText(title)
    .split(' ')
    .filter((word) => word && !stopWords.has(word));
  const prefixes = terms.flatMap((term) => term.split(' ')).filter((word) => word.length >= 2);
  if (words.length === 0) {
    return 0;
  }
  return words.filter((word) => prefixes.some((p) => word.startsWith(p))).length / words.length;
}

/**
 * A title that names what the reader asked, concept by concept, is the page for it: the share of the
 * typed concepts found in the title, times TITLE_CONCEPT_WEIGHT, is added to the first results'
 * scores, beside TITLE_WEIGHT (which measures the other way round: how much of the title the query
 * covers). "Customer subscriptions" names two of "customer subscriptions overview"; "Commercial
 * marketplace overview" names one. For a synonym group only the reader's own word counts when it
 * is searched for: the table's other words for it read too much into the query in a title
 * ("기본 연락처 변경" is not about "내 암호 재설정" although 변경 and 재설정 share a group).
 * Half of TITLE_WEIGHT since Pagefind's own title weight counts more with its ranking settings
 * (pagefindOptions.ts): tuned on the dev sets, 0 to 1 (tests/data/rounds/SCORES.md).
 */
export const TITLE_CONCEPT_WEIGHT = 0.5;

/** The part of a concept (understand.ts) that titleCoverage reads. */
export interface TitleConcept {
  terms: readonly string[];
  typed?: string;
  hint?: boolean;
  assumed?: boolean;
}

/**
 * The share of `concepts` (hints and assumptions left out) that `title` holds: each word of one of
 * the concept's terms (its typed term alone, when it has one) starts a word of the title.
 */
export function titleCoverage(title: string, concepts: readonly TitleConcept[]): number {
  const words = normalizeText(title).split(' ').filter(Boolean);
  const typed = concepts.filter((c) => !c.hint && !c.assumed);
  if (typed.length === 0) {
    return 0;
  }
  // Spacing aside too: "파트너센터" is in "파트너 센터 계정 만들기", "partnercenter" in "Partner Center".
  const runs = words.map((_, k) => words.slice(k).join(''));
  const inTitle = (term: string): boolean =>
    term.split(' ').every((part) => words.some((word) => word.startsWith(part))) ||
    runs.some((run) => run.startsWith(term.replaceAll(' ', '')));
  // The group's own words the reader typed count as typed: "office location" names a location.
  const ownTerms = (c: TitleConcept): readonly string[] => {
    if (c.typed === undefined) {
      return c.terms;
    }
    const typedWords = c.typed.split(' ');
    return [
      c.typed,
      ...c.terms.filter((term) =>
        term.split(' ').every((part) => typedWords.some((word) => word.startsWith(part))),
      ),
    ];
  };
  return typed.filter((c) => ownTerms(c).some(inTitle)).length / typed.length;
}

/** What a concept adds for a page, from the page's best Pagefind score for it. */
export function conceptScore(pagefindScore: number): number {
  return Math.log1p(Math.max(0, pagefindScore));
}

/**
 * `hitsByConcept[i]` holds, for concept i, the hits of each of its alternative terms, in the order
 * the reader typed the concepts; a concept with `hints[i]` set adds HINT_WEIGHT of its score.
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
  const typed = hitsByConcept.map((_, concept) => concept).filter((concept) => !hints[concept]);
  const ranked: RankedPage[] = [...pages].map(([page, {best, locations}]) => ({
    page,
    score:
      best.reduce((sum, s, concept) => sum + (hints[concept] ? HINT_WEIGHT * s : s), 0) +
      phraseScore(locations, typed) +
      proximityScore(locations, typed),
    covered: best.filter((s, concept) => s > 0 && !hints[concept]).length,
    locations,
  }));
  return ranked.sort((a, b) => b.score - a.score || a.page.localeCompare(b.page));
}

/**
 * A section whose heading names most of what the reader asked is where the answer is ("Check that
 * your company has a tenant" for "how do I check if my company already has a tenant"): among the
 * first results, a page gains HEADING_WEIGHT times the share of the typed concepts that its best
 * h2 or h3 holds (counted as titleCoverage counts a title), once that share reaches HEADING_SHARE
 * and the question has at least HEADING_MIN_CONCEPTS. Below the threshold a heading adds nothing:
 * most pages have a heading with one or two of a question's common words ("Reset your password
 * yourself"), and crediting those lost on the dev sets in every form tried (SEARCH.md and
 * tests/data/rounds/SCORES.md). Tuned on the dev sets: share 0.5 to 1, weight 0.25 to 1, at least
 * 2 or 3 concepts.
 */
export const HEADING_WEIGHT = 0.75;
export const HEADING_SHARE = 0.6;
export const HEADING_MIN_CONCEPTS = 2;

/** The best share of `concepts` that one of `headings` names, or 0 below HEADING_SHARE. */
export function headingCoverage(
  headings: readonly string[],
  concepts: readonly TitleConcept[],
): number {
  if (concepts.filter((c) => !c.hint && !c.assumed).length < HEADING_MIN_CONCEPTS) {
    return 0;
  }
  const best = Math.max(0, ...headings.map((heading) => titleCoverage(heading, concepts)));
  return best >= HEADING_SHARE ? best : 0;
}
