import React, {type ReactNode} from 'react';
import DocCard from '@theme-original/DocCard';
import type DocCardType from '@theme/DocCard';
import type {WrapperProps} from '@docusaurus/types';
import {useDocDescription} from '@site/src/components/DocDescriptions';

type Props = WrapperProps<typeof DocCardType>;

/**
 * Wrapped for one thing: a doc's card takes its description from the index page that lists it
 * (plugins/lean-docs). The card is given no doc id, as the original would look the doc up in the
 * version's docs map, which that plugin empties.
 */
export default function DocCardWrapper({item}: Props): ReactNode {
  const description = useDocDescription(item.type === 'link' ? item.docId : undefined);
  if (item.type !== 'link' || item.docId === undefined) {
    return <DocCard item={item} />;
  }
  return (
    <DocCard item={{...item, docId: undefined, description: item.description ?? description}} />
  );
}
