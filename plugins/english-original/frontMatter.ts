/**
 * `markdown.parseFrontMatter`: adds to the front matter of each Korean page translated from English
 * what its notice and toggle need (translation type, whether the English changed since, the English
 * title). The docs plugin reads it on every build, so the status is never a cached one, and it
 * travels with the page's own data instead of every page's bundle.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {FRONT_MATTER_KEY, type PageTranslationData} from './constants';
import {DOCS_DIR} from '../../lib/content';
import {translationOf} from '../../lib/translation';

export function parseFrontMatterWithTranslation(siteDir: string): ParseFrontMatter {
  const docsDir = path.join(siteDir, DOCS_DIR);
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const page = path.relative(docsDir, params.filePath);
    if (page.startsWith('..') || path.isAbsolute(page)) {
      return result;
    }
    const translation = translationOf(siteDir, page.split(path.sep).join('/'), result.frontMatter);
    if (translation.status === 'missing' || !translation.type) {
      return result;
    }
    const data: PageTranslationData = {
      type: translation.type,
      status: translation.status,
      ...(translation.englishTitle ? {englishTitle: translation.englishTitle} : {}),
    };
    return {...result, frontMatter: {...result.frontMatter, [FRONT_MATTER_KEY]: data}};
  };
}
