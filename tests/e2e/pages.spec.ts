// One visit per page: every page of the sitemaps is loaded once with JavaScript (checked in light
// mode, then turned dark) and once without, and checked for everything a page owes a reader. A
// failure lists the page and each check that failed. Template and feature behaviour (the search dialog, the
// keyboard journey, the English-original toggle, the language switch) is tested once, on a
// representative page, in the other spec files.
//
// `npm run test:pages [-- <build>]` runs this file alone against any built site.
import type {Browser, BrowserContext, Page} from '@playwright/test';
import {test, expect} from '@playwright/test';
import {AXE_COLOUR_RULES, axeBuilder, watchPage, type Watch} from './fixtures';
import {SEARCH_NAME} from './search-helpers';
import {sitemapPaths, LOCALES} from '../support/sitemap';
import {
  expectedImages,
  localeOf,
  pagesBuildDir,
  pagesSiteDir,
  sourceOf,
  urlOfPage,
  type PageSource,
} from '../support/pagesTarget';
import {allPages} from '../../lib/content';
import {TO_TRANSLATE} from '../../scripts/import-sxs/images';

const buildDir = pagesBuildDir();
const siteDir = pagesSiteDir(buildDir);
const PATHS = sitemapPaths(buildDir);

const ARTICLE = 'main article, main';
const SCREENSHOT_IMAGES = 'article figure > button[aria-haspopup="dialog"] img';
const TOGGLE = {name: '영어 원문 함께 보기'};
/** Short waits inside a check: the page is loaded and hydrated by then. */
const SOON = {timeout: 10_000};

/** The failures of one page, by check; the test fails once, at the end, listing them all. */
class Report {
  readonly failures: string[] = [];
  constructor(readonly pathname: string) {}

  /** How long each check took, in the report's annotations: where a slow page spends its time. */
  readonly timings: string[] = [];

  async check(name: string, body: () => Promise<void>): Promise<void> {
    const start = Date.now();
    try {
      await body();
    } catch (error) {
      const message = (error as Error).message
        // Playwright colours its messages for the terminal; the report is plain text.
        .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
        .split('\n')
        .filter((line) => line.trim() && !/^\s+at /.test(line) && !/Call log:/.test(line))
        .slice(0, 30)
        .join('\n      ');
      this.failures.push(`${name}: ${message}`);
    } finally {
      this.timings.push(`${name} ${((Date.now() - start) / 1000).toFixed(1)}s`);
    }
  }

  watched(visit: string, watch: Watch): void {
    for (const problem of watch.problems) this.failures.push(`${visit}: ${problem}`);
    for (const url of watch.offsite) this.failures.push(`${visit}: request left the site: ${url}`);
    watch.problems.length = 0;
    watch.offsite.length = 0;
  }
}

interface Content {
  text: string;
  steps: number;
  screenshots: string[];
  /** Each table's name (plugins/rehype-table-names). */
  tables: (string | null)[];
}

async function content(page: Page): Promise<Content> {
  const main = page.locator(ARTICLE).first();
  return {
    text: ((await main.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    steps: await main.locator('ol > li').count(),
    screenshots: await main
      .locator('figure > button img')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt)),
    tables: await main
      .locator('table')
      .evaluateAll((tables) => tables.map((table) => table.getAttribute('aria-label'))),
  };
}

function twinOf(pathname: string): string {
  return localeOf(pathname) === 'en'
    ? pathname.replace(/^\/en(?=\/|$)/, '') || '/'
    : `/en${pathname === '/' ? '/' : pathname}`;
}

const trimSlash = (pathname: string) => pathname.replace(/(.)\/$/, '$1');

async function open(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newContext']>[0],
): Promise<{context: BrowserContext; page: Page; watch: Watch}> {
  const context = await browser.newContext({baseURL, ...options});
  const page = await context.newPage();
  const watch = await watchPage(page, new URL(baseURL).origin);
  return {context, page, watch};
}

/**
 * axe on the page (or the part `include` names). `colours` runs only the rules colours decide: the
 * dark visit's markup is the light visit's, already checked by every rule.
 */
