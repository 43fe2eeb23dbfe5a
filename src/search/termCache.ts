import type {Pagefind} from './engine';

/** Terms whose results are kept: a few queries' worth, typed key by key. */
export const KEPT_TERMS = 32;

/**
 * Pagefind with its answers kept: a term searched again is answered from memory. A reader typing
 * a query key by key starts a search at every key, and each searches every word of the query
 * again; on a large site a word on most pages (로그인, account) takes Pagefind 7 to 38 ms each
 * time, on the page's one thread, where the search for the last key waits behind the others. The
 * index does not change while the page is open, so a term's results do not either. The last
 * `KEPT_TERMS` terms searched are kept; a search that failed is tried again next time.
 */
export function withTermCache(pagefind: Pagefind): Pagefind {
  const kept = new Map<string, ReturnType<Pagefind['search']>>();
  return {
    ...pagefind,
    search(term) {
      let answer = kept.get(term);
      // Map keeps insertion order: the term moves to the end, the last to be dropped.
      kept.delete(term);
      if (!answer) {
        answer = pagefind.search(term);
        answer.catch(() => {
          if (kept.get(term) === answer) kept.delete(term);
        });
      }
      kept.set(term, answer);
      if (kept.size > KEPT_TERMS) kept.delete(kept.keys().next().value!);
      return answer;
    },
  };
}
