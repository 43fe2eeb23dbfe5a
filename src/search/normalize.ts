/**
 * Text clean-up shared by the query and the synonym table, so both sides of a lookup look alike.
 */

/** Only this much of a query is read: longer input is pasted text, not a question. */
export const MAX_QUERY_CHARS = 200;

// Zero-width characters, soft hyphen, word joiner, BOM and the bidirectional controls (LRM, RLM,
// embeddings, overrides, isolates, ALM): invisible, so a reader cannot know they are there.
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4\uFF07]/gu;
// Anything that is not a letter, a number, a combining mark, an apostrophe or white space
// separates words: punctuation, symbols, emoji, HTML brackets, regular-expression metacharacters.
const SEPARATORS = /[^\p{L}\p{N}\p{M}'\s]+/gu;
// Hangul letters standing alone, outside a syllable (ㅠㅠ, ㅋㅋ, ㅇㅇ): chat's tears, laughter and
// nods, no word. NFKC has already joined any that spell a syllable.
const LONE_JAMO = /[\u1100-\u11FF\u3131-\u318E\uA960-\uA97F\uD7B0-\uD7FF]+/gu;

/** The first `max` characters (code points, so an emoji or surrogate pair is never cut in half). */
export function capLength(raw: string, max: number = MAX_QUERY_CHARS): string {
  // Slicing the UTF-16 string first keeps this O(max) for a 10,000-character paste.
  const head = raw.slice(0, max * 2);
  const chars = Array.from(head);
  return chars.length > max ? chars.slice(0, max).join('') : head;
}

/**
 * Lower-cased, NFKC-normalised text with invisible characters removed, punctuation, symbols and
 * lone Hangul letters turned into spaces, apostrophes unified and only kept inside words, and
 * white space collapsed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LONE_JAMO, ' ')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SEPARATORS, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The part of a query that search reads, cleaned up. */
export function normalizeQuery(raw: string): string {
  return normalizeText(capLength(raw));
}

const HANGUL = /[\p{Script=Hangul}]/u;

/** True for text written in Hangul (Korean), so it goes through the Korean analyser. */
export function isHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Splits a token where the script changes, e.g. "id를" into "id" and "를". */
export function splitScripts(token: string): string[] {
  return token.match(/[\p{Script=Hangul}]+|[^\p{Script=Hangul}]+/gu) ?? [];
}
