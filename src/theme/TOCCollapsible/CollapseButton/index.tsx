import React, {type ReactNode} from 'react';
import CollapseButton from '@theme-original/TOCCollapsible/CollapseButton';
import type CollapseButtonType from '@theme/TOCCollapsible/CollapseButton';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CollapseButtonType>;

/**
 * Wrapped for one thing: the phone's "이 페이지에서 / On this page" button says whether the list
 * it shows and hides is open (aria-expanded), which the original button does not, so a screen
 * reader announced a button that did nothing it could hear.
 */
export default function CollapseButtonWrapper(props: Props): ReactNode {
  return <CollapseButton {...props} aria-expanded={!props.collapsed} />;
}
