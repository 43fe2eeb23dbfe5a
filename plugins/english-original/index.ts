/**
 * The English-original view, build side:
 * - (./frontMatter.ts) adds to each Korean page translated from English its translation type and
 *   whether the English changed since (hash in front matter vs the English file now), for its notice;
 * - fails the build where a Korean page and its English original diverge. ./remark.ts checks each
 *   page it compiles; the pages the bundler served from its persistent cache are checked here after
 *   the build, so a build parses each page once (checking all pairs up front as well took 2.6 s of
 *   a 17 s build at 250 pages). The development server checks every pair on each change, since it
 *   does not recompile a Korean page when only its English original changed;
 * - sets the reader's stored choice on <html> before the page paints, so a page that opens with
 *   the English shown does not shift when React starts.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkPairs, startCheckedPairs} from './check';
import {PLUGIN_NAME, SHOWN_ATTRIBUTE, STORAGE_KEY} from './constants';
import {allPages, DOCS_DIR, ENGLISH_DOCS_DIR, pagePaths} from '../../lib/content';

export default function englishOriginalPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  const englishFiles = () =>
    allPages(siteDir).map((page) => path.join(siteDir, pagePaths(page).english));
  const production = process.env.NODE_ENV === 'production';
  const failOn = (problems: string[]) => {
    if (problems.length > 0) {
      throw new Error(
        `The Korean pages and their English originals must keep the same blocks:\n- ${problems.join('\n- ')}`,
      );
    }
  };
  let checked = new Set<string>();

  return {
    name: PLUGIN_NAME,

    async loadContent() {
      if (!isDefaultLocale) {
        return;
      }
      if (production) {
        checked = startCheckedPairs(siteDir);
        return;
      }
      failOn(checkPairs(siteDir));
    },

    async postBuild() {
      if (isDefaultLocale) {
        failOn(checkPairs(siteDir, checked));
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
