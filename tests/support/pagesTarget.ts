/**
 * Which built site the page-level check (tests/e2e/pages.spec.ts) visits, and where each of its
 * pages comes from. `npm run test:pages -- <build>` sets PAGES_BUILD_DIR; the sources are then
 * read from PAGES_SITE_DIR, or the build's parent folder when it holds `docs/` (a site copy built
 * in place), or this site.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DOCS_DIR, ENGLISH_DOCS_DIR, allPages} from '../../lib/content';
import {translationOf} from '../../lib/translation';
import type {Locale} from './sitemap';

const root = path.resolve(__dirname, '../..');

export function pagesBuildDir(): string {
  return path.resolve(process.env.PAGES_BUILD_DIR ?? path.join(root, 'build'));
}

export function pagesSiteDir(buildDir = pagesBuildDir()): string {
  if (process.env.PAGES_SITE_DIR) return path.resolve(process.env.PAGES_SITE_DIR);
  const parent = path.dirname(buildDir);
  return fs.existsSync(path.join(parent, DOCS_DIR)) ? parent : root;
}

export interface PageSource {
  locale: Locale;
  /** The page under the docs folder, e.g. `partner-center/reset-my-password.mdx`. */
  page: string;
  /** The file this locale's page is built from, relative to the site. */
  file: string;
  /** The MDX text of that file. */
  text: string;
  /** On a Korean page: whether it is marked as translated from English (toggle and notice). */
  translation?: ReturnType<typeof translationOf>;
}

export function localeOf(pathname: string): Locale {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'ko';
}

/** The address a docs page is served at (the docs are at the site's root: routeBasePath '/'). */
export function urlOfPage(page: string, locale: Locale): string {
  const route = `/${page.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
  return locale === 'en' ? `/en${route}` : route;
}

/** The docs page a sitemap address is built from, or undefined for the home page and the like. */
export function sourceOf(siteDir: string, pathname: string): PageSource | undefined {
  const locale = localeOf(pathname);
  const pages = allPages(siteDir);
  const page = pages.find((candidate) => urlOfPage(candidate, locale) === pathname);
  if (!page) return undefined;
  const file = `${locale === 'ko' ? DOCS_DIR : ENGLISH_DOCS_DIR}/${page}`;
  const full = path.join(siteDir, file);
  if (!fs.existsSync(full)) return undefined;
  return {
    locale,
    page,
    file,
    text: fs.readFileSync(full, 'utf8'),
    translation: locale === 'ko' ? translationOf(siteDir, page) : undefined,
  };
}

/** What the source promises the reader will see: screenshots, and images in all. */
export function expectedImages(text: string): {screenshots: number; images: number} {
  const body = text.replace(/^---[\s\S]*?\n---\n/, '');
  const screenshots = [...body.matchAll(/<Screenshot\b/g)].length;
  const markdown = [...body.matchAll(/!\[[^\]]*\]\([^)]+\)/g)].length;
  const html = [...body.matchAll(/<img\b/g)].length;
  return {screenshots, images: screenshots + markdown + html};
}
