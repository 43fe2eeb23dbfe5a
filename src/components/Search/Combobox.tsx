import React, {
  Fragment,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {useTasks} from '@site/src/components/TaskLinks';
import type {ExcerptPart} from '@site/src/search/excerpt';
import {jsOnly} from '@site/src/components/jsOnly';
import {type SearchState, usePrefetchSearch, useSearch} from './useSearch';
import {useSettled} from './useSettled';
import {whenPageIdle} from '@site/src/search/idle';
import styles from './styles.module.css';

interface Props {
  variant: 'navbar' | 'hero';
  /** Called when the reader picks a result (the dialog closes). */
  onNavigate?: () => void;
  /** Called on Escape when there is nothing left to close inside the box. */
  onEscape?: () => void;
}

interface Option {
  href: string;
  title: string;
  section?: string;
  excerpt: ExcerptPart[];
}

/** Long pasted queries are quoted back shortened; the whole text stays in the box. */
const QUOTE_LENGTH = 40;

function quote(query: string): string {
  const chars = Array.from(query.trim());
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : chars.join('');
}

function Excerpt({parts}: {parts: ExcerptPart[]}): ReactNode {
  return parts.map((part, i) =>
    part.mark ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
  );
}

function statusMessage(state: SearchState, count: number): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'searching':
      return translate({
        id: 'search.status.searching',
        message: '검색 중…',
        description: 'Shown while search results load',
      });
    case 'done':
      if (count > 0 && state.corrected) {
        return translate(
          {
            id: 'search.status.corrected',
            message:
              '“{query}”에 대한 결과가 없어 “{corrected}” 검색 결과 {count}개를 보여 드립니다.',
            description:
              'Search found nothing for what was typed, so it shows the results for the same words spelt as the pages spell them',
          },
          {query: quote(state.query), corrected: quote(state.corrected), count},
        );
      }
      return count > 0
        ? translate(
            {
              id: 'search.status.count',
              message: '결과 {count}개',
              description: 'Number of search results',
            },
            {count},
          )
        : translate(
            {
              id: 'search.status.noResults',
              message: '“{query}”에 대한 결과가 없습니다. 아래의 주요 도움말을 확인해 보세요.',
              description: 'Search found nothing; the key help articles are listed below',
            },
            {query: quote(state.query)},
          );
    case 'unavailable':
      return translate({
        id: 'search.status.unavailable',
        message:
          '개발 서버(npm start)에는 검색 색인이 없습니다. 검색은 프로덕션 빌드에서 동작합니다: npm run build 후 npm run serve로 사이트를 여세요.',
        description: 'Shown in the development server, which has no search index',
      });
    case 'failed':
      return translate({
        id: 'search.status.failed',
        message: '검색을 불러오지 못했습니다. 잠시 후 다시 시도하세요.',
        description: 'Search could not load its index',
      });
  }
}

/**
 * The search box: an ARIA combobox whose listbox holds the results (or, with nothing to show,
 * the key help articles). Focus stays in the box; arrow keys move through the options, Enter
 * opens one, Escape closes.
 */
