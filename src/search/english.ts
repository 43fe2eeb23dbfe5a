/**
 * English query words: contractions spelled out and a light stemmer. Pagefind's own English
 * stemming then runs on what we send; this layer only has to make synonym lookups line up.
 */

/** Contraction (or pair of words) → what it stands for; data/english-contractions.json. */
export type Contractions = Readonly<Record<string, string>>;

/**
 * Rewrites contractions ("can't", "cant", "can not", "couldn't" → "cannot"; "won't" → "will not";
 * any other "n't" → " not") and drops the possessive "'s".
 */
export function expandContractions(words: readonly string[], contractions: Contractions): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
    if (pair && contractions[pair]) {
      out.push(...contractions[pair]!.split(' '));
      i += 1;
      continue;
    }
    const known = contractions[word];
    if (known) {
      out.push(...known.split(' '));
    } else if (word.endsWith("n't") && word.length > 3) {
      out.push(word.slice(0, -3), 'not');
    } else if (word.endsWith("'s")) {
      out.push(word.slice(0, -2));
    } else {
      out.push(word.replace(/'/g, ''));
    }
  }
  return out.filter((w) => w.length > 0);
}

const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([bdfgkmnprt])\1$/;

/**
 * A light suffix stripper: plurals, -ing, -ed, -ies/-ied. Enough to find "passwords", "resetting"
 * and "verified" in the synonym table; the result is also a good prefix for Pagefind.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) {
    return word;
  }
  if (/(ies|ied)$/.test(word) && word.length > 4) {
    return `${word.slice(0, -3)}y`;
  }
  if (/(sses|xes|ches|shes|zes)$/.test(word)) {
    return word.slice(0, -2);
  }
  // SaaS, PaaS and IaaS end in -aas, which no English plural does.
  if (word.endsWith('s') && !/(ss|us|is|aas)$/.test(word)) {
    return word.slice(0, -1);
  }
  for (const suffix of ['ing', 'ed']) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      if (stem.length >= 3 && VOWEL.test(stem)) {
        return DOUBLE_END.test(stem) ? stem.slice(0, -1) : stem;
      }
    }
  }
  return word;
}
