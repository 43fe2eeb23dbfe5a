// @ts-check
/**
 * Fails the build when a page exists in one locale but not in the other, naming the missing file,
 * so a reader who switches language never lands on a 404.
 */
import fs from 'node:fs';
import path from 'node:path';

const PAGE = /\.mdx?$/;

/**
 * @param {string} dir
 * @returns {string[]} page paths relative to dir, skipping partials (_*) as Docusaurus does
 */
export function listPages(dir) {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => PAGE.test(file) && !file.split(path.sep).some((part) => part.startsWith('_')))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * @param {string} siteDir
 * @param {string[]} locales default first
 * @returns {string[]} one message per missing page
 */
export function findMissingTranslations(siteDir, locales) {
  const [defaultLocale, ...others] = locales;
  const sourceDir = 'docs';
  const source = new Set(listPages(path.join(siteDir, sourceDir)));
  const problems = [];
  for (const locale of others) {
    const translatedDir = `i18n/${locale}/docusaurus-plugin-content-docs/current`;
    const translated = new Set(listPages(path.join(siteDir, translatedDir)));
    for (const page of source) {
      if (!translated.has(page)) {
        problems.push(
          `${sourceDir}/${page} has no ${locale} translation. Fix: add ${translatedDir}/${page}.`,
        );
      }
    }
    for (const page of translated) {
      if (!source.has(page)) {
        problems.push(
          `${translatedDir}/${page} has no ${defaultLocale} page. Fix: add ${sourceDir}/${page}, or delete the translation.`,
        );
      }
    }
  }
  return problems;
}

/**
 * @param {import('@docusaurus/types').LoadContext} context
 * @returns {import('@docusaurus/types').Plugin}
 */
export default function translationCheck(context) {
  return {
    name: 'translation-check',
    async loadContent() {
      const problems = findMissingTranslations(context.siteDir, context.i18n.locales);
      if (problems.length > 0) {
        throw new Error(`Every page must exist in every locale:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
