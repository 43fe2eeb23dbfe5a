import React, {type ReactNode} from 'react';
import DocCategoryGeneratedIndexPage from '@theme-original/DocCategoryGeneratedIndexPage';
import type PageType from '@theme/DocCategoryGeneratedIndexPage';
import type {WrapperProps} from '@docusaurus/types';
import {DocDescriptionsContext, type DocDescriptions} from '@site/src/components/DocDescriptions';

type Props = WrapperProps<typeof PageType> & {docDescriptions?: DocDescriptions};

/**
 * Wrapped for one thing: the page's cards read their docs' descriptions from the page's own
 * route props (plugins/lean-docs), not from a map of every doc that each page would load.
 */
export default function DocCategoryGeneratedIndexPageWrapper({
  docDescriptions = {},
  ...props
}: Props): ReactNode {
  return (
    <DocDescriptionsContext.Provider value={docDescriptions}>
      <DocCategoryGeneratedIndexPage {...props} />
    </DocDescriptionsContext.Provider>
  );
}
