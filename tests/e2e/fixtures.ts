import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Page} from '@playwright/test';
import type {Locale} from '../support/sitemap';

export {expect};
export {LOCALES, sitemapPaths, type Locale} from '../support/sitemap';

export function localePath(locale: Locale, pathname: string): string {
  return locale === 'ko' ? pathname : `/en${pathname}`;
}

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** WCAG 2.2 AA and axe's best practices: what every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's findings, one line each, naming the rule and the elements, so a failure says what to fix. */
export async function axeViolations(makeAxeBuilder: () => AxeBuilder): Promise<string[]> {
  const {violations} = await makeAxeBuilder().analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ` +
      violation.nodes.map((node) => node.target.join(' ')).join(' | '),
  );
}

/**
 * Rules switched on by name, whatever their tags: Label in Name (WCAG 2.5.3) was tagged
 * experimental before axe 4.14, and a tag change must not turn it off silently.
 */
export const AXE_RULES_ON = ['label-content-name-mismatch'];

export interface Watch {
  /** Console errors, uncaught exceptions and Content-Security-Policy violations seen so far. */
  problems: string[];
  /** Requests for anything not served by this site. */
  offsite: string[];
}

/**
 * Starts watching a page before it loads: console errors, uncaught exceptions, CSP violations
 * and requests that leave `origin` are noted in the returned lists.
 */
export async function watchPage(page: Page, origin: string): Promise<Watch> {
  const watch: Watch = {problems: [], offsite: []};
  page.on('console', (message) => {
    if (message.type() === 'error') {
      watch.problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  // A CSP violation is reported to the page as an event (Chromium also logs most of them).
  await page.exposeFunction('__reportCspViolation', (violation: string) =>
    watch.problems.push(`CSP violation: ${violation}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as {__reportCspViolation: (v: string) => void})
        .__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
          ` at ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watch.offsite.push(url);
    }
  });
  return watch;
}

/**
 * The rules whose outcome depends on colours: all that can change between the light and the dark
 * scheme of a page whose markup is the same (both are in AXE_TAGS).
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The one axe configuration for every accessibility check. Legacy mode runs axe in the page
 * itself: the default mode opens a second page to merge frames' results, which doubles the cost of
 * every run, and the site has no frames to merge (its CSP allows none).
 */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({page})
    .options({
      rules: Object.fromEntries(AXE_RULES_ON.map((rule) => [rule, {enabled: true}])),
      // Violations in full; passes and the rest are not what a check reports, so axe stops at
      // the first node of each (its documented speed-up for large pages).
      resultTypes: ['violations'],
    })
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
}

/**
 * Every test's page is watched: a console error, an uncaught exception or a request leaving the site
 * fails the test after it ran.
 */
export const test = base.extend<{watch: Watch; makeAxeBuilder: () => AxeBuilder}>({
  makeAxeBuilder: async ({page}, use) => {
    await use(() => axeBuilder(page));
  },
  watch: [
    async ({page, baseURL}, use) => {
      const watch = await watchPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(watch);
      expect(watch.problems, 'console errors or uncaught exceptions').toEqual([]);
      expect(watch.offsite, 'requests that left the site').toEqual([]);
    },
    {auto: true},
  ],
});
