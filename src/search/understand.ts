/**
 * Query understanding: turns what a reader typed into concepts, each a set of alternative Pagefind
 * queries in the words the pages of the reader's locale use.
 *
 * "비밀번호를 잊어버렸어요" → [password: 암호] [forgot: 잊]
 * "cannot log in"           → [cannot: can't | cannot | unable] [signIn: sign | login]
 */
import {stemEnglish, expandContractions} from './english';
import {
  connectiveStem,
  endsVerbConnective,
  endsInCopula,
  isOnlyEndings,
  isParticle,
  isShiftSlip,
  modifierStem,
  pastTenseStem,
  soundAlike,
  spacePossibility,
  stripKoreanSuffixes,
  unshifted,
  withPastTenseFinal,
} from './korean';
import type {Lexicon, Locale} from './lexicon';
import {isHangul, normalizeQuery, splitScripts} from './normalize';

export interface Concept {
  /** The synonym group, or undefined for a word the table does not know. */
  group?: string;
  /** Alternative Pagefind queries; a page that matches any of them has the concept. */
  terms: string[];
  /** A hint (assumed, or a hint group such as "my"): adds to the score, not to coverage. */
  hint?: boolean;
  /** Read into the query, not typed: its words are not marked in excerpts. */
  assumed?: boolean;
  /**
   * A short Latin word the table does not know (an acronym such as PLA, ISV, E3): a page must hold
   * it as a whole word, not as the start of a longer one (PLA in "plan"). See WHOLE_WORD.
   */
  wholeWord?: boolean;
  /**
   * What the reader typed for a synonym group, as a Pagefind term (one of `terms`); undefined when
   * the typed form is too short or filler to search for.
   */
  typed?: string;
}

/**
 * Typed words the table does not know, this short and in Latin letters, are matched as whole words:
 * Pagefind matches every word as a prefix, which for a short word mostly finds other words.
 */
export const WHOLE_WORD = /^[a-z0-9]{2,4}$/;

export interface UnderstoodQuery {
  /** The query as read: capped, cleaned up. */
  text: string;
  concepts: Concept[];
}

/**
 * More concepts than this is a pasted paragraph; the first ones carry the question. A reader's
 * long question reaches 9 to 12 (its subject often last: "… to a customer in another country").
 */
export const MAX_CONCEPTS = 12;

interface Piece {
  text: string;
  /** The piece begins a space-separated word (false for 를 in "id를"). */
  wordStart: boolean;
}

/** Where concepts are collected, in the order the reader wrote them, without repeats. */
class ConceptList {
  readonly concepts: Concept[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly locale: Locale,
  ) {}

  /**
   * `typed` is what the reader wrote for the group (stemmed, spaces kept): searched too, beside
   * the pages' words, as a page may say it the reader's way ("profile", "인보이스", "missing pages").
   */
  addGroup(id: string, typed?: string): void {
    const group = this.lexicon.groups.get(id);
    if (!group) {
      return;
    }
    const own = typed && !group.hint && !group.grammar ? this.typedTerm(typed) : undefined;
    if (this.seen.has(`g:${id}`)) {
      const concept = this.concepts.find((c) => c.group === id);
      if (concept && own && !concept.terms.includes(own)) {
        concept.terms.push(own);
      }
      return;
    }
    this.seen.add(`g:${id}`);
    if (group.search[this.locale].length > 0) {
      const terms = [...group.search[this.locale]];
      if (own && !terms.includes(own)) {
        terms.push(own);
      }
      this.concepts.push({group: id, terms, hint: group.hint, typed: own});
    }
    for (const implied of group.implies ?? []) {
      this.addGroup(implied);
    }
  }

  /**
   * The typed form as a Pagefind term, or undefined when it is too short to say anything (a word of
   * one Hangul syllable or two Latin letters) or holds a filler word ("no one", "did not get").
   */
  private typedTerm(typed: string): string | undefined {
    const words = typed.split(' ');
    const minLength = isHangul(words[0]!) ? 2 : 3;
    return words.every((w) => w.length >= minLength && !this.lexicon.stopWords.has(w))
      ? typed
      : undefined;
  }

  addWord(word: string): void {
    if (this.seen.has(`w:${word}`) || this.lexicon.stopWords.has(word)) {
      return;
    }
    this.seen.add(`w:${word}`);
    this.concepts.push(WHOLE_WORD.test(word) ? {terms: [word], wholeWord: true} : {terms: [word]});
  }
}

