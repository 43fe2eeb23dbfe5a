/**
 * The search data (the synonym table, Korean endings, English contractions in data/), compiled
 * into lookup maps keyed the way queries are analysed: English phrases as stemmed words joined by
 * spaces, Korean phrases with spaces removed. The post-build step (scripts/postbuild/search-index.ts)
 * compiles it and writes the result as JSON for the browser (lexiconToJson, lexiconFromJson); in
 * Node, see siteLexicon.ts.
 */
import {type Contractions, expandContractions, stemEnglish} from './english';
import {
  type KoreanEndingsData,
  type KoreanSuffixes,
  compileKoreanSuffixes,
  negatedForms,
  soundAlike,
  unshifted,
} from './korean';
import {isHangul, normalizeText} from './normalize';

export type Locale = 'ko' | 'en';

export interface SynonymGroup {
  id: string;
  /** What readers type, in either language; matched in both locales. */
  match: Record<Locale, string[]>;
  /** What the pages say: the Pagefind queries, one per alternative, for each locale's index. */
  search: Record<Locale, string[]>;
  /**
   * Korean verb stems whose negation means this group (들어가: not getting in): every way Korean
   * says it, short or long (못 들어가, 들어갈 수 없, 들어가지 못; korean.ts, negatedForms), is
   * matched as if listed in `match`.
   */
  negated?: string[];
  /** Other groups a phrase stands for ("locked out" means sign in + cannot). */
  implies?: string[];
  /** A hint rather than a topic (whose account): it adds to the score but not to coverage. */
  hint?: boolean;
  /**
   * Grammar rather than a topic (cannot: 안돼, 못, "not able"): searched only in the pages' words,
   * never as the reader typed it, which would match any page that says no to anything.
   */
  grammar?: boolean;
  /**
   * Korean forms of a helping verb (주기, 줘야: 보내 주기, 만들어 줘야) that mean this group only
   * right after a verb's -아/-어 form; after a noun they are another word (청구 주기, a cycle), left
   * to whichever group claims them in `match`.
   */
  auxiliary?: string[];
  /**
   * Korean words that mean this group, not the one `match` gives them, when one of the next two
   * words is a noun with the copula (korean-endings.json): 혼자 is the reader doing it alone
   * (the my group) before a verb (저 혼자 재설정), and the only one in 저 혼자 전역 관리자인데.
   */
  predicative?: string[];
  /**
   * Words of `search` that Pagefind must find whole, not as the start of longer words, because the
   * words they start are others: 내 (my) starts 내용 (content), 내부 (internal) and 내보내기 (export).
   * As a prefix, 내 was on 1,006 of 1,009 pages of a generated 1,000-page site.
   */
  whole?: string[];
  comment?: string;
}

/** A hint read into a query the reader did not spell out. */
export interface Assumption {
  comment?: string;
  add: string;
  /** Only when the query has one of these groups... */
  when: string[];
  /** ...and none of these. */
  unless: string[];
}

export interface SynonymData {
  groups: SynonymGroup[];
  assumptions: Assumption[];
  stopWords: Record<Locale, string[]>;
}

/** Everything query understanding reads, as shipped to the browser. */
export interface SearchData {
  synonyms: SynonymData;
  koreanEndings: KoreanEndingsData;
  englishContractions: Contractions;
}

/** What query understanding reads of a synonym group once the table is compiled. */
export type LexiconGroup = Omit<
  SynonymGroup,
  'match' | 'negated' | 'auxiliary' | 'predicative' | 'comment'
>;

export interface Lexicon {
  groups: ReadonlyMap<string, LexiconGroup>;
  /** Stemmed English phrase → group id. */
  english: ReadonlyMap<string, string>;
  englishMaxWords: number;
  /** Korean phrase without spaces → group id. */
  korean: ReadonlyMap<string, string>;
  /**
   * Korean phrase without spaces → as the table spaces it, for the forms it lists only with a
   * space (기술지원 → 기술 지원): the pages write them that way.
   */
  koreanSpacing: ReadonlyMap<string, string>;
  koreanMaxLength: number;
  /** `korean`'s phrases by their spelling without Shift (korean.ts, unshifted): for slips of it. */
  koreanUnshifted: ReadonlyMap<string, readonly string[]>;
  /** `korean`'s phrases by their vowels heard alike (korean.ts, soundAlike): for misspellings. */
  koreanSoundAlike: ReadonlyMap<string, readonly string[]>;
  /**
   * `korean`'s phrases that mix Hangul with Latin letters or digits (2단계인증, 파워bi, ms계정),
   * longest first: the query is split by script before Korean is read, so understand.ts looks for
   * these first.
   */
  koreanMixed: readonly string[];
  /** Korean helping-verb form without spaces → group id (SynonymGroup.auxiliary). */
  koreanAuxiliary: ReadonlyMap<string, string>;
  /** Korean word → group id it means before a noun with the copula (SynonymGroup.predicative). */
  koreanPredicative: ReadonlyMap<string, string>;
  stopWords: ReadonlySet<string>;
  assumptions: readonly Assumption[];
  contractions: Contractions;
  koreanSuffixes: KoreanSuffixes;
}

