/**
 * Fails the build when a page exists in one locale but not in the other, naming the missing file,
 * so a reader who switches language never lands on a 404. The one place this is checked: the
 * English-original pairing (plugins/english-original) and `npm run i18n:check` rely on it.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {listPages} from '../../lib/content';

/**
 * @param locales default first
 * @returns one message per missing page
 */
export function findMissingTranslations(siteDir: string, locales: string[]): string[] {
  const [defaultLocale, ...others] = locales;
  const sourceDir = 'docs';
  const source = new Set(listPages(path.join(siteDir, sourceDir)));
  const problems: string[] = [];
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

export default function translationCheck(context: LoadContext): Plugin {
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