function analyseEnglish(words: string[], lexicon: Lexicon, out: ConceptList): void {
  const stems = expandContractions(words, lexicon.contractions).map(stemEnglish);
  let i = 0;
  while (i < stems.length) {
    let matched = 0;
    for (let n = Math.min(lexicon.englishMaxWords, stems.length - i); n >= 1; n -= 1) {
      const phrase = stems.slice(i, i + n).join(' ');
      const group = lexicon.english.get(phrase);
      if (group) {
        out.addGroup(group, phrase);
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      const stem = stems[i]!;
      // Single letters and lone digits find everything and mean nothing.
      if (stem.length >= 2) {
        out.addWord(stem);
      }
      matched = 1;
    }
    i += matched;
  }
}

/**
 * Korean: longest match against the table over the text with spaces ignored (Korean spacing
 * varies: 로그인이안돼요, 로그인이 안 돼요), then particles and endings stripped from the rest.
 */
function analyseKorean(pieces: Piece[], lexicon: Lexicon, out: ConceptList): void {
  const chars: string[] = [];
  const wordStart: boolean[] = [];
  for (const piece of pieces) {
    Array.from(piece.text).forEach((ch, k) => {
      chars.push(ch);
      wordStart.push(k === 0 && piece.wordStart);
    });
  }
  const n = chars.length;
  const wordEnd = (pos: number): number => {
    let end = pos;
    while (end < n && (end === pos || !wordStart[end])) {
      end += 1;
    }
    return end;
  };
  /**
   * True when, from `from` (a word's start), one of the next two words is a noun with the copula
   * (관리자인데, 관리자예요): the sentence says what someone is (SynonymGroup.predicative).
   */
  const copulaFollows = (from: number): boolean => {
    let at = from;
    for (let words = 0; words < 2 && at < n && wordStart[at]; words += 1) {
      const next = wordEnd(at);
      if (endsInCopula(chars.slice(at, next).join(''), lexicon.koreanSuffixes)) {
        return true;
      }
      at = next;
    }
    return false;
  };
  const restIsEndings = (from: number): boolean =>
    from >= n ||
    wordStart[from] ||
    isOnlyEndings(chars.slice(from, wordEnd(from)).join(''), lexicon.koreanSuffixes);

  /**
   * `key` with its last syllable back in the stem when it is a form of a verb the table lists and
   * only endings follow, or undefined: a contracted past tense (바꿨는데: 바꾸 + 었는데), -어 or -아
   * contracted the same way before an ending (그만둬서: 그만두 + 어서), or, for
   * a stem of two syllables or more, a -ㄴ, -ㄹ or -ㅁ form (바뀐, 만든, 그만둠) typed as one word
   * of its own. Those finals end many other words, so the form must open a word and hold no space:
   * inside a word or across two, the syllable is more often another word (더해질 is not 해지,
   * cancel; 관리 잘하는 is not 관리자), and one syllable (낸 is not 내, my) is too little to tell.
   */
  const stemKey = (key: string, end: number, ownWord: boolean): string | undefined => {
    const last = key.at(-1);
    const stem =
      pastTenseStem(last) ??
      connectiveStem(last) ??
      (ownWord && key.length >= 2 ? modifierStem(last) : undefined);
    const candidate = stem === undefined ? undefined : key.slice(0, -1) + stem;
    return candidate !== undefined && lexicon.korean.has(candidate) && restIsEndings(end)
      ? candidate
      : undefined;
  };

  /**
   * The longest acceptable table entry starting at `pos`: [length, group, the entry as the table
   * spells it] or undefined. As typed first; only where nothing matches so, as a Shift slip of an
   * entry of two syllables or more (slipsOf).
   */
  const matchAt = (pos: number, minLength: number): [number, string, string] | undefined =>
    entryAt(pos, minLength, (typed) => [typed]) ?? entryAt(pos, Math.max(minLength, 2), slipsOf);

  /**
   * The table's words that `typed` (ending at `end`) is with a Shift let go too early, the
   * commonest slip in typing Korean (잠겻 for 잠겼, 바꿧 for 바꿨), or misspelt with a vowel
   * heard alike (상테 for 상태, 도매인 for 도메인; korean.ts, soundAlike): tried only where
   * nothing is found as typed, and only where the entry ends its word (or only endings follow),
   * since inside a longer word the same letters are more often another word (바구니 is not 바꾸);
   * a vowel heard alike only where the entry also opens its word. No word of the pages' own
   * (4,033 Korean words with the sample imported) is read otherwise for either.
   */
  const slipsOf = (typed: string, end: number): readonly string[] => {
    if (!restIsEndings(end)) {
      return [];
    }
    const past = withPastTenseFinal(typed);
    // A vowel heard alike is a misspelt word, not part of one: 시장에 is no 장애.
    const opensWord = wordStart[end - Array.from(typed).length] === true;
    const alike = [
      ...(lexicon.koreanUnshifted.get(unshifted(typed)) ?? []).filter((word) =>
        isShiftSlip(typed, word),
      ),
      ...(opensWord
        ? (lexicon.koreanSoundAlike.get(soundAlike(typed)) ?? []).filter((word) => word !== typed)
        : []),
    ];
    return past === undefined ? alike : [...alike, past];
  };

  /** matchAt for the spellings `spell` gives of each stretch of the text. */
  const entryAt = (
    pos: number,
    minLength: number,
    spell: (typed: string, end: number) => readonly string[],
  ): [number, string, string] | undefined => {
    for (let len = Math.min(lexicon.koreanMaxLength, n - pos); len >= minLength; len -= 1) {
      const found = spell(chars.slice(pos, pos + len).join(''), pos + len)
        .map((key) => entryFor(pos, len, key))
        .find((entry) => entry !== undefined);
      if (found) {
        return found;
      }
    }
    return undefined;
  };

  /** [length, group, the entry as the table spells it] when `key`, at `pos`, is acceptable. */
  const entryFor = (
    pos: number,
    len: number,
    key: string,
  ): [number, string, string] | undefined => {
    const auxiliary = lexicon.koreanAuxiliary.get(key);
    const predicative = lexicon.koreanPredicative.get(key);
    const end = pos + len;
    const direct =
      auxiliary && endsVerbConnective(chars[pos - 1])
        ? auxiliary
        : predicative && wordStart[pos] && copulaFollows(end)
          ? predicative
          : lexicon.korean.get(key);
    const crossesWords = chars.slice(pos + 1, end).some((_, k) => wordStart[pos + 1 + k]);
    const entry =
      direct === undefined ? stemKey(key, end, wordStart[pos] === true && !crossesWords) : key;
    const group = direct ?? (entry === undefined ? undefined : lexicon.korean.get(entry));
    if (!group || entry === undefined) {
      return undefined;
    }
    // A one-syllable entry (내, 잊, 못) must open a word and be followed only by endings, or
    // 내 would be found in 내용; so must one the table also lists with its particle (제 and 제가),
    // or 삭제가 would say my. A phrase across words must end where a word ends (or before its
    // endings), or 사용자 관리자 would read as 사용자 관리; and it must start where a word starts,
    // or the last syllable of one word and the first of the next would make a third (어떻게
    // 정해요 is no 계정, 전환 불가 no 환불, 예전 달 no 전달).
    const oneSyllable =
      len === 1 ||
      (lexicon.korean.get(chars[pos]!) === group &&
        isParticle(chars.slice(pos + 1, end).join(''), lexicon.koreanSuffixes));
    if (
      (oneSyllable && (!wordStart[pos] || !restIsEndings(end))) ||
      (crossesWords && (!restIsEndings(end) || !wordStart[pos]))
    ) {
      return undefined;
    }
    return [len, group, entry];
  };

  /**
   * A table entry inside an unknown word splits it only where the word could be a compound or a
   * word with its endings glued on: what follows the entry, up to the word's end or the next
   * entry, is endings, nothing, or long enough to be a word of its own (로그인이안돼요,
   * 우리고객이로그인안돼요, 새고객추가, 우리고객구독). A single syllable left over that is no
   * ending means the entry is part of a longer word the table does not know: 이전 (previous) in
   * 에이전트 (agent).
   */
  const splitsWord = (at: number): boolean => {
    const found = matchAt(at, 2);
    if (!found) {
      return false;
    }
    const after = at + found[0];
    if (restIsEndings(after)) {
      return true;
    }
    // What is left before the word ends or the next entry begins.
    let next = after;
    while (next < n && !wordStart[next] && !matchAt(next, 2)) {
      next += 1;
    }
    return (
      next - after !== 1 || isOnlyEndings(chars.slice(after, next).join(''), lexicon.koreanSuffixes)
    );
  };

  let pos = 0;
  while (pos < n) {
    const found = matchAt(pos, 1);
    if (found) {
      // The table's spelling, one character for each typed one (바꿨 → 바꾸).
      const entry = Array.from(found[2]);
      // Searched as the table spaces it (기술지원 → 기술 지원), else as the reader spaced it.
      const typed =
        lexicon.koreanSpacing.get(entry.join('')) ??
        entry.map((ch, k) => (k > 0 && wordStart[pos + k] ? ` ${ch}` : ch)).join('');
      out.addGroup(found[1], typed);
      pos += found[0];
      continue;
    }
    // Unknown text runs to the end of the word or to the next table entry inside it.
    const start = pos;
    const end = wordEnd(pos);
    pos += 1;
    while (pos < end && !splitsWord(pos)) {
      pos += 1;
    }
    const unknown = chars.slice(start, pos).join('');
    const glued = !wordStart[start];
    // Grammar alone (을, 돼요, 했어요), glued to a known word or standing apart.
    if (isOnlyEndings(unknown, lexicon.koreanSuffixes)) {
      continue;
    }
    // Filler, bare or with its endings (뭐예요, 뭐가, 있는, 우리가).
    if (isFiller(unknown, lexicon)) {
      continue;
    }
    const stripped = stripKoreanSuffixes(unknown, lexicon.koreanSuffixes);
    // A past tense contracted into the stem (보냈, 해봤) is searched by the stem (보내, 해보).
    const last = pastTenseStem(stripped.at(-1));
    const stem = last === undefined ? stripped : stripped.slice(0, -1) + last;
    // Leftovers glued to a known word (로그인 + 할) are grammar, not content.
    if (glued && stem.length < 2) {
      continue;
    }
    out.addWord(stem);
  }
}

/** A Korean stop word, alone or followed only by particles and endings (뭐 + 예요, 있 + 는). */
function isFiller(word: string, lexicon: Lexicon): boolean {
  // Endings are short (isOnlyEndings gives up beyond a dozen syllables): so are the tries.
  for (let i = word.length; i >= Math.max(1, word.length - 12); i -= 1) {
    if (
      lexicon.stopWords.has(word.slice(0, i)) &&
      isOnlyEndings(word.slice(i), lexicon.koreanSuffixes)
    ) {
      return true;
    }
  }
  return false;
}

/** A run of pieces in one script, or a table entry that mixes scripts (mixedEntryAt). */
type Segment = {hangul: boolean; pieces: Piece[]} | {group: string; typed: string};

/**
 * The table's entry that mixes Hangul with Latin letters or digits (2단계 인증, 파워bi, ms 계정)
 * starting at piece `i`, spaces ignored: its key, how many pieces it takes whole, and how much of
 * the next Hangul piece it takes (계정 of 계정으로, whose particle is left to read as Korean).
 */
function mixedEntryAt(
  pieces: readonly Piece[],
  i: number,
  lexicon: Lexicon,
): {key: string; whole: number; cut: number} | undefined {
  for (const key of lexicon.koreanMixed) {
    let rest = key;
    let j = i;
    while (rest.length > 0 && j < pieces.length && rest.startsWith(pieces[j]!.text)) {
      rest = rest.slice(pieces[j]!.text.length);
      j += 1;
    }
    if (rest.length === 0) {
      return {key, whole: j - i, cut: 0};
    }
    const next = pieces[j]?.text;
    if (j > i && next !== undefined && isHangul(next) && next.startsWith(rest)) {
      return {key, whole: j - i, cut: rest.length};
    }
  }
  return undefined;
}

/**
 * Splits the cleaned-up query into runs of one script, keeping track of where words begin, with
 * the table's mixed-script entries taken out first: split by script, their parts would never meet.
 */
function segments(text: string, lexicon: Lexicon): Segment[] {
  const pieces: Piece[] = text
    .split(' ')
    .flatMap((word) => splitScripts(word).map((part, k) => ({text: part, wordStart: k === 0})));
  const out: Segment[] = [];
  let i = 0;
  while (i < pieces.length) {
    const mixed = mixedEntryAt(pieces, i, lexicon);
    if (mixed) {
      out.push({
        group: lexicon.korean.get(mixed.key)!,
        typed: lexicon.koreanSpacing.get(mixed.key) ?? mixed.key,
      });
      i += mixed.whole;
      if (mixed.cut > 0) {
        pieces[i] = {text: pieces[i]!.text.slice(mixed.cut), wordStart: false};
      }
      continue;
    }
    const piece = pieces[i]!;
    const hangul = isHangul(piece.text);
    const last = out[out.length - 1];
    if (last && 'pieces' in last && last.hangul === hangul) {
      last.pieces.push(piece);
    } else {
      out.push({hangul, pieces: [piece]});
    }
    i += 1;
  }
  return out;
}

/** What the reader asked, as concepts to search for in `locale`'s pages. */
export function understandQuery(raw: string, locale: Locale, lexicon: Lexicon): UnderstoodQuery {
  const text = normalizeQuery(raw);
  const out = new ConceptList(lexicon, locale);
  for (const run of segments(spacePossibility(text), lexicon)) {
    if ('group' in run) {
      out.addGroup(run.group, run.typed);
    } else if (run.hangul) {
      analyseKorean(run.pieces, lexicon, out);
    } else {
      // Latin words (and digits) are read as English in both locales.
      analyseEnglish(
        run.pieces.map((p) => p.text),
        lexicon,
        out,
      );
    }
  }
  const concepts = out.concepts.slice(0, MAX_CONCEPTS);
  const groups = new Set(concepts.map((c) => c.group));
  for (const assumption of lexicon.assumptions) {
    const group = lexicon.groups.get(assumption.add);
    if (
      group &&
      assumption.when.some((id) => groups.has(id)) &&
      !assumption.unless.some((id) => groups.has(id)) &&
      !groups.has(assumption.add)
    ) {
      concepts.push({group: group.id, terms: [...group.search[locale]], hint: true, assumed: true});
      groups.add(group.id);
    }
  }
  return {text, concepts};
}