/**
 * A compiled Lexicon as JSON: its maps and sets as lists. The post-build step compiles the table
 * (stemming and normalising every form) and writes this, so the browser only rebuilds the maps.
 */
export interface LexiconJson {
  groups: LexiconGroup[];
  english: [string, string][];
  englishMaxWords: number;
  korean: [string, string][];
  /** Lexicon.koreanSpacing's spaced forms: each key is its form without spaces. */
  koreanSpacing: string[];
  koreanMaxLength: number;
  koreanAuxiliary: [string, string][];
  koreanPredicative: [string, string][];
  stopWords: string[];
  assumptions: Assumption[];
  contractions: Contractions;
  koreanSuffixes: {endings: string[]; any: string[]; copula: string[]};
}

/**
 * The file the browser fetches (build/search/lexicon.json): the compiled search data, and for
 * each Pagefind language (an <html lang>, lower-cased) the files under build/pagefind/ its first
 * search needs, preloaded with it (src/search/client.ts; written by
 * scripts/postbuild/search-index.ts).
 */
export interface SearchFile {
  lexicon: LexiconJson;
  preload: Record<string, string[]>;
}

export function lexiconToJson(lexicon: Lexicon): LexiconJson {
  return {
    groups: [...lexicon.groups.values()].map(
      ({id, search, implies, hint, grammar, whole}): LexiconGroup => ({
        id,
        search,
        implies,
        hint,
        grammar,
        whole,
      }),
    ),
    english: [...lexicon.english],
    englishMaxWords: lexicon.englishMaxWords,
    korean: [...lexicon.korean],
    koreanSpacing: [...lexicon.koreanSpacing.values()],
    koreanMaxLength: lexicon.koreanMaxLength,
    koreanAuxiliary: [...lexicon.koreanAuxiliary],
    koreanPredicative: [...lexicon.koreanPredicative],
    stopWords: [...lexicon.stopWords],
    assumptions: lexicon.assumptions.map(({add, when, unless}) => ({add, when, unless})),
    contractions: lexicon.contractions,
    koreanSuffixes: {
      endings: [...lexicon.koreanSuffixes.endings],
      any: [...lexicon.koreanSuffixes.any],
      copula: [...lexicon.koreanSuffixes.copula],
    },
  };
}

/** What Lexicon derives from `korean`, so LexiconJson need not carry it. */
function derivedFromKorean(
  korean: ReadonlyMap<string, string>,
): Pick<Lexicon, 'koreanUnshifted' | 'koreanSoundAlike' | 'koreanMixed'> {
  return {
    koreanUnshifted: filedBy(korean, unshifted),
    koreanSoundAlike: filedBy(korean, soundAlike),
    koreanMixed: mixedScript(korean),
  };
}

/** `korean`'s phrases filed under `spelling` of each (Lexicon.koreanUnshifted, koreanSoundAlike). */
function filedBy(
  korean: ReadonlyMap<string, string>,
  spelling: (text: string) => string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const key of korean.keys()) {
    const plain = spelling(key);
    const alike = index.get(plain);
    if (alike) {
      alike.push(key);
    } else {
      index.set(plain, [key]);
    }
  }
  return index;
}

/** Lexicon.koreanMixed of `korean`. */
function mixedScript(korean: ReadonlyMap<string, string>): string[] {
  return [...korean.keys()]
    .filter((key) => /[^\p{Script=Hangul}]/u.test(key))
    .sort((a, b) => b.length - a.length);
}

export function lexiconFromJson(json: LexiconJson): Lexicon {
  const korean = new Map(json.korean);
  return {
    groups: new Map(json.groups.map((group) => [group.id, group])),
    english: new Map(json.english),
    englishMaxWords: json.englishMaxWords,
    korean,
    ...derivedFromKorean(korean),
    koreanSpacing: new Map(json.koreanSpacing.map((form) => [form.replace(/ /g, ''), form])),
    koreanMaxLength: json.koreanMaxLength,
    koreanAuxiliary: new Map(json.koreanAuxiliary),
    koreanPredicative: new Map(json.koreanPredicative),
    stopWords: new Set(json.stopWords),
    assumptions: json.assumptions,
    contractions: json.contractions,
    koreanSuffixes: {...json.koreanSuffixes, all: new Set(json.koreanSuffixes.any)},
  };
}

/** The analysis both the table and the queries go through, so "Passwords" finds "password". */
export function englishKey(text: string, contractions: Contractions): string[] {
  return expandContractions(normalizeText(text).split(' ').filter(Boolean), contractions).map(
    stemEnglish,
  );
}

