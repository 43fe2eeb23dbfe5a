import fs from 'node:fs';
import path from 'node:path';

/** The site's locales, default first, and where each one's build lives under build/. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Every page listed in both sitemaps of a production build, as paths (`/en/partner-center/…`).
 * The one sitemap reader of the end-to-end tests, the benchmarks and Lighthouse CI. Fails when a
 * sitemap is missing or lists nothing, so a check never passes on no pages.
 */
export function sitemapPaths(buildDir = path.resolve(__dirname, '../../build')): string[] {
  const paths = LOCALES.flatMap((locale) => {
    const file = path.join(buildDir, locale === 'ko' ? '' : locale, 'sitemap.xml');
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: run "npm run build" first.`);
    }
    const xml = fs.readFileSync(file, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  });
  if (paths.length === 0) {
    throw new Error('The sitemaps list no pages.');
  }
  return paths;
}
