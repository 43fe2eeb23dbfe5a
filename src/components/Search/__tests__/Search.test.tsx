import React from 'react';
// @ts-expect-error -- react-dom ships no types and @types/react-dom is not installed: renderToString(element): string
import {renderToString} from 'react-dom/server';
import {act, cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// The mock that @docusaurus/router resolves to in tests (jest.config.mjs).
import {history} from '@site/tests/jest/mocks/docusaurus/router';
import * as engine from '@site/src/search/engine';
import type {Pagefind, PagefindResult} from '@site/src/search/engine';
import {isIndexBuilt, loadSearch, prefetchSearch} from '@site/src/search/client';
import {siteLexicon} from '@site/src/search/siteLexicon';
import Search from '../index';
// The site's featured pages, as the plugin gives them (what the mocked usePluginData returns).
import featured from '@site/tests/jest/featured-pages.ko.json';

jest.mock('@site/src/search/client', () => ({
  isIndexBuilt: jest.fn(),
  loadSearch: jest.fn(),
  prefetchSearch: jest.fn(),
  // No page word is near what these tests type: a search that finds nothing stays so.
  loadVocabulary: jest.fn(() => Promise.resolve([])),
}));

const PAGES = [
  {
    url: '/partner-center/unable-to-sign-in',
    title: '파트너 센터에 로그인할 수 없는 경우',
    content: '암호를 잊어버려 로그인할 수 없다면 서비스 요청을 만듭니다',
  },
  {
    url: '/partner-center/reset-my-password',
    title: '내 암호 재설정',
    content: '내 암호 재설정 암호를 잊었다면 직접 새 암호를 설정합니다',
  },
  {
    url: '/en/partner-center/reset-my-password',
    title: 'Reset my password',
    content: '암호 잊어버려',
  },
];

/** Pagefind over PAGES: a term is found in a page where a word starts with it. */
const pagefind: Pagefind = {
  options: async () => {},
  init: async () => {},
  search: async (term) => {
    const results: PagefindResult[] = [];
    PAGES.forEach((page, i) => {
      const words = `${page.title} ${page.content}`.split(' ');
      const locations = words.flatMap((w, at) => (w.startsWith(term.split(' ')[0]!) ? [at] : []));
      if (locations.length > 0) {
        results.push({
          id: String(i),
          score: locations.length,
          words: locations,
          data: async () => ({
            url: page.url,
            content: words.join(' '),
            anchors: [],
            meta: {title: page.title, url: page.url},
          }),
        });
      }
    });
    return {results};
  },
};

beforeEach(() => {
  jest.clearAllMocks();
  jest.mocked(isIndexBuilt).mockReturnValue(true);
  jest.mocked(loadSearch).mockResolvedValue({engine, pagefind, lexicon: siteLexicon()});
});

async function typeQuery(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('combobox', {name: '검색어'});
  await user.clear(box);
  if (text) {
    // Typed as a paste: user-event would read "<" and "{" as key names.
    await user.click(box);
    await user.paste(text);
  }
  // Results arrive asynchronously; wait until they are for this query.
  await screen.findByRole('listbox', {name: /검색 결과|주요 도움말/});
  await act(async () => {});
  return box;
}

describe('Search, navbar variant', () => {
  it('is a button named 검색 that loads nothing until it is used', () => {
    render(<Search variant="navbar" />);
    expect(screen.getByRole('button', {name: '검색 Ctrl K'})).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+K Meta+K /',
    );
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(loadSearch).not.toHaveBeenCalled();
  });

  it('is named by everything it shows, so the label is in the name (WCAG 2.5.3)', () => {
    render(<Search variant="navbar" />);
    const button = screen.getByRole('button', {name: '검색 Ctrl K'});
    expect(button).toHaveTextContent('검색 Ctrl K');
    expect(button).not.toHaveAttribute('aria-label');
  });

  it.each([
    ['the pointer over the button', (button: HTMLElement) => fireEvent.pointerEnter(button)],
    ['focus on the button', (button: HTMLElement) => fireEvent.focus(button)],
    ['Ctrl pressed, before the K', () => fireEvent.keyDown(document, {key: 'Control'})],
    ['⌘ pressed, before the K', () => fireEvent.keyDown(document, {key: 'Meta'})],
  ])('starts loading search on %s, without opening it', (_, intent) => {
    render(<Search variant="navbar" />);
    const button = screen.getByRole('button', {name: '검색 Ctrl K'});
    intent(button);
    expect(loadSearch).toHaveBeenCalledWith('/');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('does not load search on other keys', () => {
    render(<Search variant="navbar" />);
    fireEvent.keyDown(document, {key: 'Shift'});
    fireEvent.keyDown(document, {key: 'a'});
    expect(loadSearch).not.toHaveBeenCalled();
  });

  it.each([
    ['Ctrl+K', '{Control>}k{/Control}'],
    ['⌘K', '{Meta>}k{/Meta}'],
    ['/', '/'],
  ])('opens with %s, focuses the box and starts loading search', async (_, keys) => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.keyboard(keys);
    const box = await screen.findByRole('combobox', {name: '검색어'});
    expect(box).toHaveFocus();
    expect(screen.getByRole('dialog', {name: '검색'})).toBeInTheDocument();
    expect(loadSearch).toHaveBeenCalledWith('/');
  });

  it('does not take "/" typed into a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="other field" />
        <Search variant="navbar" />
      </>,
    );
    await user.click(screen.getByRole('textbox', {name: 'other field'}));
    await user.keyboard('/');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', {name: 'other field'})).toHaveValue('/');
  });

  it('lists results as options with title and highlighted excerpt, in the page’s locale only', async () => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.click(screen.getByRole('button', {name: '검색 Ctrl K'}));
    await typeQuery(user, '비밀번호를 잊어버렸어요');
    const listbox = await screen.findByRole('listbox', {name: '검색 결과'});
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('href'))).toEqual([
      '/partner-center/reset-my-password',
      '/partner-center/unable-to-sign-in',
    ]);
    expect(options[0]).toHaveTextContent('내 암호 재설정');
    expect(options[0]!.querySelectorAll('mark').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('결과 2개'));
  });

  it('says the number of results once the reader pauses, not at every letter', async () => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.click(screen.getByRole('button', {name: '검색 Ctrl K'}));
    const status = screen.getByRole('status');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent ?? ''));
    observer.observe(status, {childList: true, characterData: true, subtree: true});
    // Letter by letter, as a reader types: each letter runs a search.
    await user.type(screen.getByRole('combobox', {name: '검색어'}), 'password');
    await waitFor(() => expect(status).toHaveTextContent(/결과 \d+개|결과가 없습니다/));
    observer.disconnect();
    expect(said.filter(Boolean)).toEqual([status.textContent]);
  });

  it('moves through options with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.click(screen.getByRole('button', {name: '검색 Ctrl K'}));
    const box = await typeQuery(user, '암호 잊');
    await screen.findByRole('listbox', {name: '검색 결과'});
    const options = screen.getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Enter}');
    expect(history.push).toHaveBeenCalledWith(options[1]!.getAttribute('href'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to where it was', async () => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    const button = screen.getByRole('button', {name: '검색 Ctrl K'});
    await user.click(button);
    await screen.findByRole('combobox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('suggests the top tasks when nothing is found, and shows the query as text', async () => {
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.click(screen.getByRole('button', {name: '검색 Ctrl K'}));
    const hostile = '<img src=x onerror=alert(1)>';
    await typeQuery(user, hostile);
    await screen.findByText(/에 대한 결과가 없습니다/);
    expect(screen.getByRole('status')).toHaveTextContent(`“${hostile}”에 대한 결과가 없습니다.`);
    expect(document.querySelector('img')).toBeNull();
    const suggestions = screen.getByRole('listbox', {name: '주요 도움말'});
    expect(
      within(suggestions)
        .getAllByRole('option')
        .map((o) => o.getAttribute('href')),
    ).toEqual(featured.map((page) => page.permalink));
  });

  it('says plainly that search needs a production build in the development server', async () => {
    jest.mocked(isIndexBuilt).mockReturnValue(false);
    const user = userEvent.setup();
    render(<Search variant="navbar" />);
    await user.click(screen.getByRole('button', {name: '검색 Ctrl K'}));
    await user.type(screen.getByRole('combobox'), '암호');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('npm run build'));
    expect(loadSearch).not.toHaveBeenCalled();
  });
});