async function axe(
  page: Page,
  {include, colours = false}: {include?: string; colours?: boolean} = {},
): Promise<void> {
  const builder = axeBuilder(page);
  if (include) builder.include(include);
  if (colours) builder.withRules(AXE_COLOUR_RULES);
  const {violations} = await builder.analyze();
  expect(
    violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ` +
        violation.nodes.map((node) => node.target.join(' ')).join(' | '),
    ),
  ).toEqual([]);
}

/** Whether the page shows the English original's toggle: Korean pages translated from English. */
function hasEnglishOriginal(source: PageSource | undefined): boolean {
  const translation = source?.translation;
  return !!translation && translation.status !== 'missing' && !!translation.type;
}

async function turnEnglishOriginalOn(page: Page): Promise<void> {
  const toggle = page.getByRole('button', TOGGLE);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true', SOON);
  await expect(page.locator('article .english-original').first()).toBeVisible(SOON);
}

/** The page with JavaScript: light mode at desktop width, then dark mode and a narrow screen. */
async function visit(
  report: Report,
  browser: Browser,
  baseURL: string,
  pathname: string,
  source: PageSource | undefined,
): Promise<Content | undefined> {
  const {context, page, watch} = await open(browser, baseURL, {colorScheme: 'light'});
  const locale = localeOf(pathname);
  const twin = twinOf(pathname);
  let hydrated: Content | undefined;
  try {
    const response = await page.goto(pathname);
    await report.check('served', async () => {
      expect(response?.status(), 'status').toBe(200);
      expect(response?.request().redirectedFrom(), 'served without a redirect').toBeNull();
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    });
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    hydrated = await content(page);

    await report.check('language and twin', async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      const alternates = page.locator('link[rel="alternate"][hreflang]');
      await expect(alternates.and(page.locator('[hreflang="ko"]'))).toHaveCount(1);
      await expect(alternates.and(page.locator('[hreflang="en"]'))).toHaveCount(1);
      const twinHref = await alternates
        .and(page.locator(`[hreflang="${locale === 'ko' ? 'en' : 'ko'}"]`))
        .getAttribute('href');
      expect(trimSlash(new URL(twinHref!).pathname), 'hreflang twin').toBe(trimSlash(twin));
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(trimSlash(new URL(canonical!).pathname), 'canonical').toBe(trimSlash(pathname));
      // The language menu is on every page, as plain links that work without JavaScript.
      await expect(
        page.locator(`a[lang="${locale === 'ko' ? 'en' : 'ko'}"]`).first(),
      ).toHaveAttribute('href', new RegExp(`^${twin === '/' ? '/' : twin}`));
    });

    await report.check('nothing left for a writer to translate', async () => {
      const leftovers = await page.evaluate(
        ({markers, english}) => {
          const found: string[] = [];
          // What an import marks as given in one language only (scripts/import-sxs/images.ts).
          const main = document.querySelector('main');
          const texts = [
            main?.textContent ?? '',
            ...[...(main?.querySelectorAll('[alt]') ?? [])].map((e) => e.getAttribute('alt')!),
          ];
          for (const marker of markers) {
            if (texts.some((text) => text.includes(marker.trim()))) found.push(marker.trim());
          }
          // On an English page, the site's own words around the article are English too: a
          // category label an import could not translate stays Korean until a writer does.
          if (english) {
            const hangul = /[\uAC00-\uD7A3]/;
            const around = [
              document.title,
              ...[
                ...document.querySelectorAll(
                  'h1, .theme-doc-sidebar-container .menu__link, .theme-doc-breadcrumbs li',
                ),
              ].map((e) => e.textContent ?? ''),
            ];
            found.push(...new Set(around.filter((text) => hangul.test(text))));
          }
          return found;
        },
        {markers: Object.values(TO_TRANSLATE), english: locale === 'en'},
      );
      expect(leftovers, 'untranslated').toEqual([]);
    });

    if (source) {
      await report.check('sections in the other language', async () => {
        // A reader who switches language keeps the section: every heading id is in the twin.
        const ids = await page
          .locator('article :is(h2, h3)[id]')
          .evaluateAll((headings) => headings.map((h) => h.id));
        const html = await (await context.request.get(twin)).text();
        // The HTML is minified: an attribute value may be unquoted.
        const has = (id: string) =>
          new RegExp(`\\sid=["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s>]`).test(html);
        expect(
          ids.filter((id) => !has(id)),
          `heading ids missing on ${twin}`,
        ).toEqual([]);
      });

      await report.check('last update, breadcrumbs, previous/next', async () => {
        await expect(page.locator('.theme-last-updated')).toBeVisible();
        await expect(
          page.getByRole('navigation', {name: locale === 'ko' ? '탐색 경로' : 'Breadcrumbs'}),
        ).toBeVisible();
        await expect(page.locator('nav.pagination-nav a').first()).toBeVisible();
      });
    }

    await report.check('links that open a new tab say so', async () => {
      const label = locale === 'ko' ? '(새 탭에서 열림)' : '(opens in new tab)';
      const links = page.locator('article a[target="_blank"]').filter({visible: true});
      // A page whose Markdown links outside the site shows at least one such link.
      if (source && /\]\(https?:\/\//.test(source.text)) {
        await expect(links.first(), `${source.file} links outside the site`).toBeVisible();
      }
      for (const link of await links.all()) {
        await expect(link).toHaveAccessibleName(new RegExp(`${label.replace(/[()]/g, '\\$&')}$`));
      }
    });

    await report.check('screenshots', async () => {
      const expected = source ? expectedImages(source.text) : {screenshots: 0, images: 0};
      await expect(
        page.locator(SCREENSHOT_IMAGES),
        `screenshots (${source?.file ?? 'no source'} has ${expected.screenshots})`,
      ).toHaveCount(expected.screenshots);
      for (const image of await page.locator(SCREENSHOT_IMAGES).all()) {
        await expect(image).toHaveAttribute('alt', /\S{3,}/);
        await expect(image).toHaveAttribute('width', /^\d+$/);
        await expect(image).toHaveAttribute('height', /^\d+$/);
      }
      // Every image of the page loads (lazy ones once scrolled to, as a reader would).
      const broken = await page.locator('main img').evaluateAll(async (images) => {
        const shown = images.filter((image) => !image.closest('dialog'));
        const failed: string[] = [];
        for (const image of shown as HTMLImageElement[]) {
          image.scrollIntoView({block: 'center'});
          await Promise.race([
            image.decode().catch(() => undefined),
            new Promise((resolve) => setTimeout(resolve, 5000)),
          ]);
          if (!image.complete || image.naturalWidth === 0)
            failed.push(image.currentSrc || image.src);
        }
        return {count: shown.length, failed};
      });
      expect(broken.failed, 'images that did not load').toEqual([]);
      expect(broken.count, 'images on the page').toBeGreaterThanOrEqual(expected.images);
    });

    if (hasEnglishOriginal(source)) {
      await report.check('English original (off)', async () => {
        await expect(page.getByRole('button', TOGGLE)).toHaveAttribute('aria-pressed', 'false');
        const originals = page.locator('article .english-original');
        expect(await originals.count(), 'English originals in the page').toBeGreaterThan(0);
        // Each hidden, in English, and left out of search, which indexes the Korean only.
        const wrong = await originals.evaluateAll((elements) =>
          elements
            .filter(
              (element) =>
                (element as HTMLElement).offsetParent !== null ||
                element.getAttribute('lang') !== 'en' ||
                element.getAttribute('data-pagefind-ignore') !== 'all',
            )
            .map((element) => element.outerHTML.slice(0, 120)),
        );
        expect(wrong, 'originals shown, not in English or indexed').toEqual([]);
        // The toggle is right after the title, before the text.
        const order = await page.locator('article').evaluate((article) => {
          const h1 = article.querySelector('h1');
          const button = article.querySelector('button[aria-pressed]');
          const firstParagraph = article.querySelector(
            '.theme-doc-markdown > p:not(.english-original)',
          );
          return [
            !!h1 &&
              !!button &&
              !!(h1.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING),
            !!button &&
              !!firstParagraph &&
              !!(button.compareDocumentPosition(firstParagraph) & Node.DOCUMENT_POSITION_FOLLOWING),
          ];
        });
        expect(order, 'toggle after the title, before the first paragraph').toEqual([true, true]);
        // The notice says what the build found: nothing for a current human translation.
        const translation = source!.translation!;
        const notice = page.locator('article [role="note"]');
        if (translation.type === 'human' && translation.status === 'current') {
          await expect(notice).toHaveCount(0);
        } else {
          await expect(notice).toContainText(
            translation.status === 'outdated' ? '최신 내용' : '기계 번역',
          );
          await expect(notice.getByRole('link', {name: '영어 원문'})).toHaveAttribute('href', twin);
        }
      });
    } else {
      await report.check('no English original', async () => {
        await expect(page.locator('article button[aria-pressed]')).toHaveCount(0);
        await expect(page.locator('article .english-original')).toHaveCount(0);
      });
    }

    await report.check('axe (light)', () => axe(page));
    if (hasEnglishOriginal(source)) {
      await report.check('axe (light, English original on)', async () => {
        await turnEnglishOriginalOn(page);
        // Only the article changes when the English shows.
        await axe(page, {include: 'article'});
      });
    }

    // Anything a scroll or an idle moment triggers (lazy images, prefetched routes) is loaded by now.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    report.watched('light', watch);

    await darkChecks(report, page, pathname, source);
    report.watched('dark', watch);
  } finally {
    await context.close();
  }
  return hydrated;
}

