/**
 * A search that found nothing is tried once more with its misspelt words corrected ("invoce" →
 * "invoice", "비밀번흐" → "비밀번호"), and the reader is told which words were searched. The
 * synonym table lists a few readers' misspellings; this covers any word the pages hold.
 *
 * The words come from the pages themselves: each language's vocabulary, written by the post-build
 * step (scripts/postbuild/search-vocabulary.ts) and fetched only on such a search. A typed word is
 * corrected only when no page word starts with it (a reader may still be typing it), to the page
 * word nearest to it in edits (a letter added, dropped, changed, or two swapped: the optimal
 * string alignment distance), the commonest first among equals. Korean is compared and measured
 * letter by letter (자모), so one wrong vowel is one edit, as it is one key, and 추천 (ㅊㅜㅊㅓㄴ) is
 * as long as "recom". A page word's start counts as well as the whole word, since Korean pages
 * write particles and endings onto their words (추천을) that a reader types differently or not at
 * all: "츄천" is read as 추천.
 */

const HANGUL = /\p{Script=Hangul}/u;

/** The letters a word is typed with: Hangul syllables as their jamo. */
function keystrokes(word: string): string {
  return HANGUL.test(word) ? word.normalize('NFD') : word;
}

/**
 * How many edits a word of `keys` letters may be away from the page's word: none below five
 * (too many short words are one edit apart: rule and role, 위치 and 위차), one up to six, two from
 * seven on.
 */
export function allowedEdits(keys: number): number {
  return keys < 5 ? 0 : keys < 7 ? 1 : 2;
}

/** The optimal string alignment distance between a and b, or max + 1 once it is past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) {
      return max + 1;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The vocabulary in the shape the correction reads it: sorted, for prefixes. */
export interface Vocabulary {
  /** Commonest first, as written by the post-build step. */
  words: readonly string[];
  sorted: readonly string[];
}

const prepared = new WeakMap<readonly string[], Vocabulary>();

/** The vocabulary's shapes, made once for each list of words. */
export function prepareVocabulary(words: readonly string[]): Vocabulary {
  let vocabulary = prepared.get(words);
  if (!vocabulary) {
    vocabulary = {words, sorted: [...words].sort()};
    prepared.set(words, vocabulary);
  }
  return vocabulary;
}

function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

/**
 * What to search for `typed`: itself when a page word starts with it (or it is too short to
 * judge), the page word it most likely meant, or undefined when it is no page word and none is
 * near enough.
 */
export function correctWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = typed.normalize('NFC').toLowerCase();
  const typedKeys = keystrokes(word);
  if (hasWordStartingWith(vocabulary.sorted, word)) {
    return typed;
  }
  const max = allowedEdits(typedKeys.length);
  if (max === 0) {
    return word.length < 3 ? typed : undefined;
  }
  // The page word itself, or its start as long as the typed word, give or take a letter.
  const length = [...word].length;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const pageWord of vocabulary.words) {
    const letters = [...pageWord];
    for (const size of new Set([length - 1, length, length + 1, letters.length])) {
      if (size < 1 || size > letters.length) {
        continue;
      }
      const candidate = size === letters.length ? pageWord : letters.slice(0, size).join('');
      const distance = editDistance(typedKeys, keystrokes(candidate), bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * `raw` with each misspelt word corrected; undefined when no word needed it, or when a word is
 * no page word and near none ("<img src=x onerror=alert(1)>" is not a misspelt question).
 */
export function correctQuery(raw: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  let lost = false;
  const corrected = raw.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const fix = correctWord(word, vocabulary);
    if (fix === undefined) {
      lost = true;
      return word;
    }
    changed ||= fix !== word;
    return fix;
  });
  return changed && !lost ? corrected : undefined;
}
