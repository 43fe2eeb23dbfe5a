/**
 * The pages the site features: the home page's tasks, the footer, the 404 page and the search box's
 * suggestions. Docusaurus config lists them once, by doc id and in order; each page's title,
 * description and address come from the page itself in the locale being built, so a page's words
 * live only in its two files.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {DocMetadata, LoadedContent} from '@docusaurus/plugin-content-docs';
import {PLUGIN_NAME, type FeaturedPage, type FeaturedPagesGlobalData} from './constants';

export interface Options {
  /** Doc ids (`partner-center/reset-my-password`), in the order readers should see them. */
  pages: string[];
}

type Doc = Pick<DocMetadata, 'id' | 'title' | 'description' | 'permalink'>;

/** The featured docs, in the configured order; an unknown id is a writer's mistake, named with its fix. */
export function featuredPages(docs: Doc[], ids: string[]): FeaturedPage[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `docusaurus.config.ts: the featured pages list names ${unknown.map((id) => `"${id}"`).join(', ')}, ` +
        `which ${unknown.length === 1 ? 'is not a page' : 'are not pages'}. ` +
        `Use a doc id (its path under docs/ without .mdx), e.g. "${docs[0]?.id ?? 'partner-center/unable-to-sign-in'}", ` +
        'or remove the line.',
    );
  }
  return ids.map((id) => {
    const {title, description, permalink} = byId.get(id)!;
    return {title, description, permalink};
  });
}

export default function featuredPagesPlugin(_context: LoadContext, options: unknown): Plugin {
  const {pages} = parseOptions({options: (options ?? {}) as Partial<Options>});
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        LoadedContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const data: FeaturedPagesGlobalData = {pages: featuredPages(docs, pages)};
      actions.setGlobalData(data);
    },
  };
}

export function parseOptions({options}: {options: Partial<Options>}): Options {
  const {pages} = options;
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every((id) => typeof id === 'string')) {
    throw new Error(
      'featured-pages: give `pages`, a non-empty list of doc ids, in docusaurus.config.ts.',
    );
  }
  return {pages};
}
