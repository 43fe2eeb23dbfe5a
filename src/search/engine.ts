/**
 * Search: the reader's query, understood (understand.ts), run through Pagefind concept by concept,
 * merged (rank.ts) and summarised (excerpt.ts). Browser-free, so it runs the same in the page, in
 * unit tests with a fake Pagefind, and in Node against the built index (scripts/search-eval.mjs).
 */
import {type ExcerptPart, type PageText, pageWords, summarise} from './excerpt';
import type {Lexicon, Locale} from './lexicon';
import {isHangul} from './normalize';
import {visible} from './headings';
import {
  HEADING_WEIGHT,
  TITLE_CONCEPT_WEIGHT,
  TITLE_WEIGHT,
  type TermHit,
  headingCoverage,
  rankPages,
  titleCoverage,
  titleShare,
} from './rank';
import {readersMatches} from './readersWords';
import {correctQuery, prepareVocabulary} from './spelling';
import {type UnderstoodQuery, understandQuery} from './understand';

// The browser chunk rebuilds the compiled search data it fetches with this.
export {lexiconFromJson} from './lexicon';
export {pagefindOptions} from './pagefindOptions';

/** The part of Pagefind's page data (`result.data()`) that search uses. */
export interface PagefindFragment extends PageText {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches on the page. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

/** The part of Pagefind's JS API (pagefind.js) that search uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{results: PagefindResult[]} | null>;
  /** Fetches the index chunks a term would need, without searching. */
  preload?: (term: string) => Promise<void>;
}

/**
 * No query sends Pagefind more searches than this (alternatives of every concept together, then
 * the whole-word checks while the budget lasts).
 */
export const MAX_TERMS = 16;
export const MAX_RESULTS = 8;
/**
 * Pages read, at most, to fill the results, as a multiple of the results wanted: a page left out
 * (another locale's, or one without the reader's words) makes room for the next, but each next
 * page is one more fetch, and a query whose rarest word Pagefind cut short could otherwise read
 * every page of a large site one by one (a thousand fetches, five seconds, at 1,000 pages).
 */
export const PAGES_READ_PER_RESULT = 2;

export interface SearchResult {
  /** Where the result's link goes: the page, at the section's heading when there is one. */
  url: string;
  title: string;
  section?: string;
  excerpt: ExcerptPart[];
}

export interface SearchResponse {
  query: UnderstoodQuery;
  results: SearchResult[];
  /** The words searched instead of the reader's, when theirs found nothing (spelling.ts). */
  corrected?: string;
}

export interface SearchOptions {
  locale: Locale;
  lexicon: Lexicon;
  /** Keeps results to the reader's locale; Pagefind's per-language index already should. */
  acceptUrl: (url: string) => boolean;
  limit?: number;
  /** The pages' words, for a search that finds nothing to be tried again spelt right. */
  vocabulary?: () => Promise<readonly string[]>;
  /**
   * Aborted when the reader has typed on: the search stops at its next step, before reading any
   * more pages, and rejects with the signal's reason. A reader typing a query key by key starts a
   * search at every key, and on a large site each would otherwise read a dozen pages' fragments
   * that the last one then waits behind.
   */
  signal?: AbortSignal;
}

