// axe (WCAG 2.2 AA and best practices) on every page of both sitemaps, in light and dark mode.
import type {Page} from '@playwright/test';
import {test, expect, axeViolations, gotoHydrated, sitemapPaths, SLUGS} from './fixtures';
import {openSearch, searchFor} from './search-helpers';

async function expectColorMode(page: Page, mode: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

for (const mode of ['light', 'dark'] as const) {
  test.describe(`${mode} mode`, () => {
    // Docusaurus follows the system preference (respectPrefersColorScheme) until a reader picks one.
    test.use({colorScheme: mode});

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
