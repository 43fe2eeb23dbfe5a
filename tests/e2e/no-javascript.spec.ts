// With JavaScript off, every page still gives its text, steps, screenshots and language switch:
// the server-rendered HTML is the page, and hydration only adds behaviour.
import type {Browser, Page} from '@playwright/test';
import {test, expect, gotoHydrated, sitemapPaths} from './fixtures';

const ARTICLE = 'main article, main';

interface Content {
  text: string;
  steps: number;
  screenshots: string[];
}

async function content(page: Page): Promise<Content> {
  const main = page.locator(ARTICLE).first();
  return {
    text: ((await main.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    steps: await main.locator('ol > li').count(),
    screenshots: await main
      .locator('figure > button img')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt)),
  };
}

/** What the same page shows with JavaScript on, after hydration, as the reference. */
async function hydratedContent(
  browser: Browser,
  baseURL: string,
  pathname: string,
): Promise<Content> {
  // Options given to test.use apply to new contexts too: turn script back on explicitly.
  const context = await browser.newContext({baseURL, javaScriptEnabled: true});
  const page = await context.newPage();
  await gotoHydrated(page, pathname);
  const result = await content(page);
  await context.close();
  return result;
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const pathname of sitemapPaths()) {
    test(`${pathname}: text, steps, screenshots and the language switch work`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const loadedImages = new Map<string, string>();
      page.on('response', (r) => {
        if (r.ok()) loadedImages.set(r.url(), r.headers()['content-type'] ?? '');
      });
      const response = await page.goto(pathname);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toBeVisible();

      const expected = await hydratedContent(browser, baseURL!, pathname);
      const actual = await content(page);
      expect(actual.text.length).toBeGreaterThan(20);
      expect(actual.text).toBe(expected.text);
      expect(actual.steps).toBe(expected.steps);
      expect(actual.screenshots).toEqual(expected.screenshots);

      // Every screenshot shows, and its file loads (lazy images load once scrolled to, without
      // script). Page script cannot run here, so the check is on the network, not naturalWidth.
      const images = page.locator(ARTICLE).first().locator('figure > button img');
      for (let index = 0; index < (await images.count()); index += 1) {
        const image = images.nth(index);
        const src = (await image.getAttribute('src')) ?? '';
        await image.scrollIntoViewIfNeeded();
        await expect(image).toBeVisible();
        if (!src.startsWith('data:image/')) {
          const url = new URL(src, page.url()).href;
          await expect
            .poll(() => loadedImages.get(url), {message: `${src} loads`})
            .toMatch(/^image\//);
        }
        const box = await image.boundingBox();
        expect(box!.width * box!.height, `screenshot ${index} has a size`).toBeGreaterThan(100);
      }

      // The language switch is a plain link to the twin page.
      const locale = pathname.startsWith('/en') ? 'en' : 'ko';
      const other = locale === 'ko' ? 'en' : 'ko';
      const twin =
        locale === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') || '/' : `/en${pathname}`;
      const link = page.locator(`a[lang="${other}"][href]:visible`).first();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await expect(page).toHaveURL(
        (url) => url.pathname.replace(/(.)\/$/, '$1') === twin.replace(/(.)\/$/, '$1'),
      );
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  }
});
