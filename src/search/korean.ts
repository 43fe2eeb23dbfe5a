/**
 * Korean query words: particles (조사) and verb endings (어미) come off, so 로그인을, 로그인이,
 * 로그인할 all become 로그인. Pagefind matches Korean words by prefix (it indexes Hangul as
 * decomposed letters), so a stem finds every inflected form on the page.
 */

/**
 * data/korean-endings.json: particles (조사) and verb endings (어미), and the forms of the copula
 * 이다 that end a clause saying what someone is (관리자인데, 관리자예요).
 */
export interface KoreanEndingsData {
  particles: string[];
  endings: string[];
  copula: string[];
}

/** The lists, compiled for lookups: longest first, so 었어요 is tried before 요. */
export interface KoreanSuffixes {
  endings: readonly string[];
  any: readonly string[];
  all: ReadonlySet<string>;
  copula: readonly string[];
}

function longestFirst(list: readonly string[]): readonly string[] {
  return [...new Set(list.map((s) => s.replace(/\s+/g, '')))].sort((a, b) => b.length - a.length);
}

export function compileKoreanSuffixes(data: KoreanEndingsData): KoreanSuffixes {
  const any = longestFirst([...data.particles, ...data.endings]);
  return {
    endings: longestFirst(data.endings),
    any,
    all: new Set(any),
    copula: longestFirst(data.copula),
  };
}

/** True when `word` is a noun with the copula 이다 ending a clause: 관리자인데, 관리자예요. */
export function endsInCopula(word: string, suffixes: KoreanSuffixes): boolean {
  return suffixes.copula.some((ending) => word.length > ending.length && word.endsWith(ending));
}

/** True when `text` is a particle (가, 의, 에서) and never a verb's ending. */
export function isParticle(text: string, suffixes: KoreanSuffixes): boolean {
  return suffixes.all.has(text) && !suffixes.endings.includes(text);
}

/** Stacked endings are short; longer text is a word, and the cap keeps the search below linear. */
const MAX_ENDINGS_LENGTH = 12;

/** True when `text` is nothing but particles and endings (e.g. 을, 하는, 었어요, 이에요). */
export function isOnlyEndings(text: string, suffixes: KoreanSuffixes): boolean {
  if (text.length === 0) {
    return true;
  }
  if (text.length > MAX_ENDINGS_LENGTH) {
    return false;
  }
  if (suffixes.all.has(text)) {
    return true;
  }
  // Endings stack (했 + 어요, 하 + 는데): try every split into known pieces.
  for (let i = 1; i < text.length; i += 1) {
    if (suffixes.all.has(text.slice(0, i)) && isOnlyEndings(text.slice(i), suffixes)) {
      return true;
    }
  }
  return false;
}

/**
 * Strips the longest trailing particle or ending twice (particles stack: 담당자들한테 → 담당자들 →
 * 담당자), then one more ending (재설정하기를 → 재설정하기 → 재설정하 → 재설정), while at least
 * `minStem` syllables remain. Over-stripping costs little: the stem is searched as a prefix.
 */
