/**
 * Korean query words: particles (조사) and verb endings (어미) come off, so 로그인을, 로그인이,
 * 로그인할 all become 로그인. Pagefind matches Korean words by prefix (it indexes Hangul as
 * decomposed letters), so a stem finds every inflected form on the page.
 */
import endingsData from './data/korean-endings.json';

/** Longest first, so 었어요 is tried before 요. */
const SUFFIXES: readonly string[] = [
  ...new Set([...endingsData.particles, ...endingsData.endings].map((s) => s.replace(/\s+/g, ''))),
].sort((a, b) => b.length - a.length);

const SUFFIX_SET = new Set(SUFFIXES);

/** Stacked endings are short; longer text is a word, and the cap keeps the search below linear. */
const MAX_ENDINGS_LENGTH = 12;

/** True when `text` is nothing but particles and endings (e.g. 을, 하는, 었어요, 이에요). */
export function isOnlyEndings(text: string): boolean {
  if (text.length === 0) {
    return true;
  }
  if (text.length > MAX_ENDINGS_LENGTH) {
    return false;
  }
  if (SUFFIX_SET.has(text)) {
    return true;
  }
  // Endings stack (했 + 어요, 하 + 는데): try every split into known pieces.
  for (let i = 1; i < text.length; i += 1) {
    if (SUFFIX_SET.has(text.slice(0, i)) && isOnlyEndings(text.slice(i))) {
      return true;
    }
  }
  return false;
}

/**
 * Strips trailing particles and endings while at least `minStem` syllables remain. Over-stripping
 * is harmless here: the stem is used as a prefix, so 도메 still finds 도메인.
 */
export function stripKoreanSuffixes(word: string, minStem = 2): string {
  let stem = word;
  for (let round = 0; round < 3; round += 1) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= minStem);
    if (!suffix) {
      break;
    }
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