/**
 * Dark mode, in the same page: the site follows the system's colour scheme as it changes, so the
 * page turns dark without a second load (a page loaded dark is tested once, in
 * accessibility.spec.ts). axe's colour rules run again (only colours change), and the page is
 * checked at 320 px (WCAG 1.4.10 Reflow).
 */
async function darkChecks(
  report: Report,
  page: Page,
  pathname: string,
  source: PageSource | undefined,
): Promise<void> {
  await page.emulateMedia({colorScheme: 'dark'});
  await report.check('dark mode', async () => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Links and buttons fade to their new colours: axe must see where they settle, not halfway.
    await page.waitForFunction(
      () =>
        !document
          .getAnimations()
          .some((a) => a instanceof CSSTransition && a.playState === 'running'),
      undefined,
      SOON,
    );
  });
  if (hasEnglishOriginal(source)) {
    // The English original is still on from the light checks.
    await report.check('axe (dark, English original on, colour rules)', () =>
      axe(page, {include: 'article', colours: true}),
    );
    await report.check('English original off again', async () => {
      const toggle = page.getByRole('button', TOGGLE);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false', SOON);
      await expect(page.locator('article .english-original').first()).toBeHidden(SOON);
    });
  }
  await report.check('axe (dark, colour rules)', () => axe(page, {colours: true}));

  await report.check('reflow at 320 px', async () => {
    // A 1280 px window zoomed to 400%: nothing makes the page scroll sideways. Tables and code
    // may scroll inside their own box; the page itself may not.
    await page.setViewportSize({width: 320, height: 640});
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('h1')).toBeVisible();
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      // Name what sticks out: the outermost elements past the edge.
      return [...document.querySelectorAll('body *')]
        .filter(
          (element) =>
            element.getBoundingClientRect().right > width + 1 &&
            // A fixed element (the skip link waiting off screen) never widens the page.
            getComputedStyle(element).position !== 'fixed' &&
            !(element.parentElement!.getBoundingClientRect().right > width + 1),
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
    expect(overflowing, 'elements wider than the screen').toEqual([]);
    // A table too wide for the screen scrolls inside itself; it never squeezes its columns by
    // breaking a word ("Unit Price", a date, a Korean word) over two lines.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('article :is(td, th)')].flatMap((cell) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Spaces, hyphens, slashes and brackets are where a line may break ("추천(Referrals)").
          for (const word of node.textContent!.matchAll(/[^\s/\-–—()]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) words.push(word[0]);
          }
        }
        return words;
      }),
    );
    expect(broken, 'words broken over two lines in a table').toEqual([]);
    // The site's name in the navbar is shown whole, on two lines if need be, and never runs
    // under the search button.
    const name = page.locator('nav.navbar .navbar__title').first();
    expect(
      await name.evaluate(
        (element) =>
          element.scrollHeight <= element.clientHeight + 1 &&
          element.scrollWidth <= element.clientWidth + 1,
      ),
      'the site name is not cut short',
    ).toBe(true);
    const title = await name.boundingBox();
    const search = await page
      .getByRole('button', {name: SEARCH_NAME[localeOf(pathname)], exact: true})
      .boundingBox();
    expect(
      title!.x + title!.width,
      'the site name ends before the search button',
    ).toBeLessThanOrEqual(search!.x);
  });
}