export function koreanKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** The fields a synonym group may have: any other is a slip ("auxilary") that would be ignored. */
const GROUP_FIELDS: ReadonlySet<string> = new Set(
  Object.keys({
    id: true,
    match: true,
    negated: true,
    search: true,
    implies: true,
    hint: true,
    grammar: true,
    auxiliary: true,
    predicative: true,
    whole: true,
    comment: true,
  } satisfies Record<keyof SynonymGroup, true>),
);

/** The match forms of a group's `negated` stems. */
function negations(group: SynonymGroup): string[] {
  return (group.negated ?? []).flatMap((stem) => {
    if (!/^[가-힣]+$/u.test(stem)) {
      throw new Error(
        `Synonym group "${group.id}" (src/search/data/synonyms/) lists "${stem}" in "negated": list Korean verb stems of one word there (들어가), and other phrases in "match".`,
      );
    }
    return negatedForms(stem);
  });
}

export function compileLexicon({
  synonyms: data,
  koreanEndings,
  englishContractions,
}: SearchData): Lexicon {
  const groups = new Map<string, SynonymGroup>();
  const english = new Map<string, string>();
  const korean = new Map<string, string>();
  const koreanSpacing = new Map<string, string>();
  const unspaced = new Set<string>();
  const koreanAuxiliary = new Map<string, string>();
  const koreanPredicative = new Map<string, string>();
  let englishMaxWords = 1;
  let koreanMaxLength = 1;
  for (const group of data.groups) {
    if (groups.has(group.id)) {
      throw new Error(
        `Synonym group "${group.id}" is defined twice in src/search/data/synonyms/: rename one.`,
      );
    }
    const unknown = Object.keys(group).find((field) => !GROUP_FIELDS.has(field));
    if (unknown !== undefined) {
      throw new Error(
        `Synonym group "${group.id}" (src/search/data/synonyms/) has an unknown field "${unknown}": the fields are ${[...GROUP_FIELDS].join(', ')}.`,
      );
    }
    groups.set(group.id, group);
    for (const form of group.auxiliary ?? []) {
      const key = koreanKey(form);
      koreanAuxiliary.set(key, group.id);
      koreanMaxLength = Math.max(koreanMaxLength, key.length);
    }
    for (const form of group.predicative ?? []) {
      const key = koreanKey(form);
      koreanPredicative.set(key, group.id);
      koreanMaxLength = Math.max(koreanMaxLength, key.length);
    }
    for (const form of [...group.match.en, ...group.match.ko, ...negations(group)]) {
      if (isHangul(form)) {
        const key = koreanKey(form);
        // The first group to claim a form keeps it, so the table reads top-down.
        if (!korean.has(key)) {
          korean.set(key, group.id);
        }
        const spaced = normalizeText(form);
        if (spaced === key) {
          unspaced.add(key);
        } else if (!koreanSpacing.has(key)) {
          koreanSpacing.set(key, spaced);
        }
        koreanMaxLength = Math.max(koreanMaxLength, key.length);
      } else {
        const words = englishKey(form, englishContractions);
        const key = words.join(' ');
        if (key && !english.has(key)) {
          english.set(key, group.id);
        }
        englishMaxWords = Math.max(englishMaxWords, words.length);
      }
    }
  }
  // A form the table also lists without its space (비밀번호, 고객지원) is a word as written.
  for (const key of unspaced) {
    koreanSpacing.delete(key);
  }
  for (const group of data.groups) {
    for (const implied of group.implies ?? []) {
      if (!groups.has(implied)) {
        throw new Error(`Synonym group "${group.id}" implies unknown group "${implied}".`);
      }
    }
    for (const word of group.whole ?? []) {
      if (!group.search.ko.includes(word) && !group.search.en.includes(word)) {
        throw new Error(
          `Synonym group "${group.id}" (src/search/data/synonyms/) lists "${word}" in "whole" but not in "search": add it to "search", or take it out of "whole".`,
        );
      }
    }
  }
  for (const assumption of data.assumptions) {
    for (const id of [assumption.add, ...assumption.when, ...assumption.unless]) {
      if (!groups.has(id)) {
        throw new Error(
          `An assumption in src/search/data/assumptions.json names unknown group "${id}".`,
        );
      }
    }
  }
  const stopWords = new Set<string>();
  for (const word of data.stopWords.en) {
    stopWords.add(stemEnglish(word));
    stopWords.add(word);
  }
  for (const word of data.stopWords.ko) {
    stopWords.add(koreanKey(word));
  }
  return {
    groups,
    english,
    englishMaxWords,
    korean,
    ...derivedFromKorean(korean),
    koreanSpacing,
    koreanMaxLength,
    koreanAuxiliary,
    koreanPredicative,
    stopWords,
    assumptions: data.assumptions,
    contractions: englishContractions,
    koreanSuffixes: compileKoreanSuffixes(koreanEndings),
  };
}
