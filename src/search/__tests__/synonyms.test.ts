/**
 * The synonym table is data edited by hand: these checks say what is wrong and how to fix it.
 */
import contractions from '../data/english-contractions.json';
import koreanEndings from '../data/korean-endings.json';
import {negatedForms} from '../korean';
import {type Lexicon, type SynonymData, compileLexicon, englishKey, koreanKey} from '../lexicon';
import {siteLexicon} from '../siteLexicon';
import {SYNONYM_FILES} from '../siteData';
import {understandQuery} from '../understand';

/** Every group, with the file that holds it, so a failure names the file to fix. */
const GROUPS = SYNONYM_FILES.flatMap(({file, groups}) => groups.map((group) => ({...group, file})));

const LOCALES = ['ko', 'en'] as const;

/** What readers type for a group in one locale: its `match` list, and in Korean its `negated` forms. */
function readerForms(group: (typeof GROUPS)[number], locale: (typeof LOCALES)[number]): string[] {
  const negated = locale === 'ko' ? (group.negated ?? []).flatMap(negatedForms) : [];
  return [...group.match[locale], ...negated];
}

describe('the synonym table (src/search/data/synonyms/)', () => {
  it('compiles', () => {
    expect(() => siteLexicon()).not.toThrow();
  });

  it('is spread over files that each hold some groups', () => {
    expect(SYNONYM_FILES.length).toBeGreaterThan(1);
    for (const {file, groups} of SYNONYM_FILES)
      expect({file, groups: groups.length > 0}).toEqual({file, groups: true});
  });

  it.each(GROUPS.map((g) => [`${g.id} (${g.file})`, g] as const))(
    'group %s lists reader words and page words',
    (id, group) => {
      for (const locale of LOCALES) {
        expect({id, locale, match: group.match[locale].length > 0}).toEqual({
          id,
          locale,
          match: true,
        });
        const searchable =
          group.search[locale].length > 0 || (group as {implies?: string[]}).implies?.length;
        // Fix: add the words the pages use to "search", or "implies" other groups.
        expect({id, locale, searchable: Boolean(searchable)}).toEqual({
          id,
          locale,
          searchable: true,
        });
      }
    },
  );

  it('gives every reader word to one group only, so a word never means two things', () => {
    const owners = new Map<string, string[]>();
    for (const group of GROUPS) {
      for (const form of [...readerForms(group, 'en'), ...readerForms(group, 'ko')]) {
        const key = /[\p{Script=Hangul}]/u.test(form)
          ? `ko:${koreanKey(form)}`
          : `en:${englishKey(form, contractions).join(' ')}`;
        owners.set(key, [...(owners.get(key) ?? []), `${group.id} (${group.file})`]);
      }
    }
    const shared = [...owners].filter(([, groups]) => new Set(groups).size > 1);
    // Fix: keep the form in the group it means most often and delete it from the others.
    expect(shared).toEqual([]);
  });

  it('reads every reader word, typed alone, as its group', () => {
    const lexicon = siteLexicon();
    const forms = GROUPS.flatMap((group) =>
      LOCALES.flatMap((locale) =>
        readerForms(group, locale).map((form) => ({group, locale, form})),
      ),
    );
    expect(forms.length).toBeGreaterThan(500);
    const unread = forms
      .filter(({group, locale, form}) => {
        const read = understandQuery(form, locale, lexicon).concepts.map((c) => c.group);
        // A group with no words of its own in this locale is read as the groups it implies.
        const expected = group.search[locale].length > 0 ? [group.id] : (group.implies ?? []);
        return !expected.every((id) => read.includes(id));
      })
      .map(({group, locale, form}) => `${group.file} ${group.id}.${locale}: ${form}`);
    // Fix: write the form as readers type it, or move it to the group the query reads it as.
    expect(unread).toEqual([]);
  });

  it('searches with words that survive Pagefind’s own clean-up (letters, digits, apostrophes, spaces)', () => {
    const bad = GROUPS.flatMap((g) =>
      LOCALES.flatMap((l) =>
        g.search[l]
          .filter((t) => !/^[\p{L}\p{N}' ]+$/u.test(t))
          .map((t) => `${g.file} ${g.id}.${l}: ${t}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('searches the Korean pages in Microsoft’s terms (암호, never 비밀번호)', () => {
    const koTerms = GROUPS.flatMap((g) => g.search.ko);
    expect(koTerms).not.toContain('비밀번호');
    expect(koTerms).toContain('암호');
  });
});

describe('compileLexicon', () => {
  const group = (id: string, extra: object = {}) => ({
    id,
    match: {en: [id], ko: []},
    search: {en: [id], ko: []},
    ...extra,
  });
  const compile = (groups: object[], assumptions: object[] = []): Lexicon =>
    compileLexicon({
      synonyms: {groups, assumptions, stopWords: {en: [], ko: []}} as unknown as SynonymData,
      koreanEndings,
      englishContractions: contractions,
    });

  it('rejects a group defined twice', () => {
    expect(() => compile([group('a'), group('a')])).toThrow('"a" is defined twice');
  });

  it('rejects a field a group cannot have, and names the ones it can', () => {
    expect(() => compile([group('a', {auxilary: ['주기']})])).toThrow(
      'Synonym group "a" (src/search/data/synonyms/) has an unknown field "auxilary": the fields are id, match, negated, search, implies, hint, grammar, auxiliary, predicative, whole, comment.',
    );
  });

  it('rejects a negated stem that is not one Korean word, and says what goes there', () => {
    expect(() => compile([group('a', {negated: ['들어 가']})])).toThrow(
      'Synonym group "a" (src/search/data/synonyms/) lists "들어 가" in "negated": list Korean verb stems of one word there (들어가), and other phrases in "match".',
    );
  });

  it('matches every negated form of a stem, spaced as the reader likes', () => {
    const lexicon = compile([group('a', {negated: ['받']})]);
    for (const form of [
      '못받',
      '안받',
      '받을수없',
      '받을수가없',
      '받을수도없',
      '받지못',
      '받지않',
    ]) {
      expect(lexicon.korean.get(form)).toBe('a');
    }
  });

  it('rejects an unknown implied group', () => {
    expect(() => compile([group('a', {implies: ['nope']})])).toThrow(
      'implies unknown group "nope"',
    );
  });

  it('rejects a word to be found whole that the group does not search for, and says what to do', () => {
    expect(() => compile([group('a', {whole: ['b']})])).toThrow(
      'Synonym group "a" (src/search/data/synonyms/) lists "b" in "whole" but not in "search": add it to "search", or take it out of "whole".',
    );
  });

  it('rejects an assumption about an unknown group', () => {
    expect(() => compile([group('a')], [{add: 'b', weight: 0.5, when: ['a'], unless: []}])).toThrow(
      'unknown group "b"',
    );
  });

  it('gives a form claimed by two groups to the first one', () => {
    const lexicon = compile([
      {id: 'a', match: {en: ['x'], ko: ['가']}, search: {en: ['x'], ko: ['가']}},
      {id: 'b', match: {en: ['x'], ko: ['가']}, search: {en: ['x'], ko: ['가']}},
    ]);
    expect([lexicon.english.get('x'), lexicon.korean.get('가')]).toEqual(['a', 'a']);
  });

  it('keys English phrases by their stems and Korean phrases without spaces', () => {
    const lexicon = compile([
      {
        id: 'pw',
        match: {en: ['Passwords'], ko: ['비밀 번호']},
        search: {en: ['password'], ko: ['암호']},
      },
    ]);
    expect(lexicon.english.get('password')).toBe('pw');
    expect(lexicon.korean.get('비밀번호')).toBe('pw');
  });
});
