import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Page} from '@playwright/test';

export {expect};

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const SLUGS = [
  'unable-to-sign-in',
  'reset-my-password',
  'reset-a-user-password',
  'verification-responses',
] as const;

export function localePath(locale: Locale, pathname: string): string {
  return locale === 'ko' ? pathname : `/en${pathname}`;
}

/** Every page listed in both sitemaps of the production build, as paths. Fails if none. */
export function sitemapPaths(): string[] {
  const paths = LOCALES.flatMap((locale) => {
    const file = path.join('build', locale === 'ko' ? '' : locale, 'sitemap.xml');
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: run "npm run build" before the end-to-end tests.`);
    }
    const xml = fs.readFileSync(file, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  });
  if (paths.length === 0) {
    throw new Error('The sitemaps list no pages.');
  }
  return paths;
}

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** WCAG 2.2 AA and axe's best practices: what every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched on by name, whatever their tags: Label in Name (WCAG 2.5.3) was tagged
 * experimental before axe 4.14, and a tag change must not turn it off silently.
 */
export const AXE_RULES_ON = ['label-content-name-mismatch'];

interface Watch {
  /** Console errors, uncaught exceptions and Content-Security-Policy violations seen so far. */
  problems: string[];
  /** Requests for anything not served by this site. */
  offsite: string[];
}

/**
 * Every test's page is watched: a console error, an uncaught exception or a request leaving the site
 * fails the test after it ran.
 */
export const test = base.extend<{watch: Watch; makeAxeBuilder: () => AxeBuilder}>({
  /** One axe configuration for every accessibility check. */
  makeAxeBuilder: async ({page}, use) => {
    await use(() =>
      new AxeBuilder({page})
        .options({rules: Object.fromEntries(AXE_RULES_ON.map((rule) => [rule, {enabled: true}]))})
        .withTags(AXE_TAGS),
    );
  },
  watch: [
    async ({page, baseURL}, use) => {
      const watch: Watch = {problems: [], offsite: []};
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
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
      await use(watch);
      expect(watch.problems, 'console errors or uncaught exceptions').toEqual([]);
      expect(watch.offsite, 'requests that left the site').toEqual([]);
    },
    {auto: true},
  ],
});