export function stripKoreanSuffixes(word: string, suffixes: KoreanSuffixes, minStem = 2): string {
  let stem = word;
  for (const list of [suffixes.any, suffixes.any, suffixes.endings]) {
    const suffix = list.find((s) => stem.endsWith(s) && stem.length - s.length >= minStem);
    if (suffix) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

const HANGUL_SYLLABLES = 0xac00;
const INITIALS = 19;
const MEDIALS = 21;
const FINALS = 28;

/** A Hangul syllable's letters [initial, medial, final], or undefined for any other character. */
function letters(ch: string): [number, number, number] | undefined {
  const code = ch.charCodeAt(0) - HANGUL_SYLLABLES;
  return code >= 0 && code < INITIALS * MEDIALS * FINALS
    ? [Math.floor(code / (MEDIALS * FINALS)), Math.floor(code / FINALS) % MEDIALS, code % FINALS]
    : undefined;
}

/** The syllable of `letters`' [initial, medial, final]. */
function syllable([initial, medial, final]: readonly number[]): string {
  return String.fromCharCode(HANGUL_SYLLABLES + (initial! * MEDIALS + medial!) * FINALS + final!);
}

/** ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ ㅞ: the vowels a verb's -아/-어 form ends in (보내, 만들어, 해, 봐, 줘). */
const CONNECTIVE_MEDIALS = new Set([0, 1, 4, 6, 9, 10, 14, 15]);

/**
 * True when a Hangul syllable can end a verb's -아/-어 form (보내, 만들어, 해, 와): an open
 * syllable on one of those vowels. What a helping verb such as 주다 follows (보내 주기), unlike a
 * noun (청구 주기).
 */
export function endsVerbConnective(ch: string | undefined): boolean {
  const parts = letters(ch ?? '');
  return parts !== undefined && parts[2] === 0 && CONNECTIVE_MEDIALS.has(parts[1]);
}

/** Final ㅆ, the past tense's mark when it is contracted into a verb's last syllable. */
const FINAL_SS = 20;
const INITIAL_IEUNG = 11;
const INITIAL_HIEUH = 18;
const VOWEL_AE = 1;
/** The vowel of a contracted past tense → the vowel of the stem's own last syllable. */
const PAST_STEM_MEDIALS = new Map<number, number>([
  [14, 13], // ㅝ → ㅜ: 바꿨 (바꾸었), 줬 (주었)
  [9, 8], // ㅘ → ㅗ: 봤 (보았)
  [10, 11], // ㅙ → ㅚ: 됐 (되었)
  [6, 20], // ㅕ → ㅣ: 잠겼 (잠기었), 막혔 (막히었)
  [1, 1], // ㅐ → ㅐ: 보냈 (보내었)
]);

/**
 * The stem's last syllable inside a contracted past tense (바꿨 → 바꾸, 됐 → 되, 보냈 → 보내's
 * 내), or undefined for any other syllable. Korean contracts 바꾸었어요 into 바꿨어요, so the stem
 * the table and the pages know is no longer a prefix of what the reader typed.
 */
export function pastTenseStem(ch: string | undefined): string | undefined {
  const parts = letters(ch ?? '');
  if (parts === undefined || parts[2] !== FINAL_SS) {
    return undefined;
  }
  const [initial, vowel] = parts;
  const medial = PAST_STEM_MEDIALS.get(vowel);
  // 었, 았, 였 and 왔 open with ㅇ: endings, or a stem too short to search; 했 is 하였.
  if (
    medial === undefined ||
    initial === INITIAL_IEUNG ||
    (initial === INITIAL_HIEUH && vowel === VOWEL_AE)
  ) {
    return undefined;
  }
  return syllable([initial, medial, 0]);
}

/**
 * The stem's last syllable inside a contracted -어/-아 ending (그만둬 → 그만두, 잠겨 → 잠기, 돼 →
 * 되, 봐 → 보), or undefined for any other syllable: the same contraction as the past tense's,
 * before an ending (그만둬서, 잠겨요) rather than 었. Like pastTenseStem, only a candidate.
 */
export function connectiveStem(ch: string | undefined): string | undefined {
  const parts = letters(ch ?? '');
  if (parts === undefined || parts[2] !== 0) {
    return undefined;
  }
  const [initial, vowel] = parts;
  const medial = PAST_STEM_MEDIALS.get(vowel);
  // 어, 아, 와, 워 open with ㅇ: endings; 해 is 하여 and 내 its own stem.
  if (medial === undefined || medial === vowel || initial === INITIAL_IEUNG) {
    return undefined;
  }
  return syllable([initial, medial, 0]);
}

/** Final ㄹ: a verb's -ㄹ form (할, 볼, 받을), the one 수 (can) follows. */
const FINAL_RIEUL = 8;

/**
 * The ways Korean says that a verb did not or could not happen, for a verb stem (들어가, 받): the
 * short forms (못 들어가, 안 들어가) and the long ones that say the same (들어갈 수 없, with 가 or
 * 도 after 수; 들어가지 못; 들어가지 않). The -ㄹ form is a regular verb's: an open syllable takes
 * ㄹ (가 → 갈), a stem ending in ㄹ stays (만들), any other takes 을 (받 → 받을). An irregular
 * verb's forms (듣 → 들을) are for its group's `match` list.
 */
export function negatedForms(stem: string): string[] {
  const parts = letters(stem.at(-1) ?? '');
  if (parts === undefined) {
    throw new Error(`"${stem}" is not a Korean verb stem: it must end in a Hangul syllable.`);
  }
  const future =
    parts[2] === 0
      ? stem.slice(0, -1) + syllable([parts[0], parts[1], FINAL_RIEUL])
      : parts[2] === FINAL_RIEUL
        ? stem
        : `${stem}을`;
  return [
    `못 ${stem}`,
    `안 ${stem}`,
    `${future} 수 없`,
    `${future} 수가 없`,
    `${future} 수도 없`,
    `${stem}지 못`,
    `${stem}지 않`,
  ];
}

/** Finals ㄴ, ㄹ and ㅁ: a verb's -ㄴ, -ㄹ and -ㅁ forms, written into its stem's last syllable. */
const MODIFIER_FINALS = new Set([4, 8, 16]);

/**
 * The open syllable under a verb's -ㄴ, -ㄹ or -ㅁ form (바뀐, 바뀔, 바뀜 → 바뀌; 잠긴 → 잠기), or
 * undefined for any other syllable. Like pastTenseStem, it gives the stem back only as a
 * candidate: the caller keeps it where the table lists that stem and only endings follow.
 */
export function modifierStem(ch: string | undefined): string | undefined {
  const parts = letters(ch ?? '');
  return parts !== undefined && MODIFIER_FINALS.has(parts[2])
    ? syllable([parts[0], parts[1], 0])
    : undefined;
}

/**
 * Letters typed with Shift on the standard Korean keyboard (두벌식) → the same key without it:
 * ㄲ ㄸ ㅃ ㅆ ㅉ → ㄱ ㄷ ㅂ ㅅ ㅈ as a syllable's first letter, ㄲ ㅆ → ㄱ ㅅ as its last, and the
 * vowels ㅒ ㅖ → ㅐ ㅔ (indices in the Unicode syllable block's order).
 */
const UNSHIFTED_INITIALS = new Map([
  [1, 0],
  [4, 3],
  [8, 7],
  [10, 9],
  [13, 12],
]);
const UNSHIFTED_MEDIALS = new Map([
  [3, 1],
  [7, 5],
]);
/** Final ㅅ: the letter ㅆ (FINAL_SS) is typed as with Shift let go. */
const FINAL_S = 19;
const UNSHIFTED_FINALS = new Map([
  [2, 1],
  [FINAL_SS, FINAL_S],
]);

const UNSHIFTED = [UNSHIFTED_INITIALS, UNSHIFTED_MEDIALS, UNSHIFTED_FINALS];

/** ㅔ ㅖ ㅚ ㅞ → ㅐ ㅒ ㅙ ㅙ (indices in the Unicode syllable block's order). */
const SOUND_ALIKE_MEDIALS = new Map([
  [5, 1],
  [7, 3],
  [11, 10],
  [15, 10],
]);

/**
 * `text` with the vowels that Korean speakers no longer tell apart by ear written one way: ㅐ
 * and ㅔ, ㅒ and ㅖ, and ㅙ, ㅞ and ㅚ. Readers spell one for the other (상테 for 상태, 도매인 for
 * 도메인, 됬 for 됐): the key Lexicon.koreanSoundAlike files phrases under.
 */
export function soundAlike(text: string): string {
  let plain = '';
  for (const ch of text) {
    const parts = letters(ch);
    plain +=
      parts === undefined
        ? ch
        : syllable([parts[0], SOUND_ALIKE_MEDIALS.get(parts[1]) ?? parts[1], parts[2]]);
  }
  return plain;
}

/** `text` as typed with Shift never held: the key Lexicon.koreanUnshifted files phrases under. */
export function unshifted(text: string): string {
  let plain = '';
  for (const ch of text) {
    const parts = letters(ch);
    plain +=
      parts === undefined ? ch : syllable(parts.map((part, k) => UNSHIFTED[k]!.get(part) ?? part));
  }
  return plain;
}

/**
 * True when `typed` is `word` with one or more of its Shift letters typed without Shift, the
 * commonest slip in typing Korean (잠겻 for 잠겼, 가먹 for 까먹), and never the other way: a
 * Shift letter typed is meant (까지 is not 가지).
 */
export function isShiftSlip(typed: string, word: string): boolean {
  const a = Array.from(typed);
  const b = Array.from(word);
  return (
    typed !== word &&
    a.length === b.length &&
    a.every((ch, k) => {
      if (ch === b[k]) {
        return true;
      }
      const mine = letters(ch);
      const meant = letters(b[k]!);
      return (
        mine !== undefined &&
        meant !== undefined &&
        mine.every((part, j) => part === meant[j] || part === UNSHIFTED[j]!.get(meant[j]!))
      );
    })
  );
}

/**
 * `text` with its last syllable's final ㅅ typed as ㅆ (바꿧 → 바꿨), or undefined: a contracted
 * past tense (pastTenseStem) with its Shift let go, which the table lists only by its stem.
 */
export function withPastTenseFinal(text: string): string | undefined {
  const parts = letters(text.at(-1) ?? '');
  return parts?.[2] === FINAL_S
    ? text.slice(0, -1) + syllable([parts[0], parts[1], FINAL_SS])
    : undefined;
}

/**
 * "Can" and "cannot" are -ㄹ 수 있다 and -ㄹ 수 없다, with 수 a word of its own (할 수 있나요),
 * and readers often run it into its neighbours (할수 있나요, 팔 수있는, 볼수없어요). Written so,
 * 할수 or 수있 would be read as a word the pages never hold. This spaces 수 as the spelling rules
 * do, where it follows a -ㄹ form (or stands at a word's start) and 있 or 없 follows it, with 가, 도
 * or 는 between or not: 할수있나요 → 할 수 있나요, 볼수가 없어요 → 볼 수가 없어요. Other words
 * ending in 수 (횟수, 변수) do not follow a -ㄹ form and are left as they are.
 */
export function spacePossibility(text: string): string {
  return text.replace(
    /(^|[\s\S])수([가도는]?)\s*(?=[있없])/gu,
    (whole: string, before: string, particle: string) => {
      if (letters(before)?.[2] === FINAL_RIEUL) {
        return `${before} 수${particle} `;
      }
      return before === '' || /\s/u.test(before) ? `${before}수${particle} ` : whole;
    },
  );
}
