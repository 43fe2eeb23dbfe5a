import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {isIndexBuilt, loadSearch, loadVocabulary, prefetchSearch} from '@site/src/search/client';
import type {SearchResult} from '@site/src/search/engine';
import type {Locale} from '@site/src/search/lexicon';

export type SearchState =
  /** Nothing typed yet. */
  | {status: 'idle'}
  /** Results for `query` are on their way; `results` are the previous ones, kept to avoid flicker. */
  | {status: 'searching'; query: string; results: SearchResult[]}
  /** `corrected`: the words searched instead, when the reader's found nothing. */
  | {status: 'done'; query: string; results: SearchResult[]; corrected?: string}
  /** The development server has no index. */
  | {status: 'unavailable'}
  | {status: 'failed'; query: string};

interface SiteSearch {
  query: string;
  setQuery: (query: string) => void;
  state: SearchState;
  /** Starts loading Pagefind; call it when the reader opens search or focuses the box. */
  prepare: () => void;
}

/** Where this locale's pages live, and what the index is called, from the site's i18n config. */
function useSearchSite(): {locale: Locale; siteBase: string; acceptUrl: (url: string) => boolean} {
  const {i18n} = useDocusaurusContext();
  return useMemo(() => {
    const configs = i18n.localeConfigs;
    const ownBase = configs[i18n.currentLocale]?.baseUrl ?? '/';
    const siteBase = configs[i18n.defaultLocale]?.baseUrl ?? '/';
    // Other locales whose pages sit under this locale's base (/en/ under /): not ours.
    const nestedBases = Object.entries(configs)
      .filter(
        ([locale, c]) =>
          locale !== i18n.currentLocale && c.baseUrl?.startsWith(ownBase) && c.baseUrl !== ownBase,
      )
      .map(([, c]) => c.baseUrl!);
    return {
      locale: i18n.currentLocale === 'en' ? 'en' : 'ko',
      siteBase,
      acceptUrl: (url: string) =>
        url.startsWith(ownBase) && !nestedBases.some((base) => url.startsWith(base)),
    };
  }, [i18n]);
}

interface Answer {
  query: string;
  results?: SearchResult[];
  corrected?: string;
  failed?: boolean;
}

/**
 * Starts loading search (once): call it on the first sign that the reader is about to search, so
 * that the index is on its way before the first key.
 */
export function usePrepareSearch(): () => void {
  const {siteBase} = useSearchSite();
  return useCallback(() => {
    if (isIndexBuilt()) {
      // Errors surface on the first search, which tries again.
      loadSearch(siteBase).catch(() => {});
    }
  }, [siteBase]);
}

/**
 * Brings the search files into the browser's cache without starting Pagefind: for the home page,
 * where search is the main control, once it is idle.
 */
export function usePrefetchSearch(): () => void {
  const {siteBase} = useSearchSite();
  return useCallback(() => {
    if (isIndexBuilt()) {
      prefetchSearch(siteBase);
    }
  }, [siteBase]);
}

/** The search box's state: the query, and the results or status for it. */
export function useSearch(): SiteSearch {
  const site = useSearchSite();
  const prepare = usePrepareSearch();
  const [query, setQuery] = useState('');
  // The last answer that came back, for whichever query it was: the state is derived from it.
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [shown, setShown] = useState<SearchResult[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!isIndexBuilt() || !query.trim()) {
      return;
    }
    // Stopped when the reader types on (the effect runs again), so a search for what they typed
    // a key ago does not hold up the one for what they typed last.
    const stale = new AbortController();
    loadSearch(site.siteBase)
      .then(({engine, pagefind, lexicon}) =>
        engine.runSearch(pagefind, query, {
          locale: site.locale,
          acceptUrl: site.acceptUrl,
          lexicon,
          vocabulary: () => loadVocabulary(site.siteBase),
          signal: stale.signal,
        }),
      )
      .then(
        ({results, corrected}) => {
          if (ticket === latest.current) {
            setAnswer({query, results, corrected});
            setShown(results);
          }
        },
        () => {
          if (ticket === latest.current && !stale.signal.aborted) {
            setAnswer({query, failed: true});
          }
        },
      );
    return () => stale.abort();
  }, [query, site]);

  let state: SearchState;
  if (!query.trim()) {
    state = {status: 'idle'};
  } else if (!isIndexBuilt()) {
    state = {status: 'unavailable'};
  } else if (answer?.query !== query) {
    // The previous results stay on screen until the new ones arrive, so the list does not flicker.
    state = {status: 'searching', query, results: shown};
  } else if (answer.failed) {
    state = {status: 'failed', query};
  } else {
    state = {status: 'done', query, results: answer.results ?? [], corrected: answer.corrected};
  }
  return {query, setQuery, state, prepare};
}