/** Without JavaScript: the server-rendered page is the page, with its screenshots and switch. */
async function noScriptVisit(
  report: Report,
  browser: Browser,
  baseURL: string,
  pathname: string,
  hydrated: Content | undefined,
): Promise<void> {
  const {context, page, watch} = await open(browser, baseURL, {javaScriptEnabled: false});
  try {
    const loaded = new Map<string, string>();
    page.on('response', (r) => {
      if (r.ok()) loaded.set(r.url(), r.headers()['content-type'] ?? '');
    });
    await page.goto(pathname);
    await report.check('without JavaScript: text, steps and screenshots', async () => {
      await expect(page.locator('h1')).toBeVisible();
      const actual = await content(page);
      expect(actual.text.length).toBeGreaterThan(20);
      expect(hydrated, 'the page with JavaScript, to compare with').toBeDefined();
      expect(actual.text, 'text as with JavaScript').toBe(hydrated!.text);
      expect(actual.steps, 'steps as with JavaScript').toBe(hydrated!.steps);
      expect(actual.screenshots, 'screenshots as with JavaScript').toEqual(hydrated!.screenshots);
      expect(actual.tables, 'table names as with JavaScript').toEqual(hydrated!.tables);
      // Every screenshot shows and its file loads (lazy ones once scrolled to, without script).
      const images = page.locator(ARTICLE).first().locator('figure > button img');
      for (let index = 0; index < (await images.count()); index += 1) {
        const image = images.nth(index);
        const src = (await image.getAttribute('src')) ?? '';
        await image.scrollIntoViewIfNeeded();
        await expect(image).toBeVisible();
        if (!src.startsWith('data:image/')) {
          const url = new URL(src, page.url()).href;
          await expect.poll(() => loaded.get(url), {message: `${src} loads`}).toMatch(/^image\//);
        }
        const box = await image.boundingBox();
        expect(box!.width * box!.height, `screenshot ${index} has a size`).toBeGreaterThan(100);
      }
    });
    await report.check('without JavaScript: no control that needs it is shown', async () => {
      const shown = await page
        .locator('[data-js-only], .navbar__toggle, .theme-doc-toc-mobile, button[aria-pressed]')
        .evaluateAll((controls) =>
          controls
            .filter((control) => control.getClientRects().length > 0)
            .map((control) => control.outerHTML.slice(0, 80)),
        );
      expect(shown, 'search, the English-original toggle, zoom hints, the phone menu').toEqual([]);
    });
    await report.check('without JavaScript: the language switch', async () => {
      // A plain link to the twin, shown without script (that clicking it works without script is
      // tested once, in site.spec.ts; the twin itself is a page of the sitemap, checked here too).
      const other = localeOf(pathname) === 'ko' ? 'en' : 'ko';
      const link = page.locator(`a[lang="${other}"][href]:visible`).first();
      await expect(link).toBeAttached();
      const href = await link.getAttribute('href');
      expect(trimSlash(new URL(href!, page.url()).pathname), 'the switch leads to the twin').toBe(
        trimSlash(twinOf(pathname)),
      );
    });
    report.watched('without JavaScript', watch);
  } finally {
    await context.close();
  }
}

test('every page of the docs is in the sitemaps, so each is checked as a page', () => {
  const pages = allPages(siteDir);
  expect(pages.length, `pages in ${siteDir}`).toBeGreaterThan(0);
  const missing = pages
    .flatMap((page) => LOCALES.map((locale) => urlOfPage(page, locale)))
    .filter((url) => !PATHS.includes(url));
  expect(missing, `not in the sitemaps of ${buildDir}`).toEqual([]);
});

test.describe('page', () => {
  // Pages are independent: spread them over the workers (tests in a file otherwise run in one).
  test.describe.configure({mode: 'parallel'});
  for (const pathname of PATHS) {
    test(pathname, async ({browser, baseURL}) => {
      // Two visits and up to four axe runs; axe alone takes tens of seconds on a busy 2-core machine.
      test.setTimeout(180_000);
      const report = new Report(pathname);
      const source = sourceOf(siteDir, pathname);
      const hydrated = await visit(report, browser, baseURL!, pathname, source);
      await noScriptVisit(report, browser, baseURL!, pathname, hydrated);
      test.info().annotations.push({type: 'timings', description: report.timings.join(', ')});
      if (report.failures.length > 0) {
        throw new Error(
          `${pathname} failed ${report.failures.length} check(s):\n  - ${report.failures.join('\n  - ')}`,
        );
      }
    });
  }
});