export default function Combobox({variant, onNavigate, onEscape}: Props): ReactNode {
  const id = useId();
  const history = useHistory();
  const tasks = useTasks();
  const {query, setQuery, state, prepare} = useSearch();
  const [active, setActive] = useState(-1);
  const [expanded, setExpanded] = useState(variant === 'navbar');
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The dialog mounts the box when it opens: that is the moment to load search.
    if (variant === 'navbar') {
      prepare();
      input.current?.focus();
    }
  }, [variant, prepare]);

  const prefetch = usePrefetchSearch();
  useEffect(() => {
    // On the home page, search is the main control: its files come once the page is idle, so
    // that a reader's first query does not wait for the network.
    if (variant === 'hero') {
      return whenPageIdle(prefetch);
    }
    return undefined;
  }, [variant, prefetch]);

  useEffect(() => {
    // The home page's box is painted before its script runs, and a reader may already have typed
    // into it (or just focused it): take over what it holds and search it. Focus and caret stay
    // where they are, as React leaves the value it finds alone when it hydrates.
    const box = input.current;
    if (variant !== 'hero' || !box) {
      return;
    }
    const focused = document.activeElement === box;
    if (focused) {
      prepare();
    }
    if (box.value) {
      setQuery(box.value);
      setExpanded(focused);
    }
    // Once, when the box comes to life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const results = state.status === 'done' || state.status === 'searching' ? state.results : [];
  const showSuggestions =
    results.length === 0 &&
    (state.status !== 'searching' || !query.trim()) &&
    (variant === 'navbar' || state.status !== 'idle');
  const options: Option[] = showSuggestions
    ? tasks.map((task) => ({
        href: task.to,
        title: task.title,
        excerpt: [{text: task.description, mark: false}],
      }))
    : results.map((r) => ({href: r.url, title: r.title, section: r.section, excerpt: r.excerpt}));
  const listLabel = showSuggestions
    ? translate({
        id: 'search.suggestions.label',
        message: '주요 도움말',
        description: 'Label of the list of suggested articles',
      })
    : translate({
        id: 'search.results.label',
        message: '검색 결과',
        description: 'Label of the list of search results',
      });
  const optionId = (i: number) => `${id}-option-${i}`;
  const listId = `${id}-list`;
  const popupOpen = expanded && options.length > 0;
  // Said while the list is open, once the reader pauses (useSettled): a closed list has no results to count.
  const status = useSettled(expanded ? statusMessage(state, results.length) : '');

  useEffect(() => {
    // The option chosen with the arrow keys stays in sight as the list scrolls (jsdom has no
    // scrollIntoView, hence the optional call).
    if (active >= 0) {
      document.getElementById(optionId(active))?.scrollIntoView?.({block: 'nearest'});
    }
    // optionId changes with `id` only, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const go = (href: string) => {
    onNavigate?.();
    setExpanded(false);
    history.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setExpanded(true);
        if (count > 0) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setActive((current) =>
            current < 0 && step < 0 ? count - 1 : (current + step + count) % count,
          );
        }
        break;
      }
      case 'Enter': {
        const target = options[active] ?? (showSuggestions ? undefined : options[0]);
        if (target) {
          event.preventDefault();
          go(target.href);
        }
        break;
      }
      case 'Escape': {
        event.preventDefault();
        if (variant === 'hero' && popupOpen) {
          setExpanded(false);
          setActive(-1);
        } else if (variant === 'hero' && query) {
          setQuery('');
        } else {
          onEscape?.();
        }
        break;
      }
    }
  };

  return (
    <div
      ref={root}
      role="search"
      {...jsOnly}
      className={clsx(styles.box, styles[variant])}
      data-search-status={state.status}>
      <div className={styles.field}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" />
        </svg>
        <input
          ref={input}
          className={styles.input}
          type="search"
          role="combobox"
          aria-label={translate({
            id: 'search.input.label',
            message: '검색어',
            description: 'Accessible name of the search box',
          })}
          aria-expanded={popupOpen}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={popupOpen && active >= 0 ? optionId(active) : undefined}
          placeholder={translate({
            id: 'search.input.placeholder',
            message: '예: 로그인이 안 돼요',
            description:
              'An example question shown in the empty search box (short enough to fit it on a 320 px screen)',
          })}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(-1);
            setExpanded(true);
          }}
          onBlur={(event) => {
            if (variant === 'hero' && !root.current?.contains(event.relatedTarget)) {
              setExpanded(false);
            }
          }}
          onPointerEnter={prepare}
          onFocus={() => {
            prepare();
            if (query) {
              setExpanded(true);
            }
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className={clsx(styles.status, !status && styles.statusEmpty)} role="status">
        {status}
      </p>
      <div
        id={listId}
        role="listbox"
        // Focus stays in the box (aria-activedescendant): options are focusable, never tabbed to.
        tabIndex={-1}
        aria-label={listLabel}
        className={clsx(styles.listbox, !popupOpen && styles.hidden)}
        // For tests and the benchmark: which query the list answers, and whether it holds results.
        data-query={state.status === 'done' ? state.query : undefined}
        data-list={showSuggestions ? 'suggestions' : 'results'}
        // A click on an option must not blur the box (and collapse the list) before it lands.
        onMouseDown={(event) => event.preventDefault()}>
        {popupOpen &&
          options.map((option, i) => (
            // Each option is the link itself (an <a> may take the option role), so there is no
            // focusable element nested inside an option.
            <Link
              key={`${option.href}-${i}`}
              to={option.href}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              className={clsx(styles.option, i === active && styles.optionActive)}
              onMouseMove={() => setActive(i)}
              onClick={(event) => {
                // A plain click goes the way Enter does; with a modifier the browser opens a tab.
                if (
                  event.button !== 0 ||
                  event.metaKey ||
                  event.ctrlKey ||
                  event.shiftKey ||
                  event.altKey
                ) {
                  return;
                }
                event.preventDefault();
                go(option.href);
              }}>
              <span className={styles.title}>
                {option.title}
                {option.section && <span className={styles.section}>{option.section}</span>}
              </span>
              <span className={styles.excerpt}>
                <Excerpt parts={option.excerpt} />
              </span>
            </Link>
          ))}
      </div>
      {variant === 'navbar' && (
        <p className={styles.hint}>
          <Translate
            id="search.hint"
            description="Keyboard help at the bottom of the search dialog">
            ↑ ↓ 이동 · Enter 열기 · Esc 닫기
          </Translate>
        </p>
      )}
    </div>
  );
}
