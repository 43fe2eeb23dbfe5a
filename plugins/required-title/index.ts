/**
 * `markdown.parseFrontMatter`, wrapped: a docs page without a `title` fails the build. Docusaurus
 * would publish it under its file name ("clear-browser-cache") in the heading, the sidebar and
 * the browser's title, since the site's pages never start their text with a `#` heading.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {DOCS_DIR, ENGLISH_DOCS_DIR} from '../../lib/content';

export function withRequiredTitle(siteDir: string, parse: ParseFrontMatter): ParseFrontMatter {
  const docsDirs = [DOCS_DIR, ENGLISH_DOCS_DIR].map((dir) => path.join(siteDir, dir));
  return async (params) => {
    const result = await parse(params);
    const isDoc = docsDirs.some((dir) => !path.relative(dir, params.filePath).startsWith('..'));
    const {title} = result.frontMatter;
    if (isDoc && (typeof title !== 'string' || title.trim() === '')) {
      const file = path.relative(siteDir, params.filePath);
      throw new Error(
        `${file}: the front matter has no title, so the page would be published under its file name. ` +
          'Fix: add a line "title: …" between the --- lines at the top of the file.',
      );
    }
    return result;
  };
}
