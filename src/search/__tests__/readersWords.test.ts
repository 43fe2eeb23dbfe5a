import {keepsTerm, readersMatches} from '../readersWords';

describe('keepsTerm', () => {
  it('takes a page word that starts with the reader’s term', () => {
    expect(keepsTerm('Invoices,', 'invoice')).toBe(true);
    expect(keepsTerm('PEC는', 'pec')).toBe(true);
    expect(keepsTerm('sign-in', 'global admin sign')).toBe(true);
  });

  it('takes a typo or an unfinished word that keeps most of the term', () => {
    expect(keepsTerm('invoice', 'invocie')).toBe(true);
    expect(keepsTerm('installation', 'installa')).toBe(true);
    // 로긴 and 로그인 share ㄹㅗㄱ of ㄹㅗㄱㅣㄴ: Korean is compared letter by letter.
    expect(keepsTerm('로그인할', '로긴')).toBe(true);
    expect(keepsTerm('잠긴', '잠기')).toBe(true);
  });

  it('refuses a word that keeps only a short start of the term', () => {
    expect(keepsTerm('as', 'asdf')).toBe(false);
    expect(keepsTerm('assign', 'asdfgh')).toBe(false);
    expect(keepsTerm('a', 'alert')).toBe(false);
    expect(keepsTerm('one', 'onerror')).toBe(false);
    expect(keepsTerm('in', 'invocie')).toBe(false);
    expect(keepsTerm('보안', '뷁')).toBe(false);
  });
});

describe('readersMatches', () => {
  const words = ['roles', 'such', 'as', 'admin', 'assign'];

  it('keeps each concept’s matches that are the reader’s words, and drops the rest', () => {
    const locations = new Map([
      [0, [0]],
      [1, [2, 4]],
    ]);
    const terms = [['role'], ['asdf']];
    expect(readersMatches(words, locations, (c) => terms[c]!)).toEqual(new Map([[0, [0]]]));
  });

  it('is undefined when nothing on the page is the reader’s', () => {
    expect(readersMatches(words, new Map([[0, [2, 4]]]), () => ['asdf'])).toBeUndefined();
  });

  it('keeps a concept matched without locations (keywords, address): it cannot be checked', () => {
    expect(readersMatches(words, new Map([[0, []]]), () => ['asdf'])).toEqual(new Map([[0, []]]));
  });
});
