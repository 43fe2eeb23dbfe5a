/**
 * The English-original view, build side:
 * - (./frontMatter.ts) adds to each Korean page translated from English its translation type and
 *   whether the English changed since (hash in front matter vs the English file now), for its notice;
 * - fails the build where a Korean page and its English original diverge (also checked per page by
 *   ./remark.ts, but that result can come from the bundler's cache);
 * - sets the reader's stored choice on <html> before the page paints, so a page that opens with
 *   the English shown does not shift when React starts.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkPairs} from './check';
import {PLUGIN_NAME, SHOWN_ATTRIBUTE, STORAGE_KEY} from './constants';
import {allPages, DOCS_DIR, ENGLISH_DOCS_DIR, pagePaths} from './translation';

export default function englishOriginalPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  const englishFiles = () =>
    allPages(siteDir).map((page) => path.join(siteDir, pagePaths(page).english));

  return {
    name: PLUGIN_NAME,

    async loadContent() {
      if (!isDefaultLocale) {
        return;
      }
      const problems = checkPairs(siteDir);
      if (problems.length > 0) {
        throw new Error(
          `The Korean pages and their English originals must keep the same blocks:\n- ${problems.join('\n- ')}`,
        );
      }
    },

    getPathsToWatch() {
      return [
        `${siteDir}/${DOCS_DIR}/**/*.{md,mdx}`,
        `${siteDir}/${ENGLISH_DOCS_DIR}/**/*.{md,mdx}`,
      ];
    },

    // The Korean pages embed their English twin, but the bundler only knows the Korean file: make
    // a change to any English page invalidate the persistent cache.
    configureWebpack(config) {
      const files = englishFiles();
      const experiments = config.experiments as
        {cache?: {buildDependencies?: string[]}} | undefined;
      if (Array.isArray(experiments?.cache?.buildDependencies)) {
        experiments.cache.buildDependencies.push(...files);
      }
      const cache = config.cache as {buildDependencies?: Record<string, string[]>} | undefined;
      if (cache && typeof cache === 'object' && cache.buildDependencies) {
        cache.buildDependencies.englishOriginals = files;
      }
      return {};
    },

    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'script',
            innerHTML: `try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})==='on')document.documentElement.setAttribute(${JSON.stringify(SHOWN_ATTRIBUTE)},'on')}catch(e){}`,
          },
        ],
      };
    },
  };
}
