// axe on what is the same on every page, checked once on a representative page: the search dialog
// with results listed, in both languages and both colour modes, the search button on a narrow
// screen, and the names of section headings. Every page itself is checked in light and dark mode
// (with the English original on where it applies) by pages.spec.ts.
import type {Page} from '@playwright/test';
import {test, expect, axeViolations, gotoHydrated, localePath, LOCALES} from './fixtures';
import {openSearch, searchFor} from './search-helpers';

async function expectColorMode(page: Page, mode: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

for (const mode of ['light', 'dark'] as const) {
  test.describe(`${mode} mode`, () => {
    // Docusaurus follows the system preference (respectPrefersColorScheme) until a reader picks one.
    test.use({colorScheme: mode});
    test.slow();

    for (const locale of LOCALES) {
      test(`${locale}: the search dialog with results listed has no axe violation`, async ({
        page,
        makeAxeBuilder,
      }) => {
        await gotoHydrated(page, localePath(locale, '/partner-center/unable-to-sign-in'));
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

// A section heading is named by its words alone, so a screen reader's list of headings reads each
// once; its direct link, still reached by Tab, keeps a name of its own.
for (const [locale, pathname, heading, link] of [
  [
    'ko',
    '/partner-center/unable-to-sign-in',
    '어떤 문제가 있나요?',
    '어떤 문제가 있나요?에 대한 직접 링크',
  ],
  [
    'en',
    '/en/partner-center/unable-to-sign-in',
    "What's happening?",
    "Direct link to What's happening?",
  ],
] as const) {
  test(`${locale}: a section heading is named by its words alone, its direct link by its own label`, async ({
    page,
  }) => {
    await gotoHydrated(page, pathname);
    await expect(page.getByRole('heading', {level: 2, name: heading, exact: true})).toBeVisible();
    await expect(page.getByRole('link', {name: link, exact: true})).toBeAttached();
  });
}
