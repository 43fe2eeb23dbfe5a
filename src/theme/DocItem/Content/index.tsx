import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useAlternatePageUtils} from '@site/src/internals';
import EnglishOriginalToggle from '@site/src/components/EnglishOriginalToggle';
import TranslationNotice from '@site/src/components/TranslationNotice';
import {searchMetaElements} from '@site/src/search/indexAttributes';
import {
  ORIGINAL_CLASS,
  FRONT_MATTER_KEY,
  type PageTranslationData,
} from '@site/plugins/english-original/constants';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wrapped (not ejected), for two things:
 * - Under the title of each Korean page translated from English, its English title, the "영어 원문
 *   함께 보기" toggle and the translation notice. They go in as the first children of the content,
 *   so the original keeps rendering the title above them.
 * - Around it all, the element Pagefind indexes (data-pagefind-body): the title and the content,
 *   without breadcrumbs, table of contents, footer or paginator, which sit outside it. The theme
 *   marks DocItem/Content internal, hence `swizzle --wrap --danger`.
 */
export default function ContentWrapper({children, ...props}: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const {createUrl} = useAlternatePageUtils();
  // Added by the build (plugins/english-original/frontMatter.ts) to Korean pages translated from English.
  const translation = (frontMatter as {[FRONT_MATTER_KEY]?: PageTranslationData})[FRONT_MATTER_KEY];
  return (
    <div data-pagefind-body="">
      {searchMetaElements(metadata.permalink, frontMatter.keywords).map((attributes) => (
        <span key={attributes['data-pagefind-meta']} {...attributes} />
      ))}
      {translation ? (
        <Content {...props}>
          {translation.englishTitle && (
            <p lang="en" className={ORIGINAL_CLASS} data-pagefind-ignore="all">
              {translation.englishTitle}
            </p>
          )}
          <EnglishOriginalToggle />
          <TranslationNotice
            type={translation.type}
            status={translation.status}
            englishUrl={createUrl({locale: 'en', fullyQualified: false})}
          />
          {children}
        </Content>
      ) : (
        <Content {...props}>{children}</Content>
      )}
    </div>
  );
}