describe('Search, hero variant', () => {
  // The browser's idle callbacks, run only when a test says the page is idle.
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    window.requestIdleCallback = jest.fn((callback: IdleRequestCallback) => {
      idle.push(() => callback({didTimeout: false, timeRemaining: () => 50}));
      return idle.length;
    });
    window.cancelIdleCallback = jest.fn();
  });
  afterEach(() => {
    // Unmounted first: unmounting cancels the idle callback.
    cleanup();
    // @ts-expect-error -- jsdom has none; the test's own is taken away again
    delete window.requestIdleCallback;
    // @ts-expect-error -- as above
    delete window.cancelIdleCallback;
    // @ts-expect-error -- jsdom's navigator has no connection; a test may give it one
    delete navigator.connection;
  });

  it('fetches the search files once the loaded page is idle, without starting search', () => {
    render(<Search variant="hero" />);
    expect(prefetchSearch).not.toHaveBeenCalled();
    act(() => idle.forEach((run) => run()));
    expect(prefetchSearch).toHaveBeenCalledWith('/');
    expect(loadSearch).not.toHaveBeenCalled();
  });

  it('fetches nothing before search is asked for when the browser asks to save data', () => {
    Object.defineProperty(navigator, 'connection', {value: {saveData: true}, configurable: true});
    render(<Search variant="hero" />);
    act(() => idle.forEach((run) => run()));
    expect(window.requestIdleCallback).not.toHaveBeenCalled();
    expect(prefetchSearch).not.toHaveBeenCalled();
  });

  it('is the search box itself, collapsed until the reader types', async () => {
    const user = userEvent.setup();
    render(<Search variant="hero" />);
    const box = screen.getByRole('combobox', {name: '검색어'});
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(loadSearch).not.toHaveBeenCalled();
    await user.click(box);
    expect(loadSearch).toHaveBeenCalled();
    await typeQuery(user, '암호');
    await screen.findByRole('listbox', {name: '검색 결과'});
    expect(box).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts loading search when the pointer comes over the box', () => {
    render(<Search variant="hero" />);
    fireEvent.pointerEnter(screen.getByRole('combobox', {name: '검색어'}));
    expect(loadSearch).toHaveBeenCalledWith('/');
  });

  it('searches what was typed into the painted box before its script ran, keeping focus and caret', async () => {
    // The server's HTML, painted; the reader focuses the box and types before React hydrates it.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Search variant="hero" />);
    document.body.append(container);
    const painted = container.querySelector('input')!;
    painted.focus();
    painted.value = '암호 잊';
    painted.setSelectionRange(2, 2);

    render(<Search variant="hero" />, {container, hydrate: true});
    await screen.findByText('결과 2개');
    const listbox = screen.getByRole('listbox', {name: '검색 결과'});
    const box = screen.getByRole<HTMLInputElement>('combobox', {name: '검색어'});
    expect(box).toBe(painted);
    expect(box).toHaveValue('암호 잊');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([2, 2]);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(0);
    expect(loadSearch).toHaveBeenCalledWith('/');
  });

  it('collapses on Escape, then clears the box on a second Escape', async () => {
    const user = userEvent.setup();
    render(<Search variant="hero" />);
    const box = await typeQuery(user, '암호');
    await screen.findByRole('listbox', {name: '검색 결과'});
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('암호');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });
});
