/**
 * Timing a search the way a reader sees it, in headless Chromium: from the last change to the
 * query to its results on screen. Shared by `npm run bench:search` and `npm run bench:scale`.
 */
import zlib from 'node:zlib';
import {MIN_BYTES, brotliParams} from '../scripts/postbuild/precompress';
import type {Browser, BrowserContext, Locator, Page} from '@playwright/test';

declare global {
  interface Window {
    __searchBench: {typed: number; shown: number; clicked?: number};
  }
}
/**
 * A response body's size as production sends it: brotli with the settings the post-build step
 * precompresses that path with (scripts/postbuild/precompress.ts), or the body itself when it is
 * too small to be worth it or brotli would not make it smaller. The one byte count of the
 * benchmarks, whatever server they run (`docusaurus serve` compresses nothing).
 */
export function brotliBytes(urlPath: string, body: Buffer): number {
  if (body.length < MIN_BYTES) return body.length;
  const params = brotliParams(urlPath.replace(/^\//, ''), body.length);
  return Math.min(zlib.brotliCompressSync(body, {params}).length, body.length);
}

/** A file fetched: its body as served, and as production would send it (brotliBytes). */
export type Download = {path: string; body: number; brotli: number};

/** What each benchmark searches for: a first query after a page load, then later ones. */
export const QUERIES: Record<
  'ko' | 'en',
  {page: string; button: string; first: string; later: string[]}
> = {
  ko: {
    page: '/partner-center/unable-to-sign-in',
    button: '검색 Ctrl K',
    first: '비밀번호를 잊어버렸어요',
    later: [
      '로그인이 안 돼요',
      '직원 비밀번호 초기화',
      '임시 암호',
      '인증 메일이 안 와요',
      '전역 관리자 승격',
      '비번 초기화',
      '회사 인증 실패',
      '서비스 요청',
      '법적 정보',
      '계정이 잠겼어요',
    ],
  },
  en: {
    page: '/en/partner-center/unable-to-sign-in',
    button: 'Search Ctrl K',
    first: 'forgot my password',
    later: [
      'cannot log in',
      'reset password for a user',
      'temporary password',
      'resend verification email',
      'locked out',
      'become global admin',
      'company verification failed',
      'legal info pending',
      "can't sign in",
      'service request',
    ],
  },
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** In the page: note when the query last changed, and when results for `query` are painted. */
function watchResults(query: string) {
  const bench = {typed: 0, shown: 0};
  window.__searchBench = bench;
  document.addEventListener('input', () => (bench.typed = performance.now()), true);
  const check = () => {
    const list = document.querySelector('[role="listbox"]');
    if (
      !bench.shown &&
      list?.getAttribute('data-query') === query &&
      list.querySelector('[role="option"]')
    ) {
      // The frame after the DOM update is when the results are on screen.
      requestAnimationFrame(() => (bench.shown = performance.now()));
    }
  };
  new MutationObserver(check).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

/** Types `query` key by key (or pastes it in one go) and returns the ms from the last change to results. */
export async function timeQuery(page: Page, box: Locator, query: string, {paste = false} = {}) {
  await page.evaluate(watchResults, query);
  if (paste) {
    await box.fill(query);
  } else {
    await box.fill('');
    await box.pressSequentially(query);
  }
  await page.waitForFunction(() => window.__searchBench.shown > 0);
  return page.evaluate(() => window.__searchBench.shown - window.__searchBench.typed);
}

/**
 * A fresh browser context (empty cache) for one measurement. Every benchmark opens its pages with
 * this: tsx compiles the benchmarks with esbuild's keepNames, which wraps inner functions in
 * __name(), and the functions handed to page.evaluate run in the page, where __name must exist too
 * ("__name is not defined" otherwise).
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({content: 'window.__name = (f) => f;'});
  return context;
}

export async function firstSearch(
  browser: Browser,
  origin: string,
  locale: 'ko' | 'en',
  {paste = false} = {},
) {
  const {page: url, button, first} = QUERIES[locale];
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(origin + url);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await page.waitForLoadState('networkidle');

  const files: Promise<Download>[] = [];
  page.on('requestfinished', (request) => {
    files.push(
      request
        .response()
        .then((response) => response?.body() ?? Buffer.alloc(0))
        .catch(() => Buffer.alloc(0))
        .then((body) => ({
          path: new URL(request.url()).pathname,
          body: body.length,
          brotli: brotliBytes(new URL(request.url()).pathname, body),
        })),
    );
  });
  await page.getByRole('button', {name: button, exact: true}).click();
  const box = page.getByRole('dialog').getByRole('combobox');
  const time = await timeQuery(page, box, first, {paste});
  await page.waitForLoadState('networkidle');
  const downloads = await Promise.all(files);
  const bytes = downloads.reduce((sum, f) => sum + f.brotli, 0);
  const bodyBytes = downloads.reduce((sum, f) => sum + f.body, 0);
  return {time, bytes, bodyBytes, downloads, page, context, box};
}
