// axe (WCAG 2.2 AA and best practices) on every page of both sitemaps, in light and dark mode.
import type {Page} from '@playwright/test';
import {test, expect, axeViolations, gotoHydrated, sitemapPaths, SLUGS} from './fixtures';
import {SEARCH_NAME, openSearch, searchFor} from './search-helpers';

async function expectColorMode(page: Page, mode: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

for (const mode of ['light', 'dark'] as const) {
  test.describe(`${mode} mode`, () => {
    // Docusaurus follows the system preference (respectPrefersColorScheme) until a reader picks one.
    test.use({colorScheme: mode});
    // axe reads the whole page: seconds on an idle machine, tens of seconds when CI's two cores
    // are also building. Triple the time allowed rather than fail on a busy machine.
    test.slow();

    for (const pathname of sitemapPaths()) {
      test(`${pathname} has no axe violation`, async ({page, makeAxeBuilder}) => {
        await gotoHydrated(page, pathname);
        await expectColorMode(page, mode);
        expect(await axeViolations(makeAxeBuilder)).toEqual([]);
      });
    }

    for (const pathname of sitemapPaths()) {
      test(`${pathname} with search open and results listed has no axe violation`, async ({
        page,
        makeAxeBuilder,
      }) => {
        const locale = pathname.startsWith('/en') ? 'en' : 'ko';
        await gotoHydrated(page, pathname);
        await expectColorMode(page, mode);
        const box = await openSearch(page, locale);
        const results = await searchFor(
          page,
          box,
          locale === 'ko' ? '임시 암호' : 'temporary password',
        );
        expect(results.length).toBeGreaterThan(0);
        await box.press('ArrowDown');
        expect(await axeViolations(makeAxeBuilder)).toEqual([]);
      });
    }

    // Korean pages translated from English can show the English original next to each block.
    for (const slug of SLUGS) {
      test(`/partner-center/${slug} with the English original on has no axe violation`, async ({
        page,
        makeAxeBuilder,
      }) => {
        await gotoHydrated(page, `/partner-center/${slug}`);
        await expectColorMode(page, mode);
        const toggle = page.getByRole('button', {name: '영어 원문 함께 보기'});
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('article .english-original').first()).toBeVisible();
        expect(await axeViolations(makeAxeBuilder)).toEqual([]);
      });
    }
  });
}

// The shared axe run must include Label in Name (WCAG 2.5.3): a button whose name leaves out
// part of what it shows is reported.
test('the axe run reports a name that leaves out visible text (label-content-name-mismatch)', async ({
  page,
  makeAxeBuilder,
}) => {
  await page.setContent(
    '<html lang="ko"><title>t</title><main><button type="button" aria-label="검색">검색 Ctrl K</button></main></html>',
  );
  const violations = await axeViolations(makeAxeBuilder);
  expect(violations.map((line) => line.split(' ')[0])).toContain('label-content-name-mismatch');
});

// On a narrow screen the button shows only its icon: its label stays its name.
for (const [locale, pathname, name] of [
  ['ko', '/partner-center/unable-to-sign-in', '검색'],
  ['en', '/en/partner-center/unable-to-sign-in', 'Search'],
] as const) {
  test(`${locale}: on a narrow screen the search button is still named "${name}" and passes axe`, async ({
    page,
    makeAxeBuilder,
  }) => {
    await page.setViewportSize({width: 400, height: 800});
    await gotoHydrated(page, pathname);
    await expect(page.getByRole('button', {name, exact: true})).toBeVisible();
    expect(await axeViolations(makeAxeBuilder)).toEqual([]);
  });
}

// WCAG 1.4.10 Reflow: at 320 CSS px (a 1280 px window zoomed to 400%) nothing makes the page
// scroll sideways. Tables and code may scroll inside their own box; the page itself may not.
test.describe('on a 320 px wide screen', () => {
  test.use({viewport: {width: 320, height: 640}});
  for (const pathname of sitemapPaths()) {
    test(`${pathname} fits without scrolling sideways`, async ({page}) => {
      await gotoHydrated(page, pathname);
      await expect(page.locator('h1')).toBeVisible();
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        // Name what sticks out, for the failure message: the outermost elements past the edge.
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

      // The site's name in the navbar may be cut short, but never runs under the search button.
      const locale = pathname.startsWith('/en') ? 'en' : 'ko';
      const title = await page.locator('nav.navbar .navbar__title').first().boundingBox();
      const search = await page
        // An icon here: the shortcut hint is hidden on narrow screens, so it is not in the name.
        .getByRole('button', {name: SEARCH_NAME[locale], exact: true})
        .boundingBox();
      expect(
        title!.x + title!.width,
        'the site name ends before the search button',
      ).toBeLessThanOrEqual(search!.x);
    });
  }
});
