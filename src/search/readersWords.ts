/**
 * Which of Pagefind's matches on a page are the reader's words.
 *
 * Pagefind answers a word its index does not hold with the longest start of it that the index
 * does hold, however short (Pagefind/pagefind#599): that is how an unfinished word ("installa")
 * or a typo ("invocie") still finds its page, and also how "asdf" finds every page that says
 * "as", and "alert" every page with a word starting "a". A match counts here only when the page's
 * word keeps a fair part of one of its concept's terms: MIN_KEPT letters at least (the whole term
 * when it is shorter) and MIN_SHARE of it. Korean is compared letter by letter (ㄹㅗㄱㅡㅇㅣㄴ),
 * as Pagefind indexes it, so 로긴 still finds 로그인.
 */

/** Letters of the reader's term a page's word must start with (the whole term if shorter). */
export const MIN_KEPT = 3;
/** Share of the reader's term a page's word must start with. */
export const MIN_SHARE = 0.5;

const NOT_A_LETTER = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word as it is compared: lower case, Hangul syllables split into their letters. */
function comparable(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(NOT_A_LETTER, '').normalize('NFD');
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) {
    n += 1;
  }
  return n;
}

/** True when `pageWord` begins with enough of `term` (one word of it) to be the reader's word. */
export function keepsTerm(pageWord: string, term: string): boolean {
  const word = comparable(pageWord);
  return term
    .split(' ')
    .map(comparable)
    .filter(Boolean)
    .some((part) => {
      const kept = sharedStart(word, part);
      return kept >= Math.min(MIN_KEPT, part.length) && kept >= MIN_SHARE * part.length;
    });
}

/**
 * The page's matches with those Pagefind found only by shortening the reader's term left out,
 * concept by concept. `words` are the page's words by location; `termsOf(concept)` are the terms
 * searched for a concept. A concept matched without locations (in the page's keywords or address
 * only) cannot be checked, and stays. Undefined when nothing on the page is the reader's.
 */
export function readersMatches(
  words: readonly string[],
  locations: ReadonlyMap<number, readonly number[]>,
  termsOf: (concept: number) => readonly string[],
): Map<number, number[]> | undefined {
  const kept = new Map<number, number[]>();
  for (const [concept, locs] of locations) {
    const terms = termsOf(concept);
    const real = locs.filter((at) => terms.some((term) => keepsTerm(words[at] ?? '', term)));
    if (real.length > 0 || locs.length === 0) {
      kept.set(concept, real);
    }
  }
  return kept.size > 0 ? kept : undefined;
}