export async function runSearch(
  pagefind: Pagefind,
  raw: string,
  options: SearchOptions,
): Promise<SearchResponse> {
  options.signal?.throwIfAborted();
  const query = understandQuery(raw, options.locale, options.lexicon);
  const terms = [...new Set(query.concepts.flatMap((c) => c.terms))].slice(0, MAX_TERMS);
  if (terms.length === 0) {
    return {query, results: []};
  }
  // A whole-word concept is searched twice: as a prefix, for Pagefind's scores, and quoted, which
  // Pagefind matches as whole words (by their stems) but scores flatly, to keep only those pages.
  const whole = query.concepts
    .filter((c) => c.wholeWord && terms.includes(c.terms[0]!))
    .map((c) => c.terms[0]!)
    .slice(0, MAX_TERMS - terms.length);
  // Words the table has Pagefind find whole (SynonymGroup.whole), quoted as Pagefind reads that.
  const wholeInTable = new Set(
    query.concepts.flatMap((c) => (c.group && options.lexicon.groups.get(c.group)?.whole) || []),
  );
  const [responses, wholeResponses] = await Promise.all([
    Promise.all(terms.map((term) => pagefind.search(wholeInTable.has(term) ? `"${term}"` : term))),
    Promise.all(whole.map((term) => pagefind.search(`"${term}"`))),
  ]);
  options.signal?.throwIfAborted();
  const resultsByTerm = new Map<string, PagefindResult[]>();
  terms.forEach((term, i) => resultsByTerm.set(term, responses[i]?.results ?? []));
  const wholeWordPages = new Map<string, Set<string>>();
  whole.forEach((term, i) => {
    const pages = new Set((wholeResponses[i]?.results ?? []).map((r) => r.id));
    // No page with the whole word: the reader may still be typing it ("passw"); keep the prefixes.
    if (pages.size > 0) {
      wholeWordPages.set(term, pages);
    }
  });

  const byPage = new Map<string, PagefindResult>();
  const hitsByConcept: TermHit[][][] = query.concepts.map((concept) =>
    concept.terms.map((term) =>
      (resultsByTerm.get(term) ?? [])
        .filter(
          (result) => !concept.wholeWord || (wholeWordPages.get(term)?.has(result.id) ?? true),
        )
        .filter((result) => !isKoreanPhrase(term) || holdsRun(result.words, term.split(' ').length))
        .map((result) => {
          byPage.set(result.id, result);
          return {page: result.id, score: result.score, locations: result.words};
        }),
    ),
  );

  const results: SearchResult[] = [];
  const limit = options.limit ?? MAX_RESULTS;
  const hints = query.concepts.map((c) => c.hint === true);
  const merged = rankPages(hitsByConcept, hints);
  // The first pages' fragments are fetched all at once, not one after another, and their titles
  // and headings reorder them (TITLE_WEIGHT, TITLE_CONCEPT_WEIGHT, HEADING_WEIGHT); one that is
  // left out (another locale's page) makes room for the next.
  const typedTerms = query.concepts.filter((c) => !c.assumed).flatMap((c) => c.terms);
  // The reader's own word stands for a synonym group in titles when the site uses it at all;
  // colloquial words no page holds (안 쓰는) leave it to the table's words (사용).
  const titleConcepts = query.concepts.map((c) =>
    c.typed !== undefined && (resultsByTerm.get(c.typed) ?? []).length === 0
      ? {...c, typed: undefined}
      : c,
  );
  const first = await Promise.all(
    merged.slice(0, limit).map(async (ranked) => {
      const fragment = await byPage.get(ranked.page)!.data();
      const title = fragment.meta.title ?? '';
      const headings = fragment.anchors
        .filter((anchor) => /^h[23]$/i.test(anchor.element) && anchor.text)
        .map((anchor) => visible(anchor.text!));
      const score =
        ranked.score +
        TITLE_WEIGHT * titleShare(title, typedTerms, options.lexicon.stopWords) +
        TITLE_CONCEPT_WEIGHT * titleCoverage(title, titleConcepts) +
        HEADING_WEIGHT * headingCoverage(headings, titleConcepts);
      return {ranked, fragment, score};
    }),
  );
  first.sort((a, b) => b.score - a.score);
  const ranking = [...first.map((f) => f.ranked), ...merged.slice(limit)].slice(
    0,
    PAGES_READ_PER_RESULT * limit,
  );
  const fragments = first.map((f) => Promise.resolve(f.fragment));
  // Hints say nothing about which section of a page answers (excerpt.ts).
  const hinted = new Set(query.concepts.flatMap((c, i) => (c.hint ? [i] : [])));
  for (const [i, ranked] of ranking.entries()) {
    if (results.length >= limit) {
      break;
    }
    options.signal?.throwIfAborted();
    if (!fragments[i]) {
      // Pages left out make room for the next ones, which are all read at once, not one after
      // another, nor as many as are still wanted at a time: at 1,000 pages, the eight that a
      // Korean query read after its first eight took 150 ms in a row and 90 ms in fours and twos.
      ranking.slice(i).forEach((next, k) => {
        const read = byPage.get(next.page)!.data();
        // A search stopped for a newer one leaves some unread; their failures are nobody's.
        read.catch(() => {});
        fragments[i + k] = read;
      });
    }
    const fragment = await fragments[i]!;
    const pageUrl = fragment.meta.url ?? fragment.url;
    if (!options.acceptUrl(pageUrl)) {
      continue;
    }
    // Mark only what the reader typed: drop the locations of assumed concepts, and those of
    // words Pagefind found only by shortening the reader's (readersWords.ts). A page left with
    // none of the reader's words is no result ("asdf" is not about every page that says "as").
    const words = pageWords(fragment);
    const typed = readersMatches(
      words,
      new Map([...ranked.locations].filter(([concept]) => !query.concepts[concept]!.assumed)),
      (concept) => query.concepts[concept]!.terms,
    );
    if (!typed) {
      continue;
    }
    const {section, excerpt} = summarise(fragment, typed, {hints: hinted, words});
    results.push({
      url: section ? `${pageUrl}#${section.id}` : pageUrl,
      title: fragment.meta.title ?? pageUrl,
      section: section?.title,
      excerpt,
    });
  }
  if (results.length === 0 && options.vocabulary) {
    // Without its words (offline, say), the search found nothing, and says so.
    const words = await options.vocabulary().catch(() => []);
    const corrected = correctQuery(raw, prepareVocabulary(words));
    if (corrected !== undefined) {
      const again = await runSearch(pagefind, corrected, {...options, vocabulary: undefined});
      if (again.results.length > 0) {
        return {...again, corrected};
      }
    }
  }
  return {query, results};
}

/**
 * A Korean search term of two words or more is a phrase, found only where its words stand next to
 * one another (서비스 중단, an outage, and not 서비스 … 일시 중단, a suspension). Pagefind finds a
 * term's words anywhere on a page, and a Korean word is often part of another phrase. English
 * terms are left as Pagefind finds them: it indexes a hyphenated or dotted word (third-party,
 * onmicrosoft.com) as its parts at one place, so their words need not stand in a row, and holding
 * them to it lost on the dev sets (tests/data/rounds/SCORES.md).
 */
function isKoreanPhrase(term: string): boolean {
  return term.includes(' ') && isHangul(term);
}

/** True when `locations` (a page's matched word places) hold `length` places in a row. */
function holdsRun(locations: readonly number[], length: number): boolean {
  const at = new Set(locations);
  return locations.some((start) =>
    Array.from({length}, (_, k) => start + k).every((place) => at.has(place)),
  );
}
