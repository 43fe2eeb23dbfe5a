import type {Pagefind, PagefindResult} from '../engine';
import {KEPT_TERMS, withTermCache} from '../termCache';

/** A Pagefind that notes each term it is asked to search, and fails for the ones in `failing`. */
function countingPagefind(failing = new Set<string>()) {
  const searched: string[] = [];
  const pagefind: Pagefind = {
    options: async () => {},
    init: async () => {},
    search: async (term) => {
      searched.push(term);
      if (failing.has(term)) throw new Error(`network error for ${term}`);
      return {results: [{id: term, score: 1, words: [0]} as unknown as PagefindResult]};
    },
  };
  return {pagefind, searched};
}

describe('withTermCache', () => {
  it('searches a term once while the reader types on, and answers it the same each time', async () => {
    const {pagefind, searched} = countingPagefind();
    const cached = withTermCache(pagefind);
    // "로그인" then "로그인 안" then "로그인 안돼": the words before the last key come again.
    const first = await cached.search('로그인');
    await cached.search('로그인');
    await cached.search('안');
    const again = await cached.search('로그인');
    expect(searched).toEqual(['로그인', '안']);
    expect(again).toBe(first);
  });

  it('keeps the terms searched last, and drops the one left longest', async () => {
    const {pagefind, searched} = countingPagefind();
    const cached = withTermCache(pagefind);
    await cached.search('oldest');
    await cached.search('kept');
    for (let i = 0; i < KEPT_TERMS - 2; i += 1) await cached.search(`term${i}`);
    await cached.search('kept'); // used again: now the last to be dropped
    await cached.search('one more'); // drops "oldest"
    await cached.search('two more'); // drops the first of the others, not "kept"
    searched.length = 0;
    await cached.search('kept');
    await cached.search('oldest');
    expect(searched).toEqual(['oldest']);
  });

  it('tries a search that failed again the next time', async () => {
    const failing = new Set(['암호']);
    const {pagefind, searched} = countingPagefind(failing);
    const cached = withTermCache(pagefind);
    await expect(cached.search('암호')).rejects.toThrow('network error');
    failing.clear();
    await expect(cached.search('암호')).resolves.toMatchObject({results: [{id: '암호'}]});
    expect(searched).toEqual(['암호', '암호']);
  });
});
