import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {searchMetaElements} from '@site/src/search/indexAttributes';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wrapped (swizzle --wrap --danger: the theme marks DocItem/Content internal) because it is the
 * one element that holds exactly the page title and its content: breadcrumbs, table of contents,
 * footer and paginator sit outside it, so Pagefind indexes the article and nothing else.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  return (
    <div data-pagefind-body="">
      {searchMetaElements(metadata.permalink, frontMatter.keywords).map((attributes) => (
        <span key={attributes['data-pagefind-meta']} {...attributes} />
      ))}
      <Content {...props} />
    </div>
  );
}
