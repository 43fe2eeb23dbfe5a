import React, {type ReactNode} from 'react';
import Icon from '@theme-original/DocCard/Heading/Icon';
import type IconType from '@theme/DocCard/Heading/Icon';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof IconType>;

/**
 * Wrapped for one thing: the card's emoji (📄️ before each article on the help index page) is
 * decoration, so screen readers skip it instead of reading "page facing up" before every title.
 */
export default function IconWrapper(props: Props): ReactNode {
  return (
    <span aria-hidden="true">
      <Icon {...props} />
    </span>
  );
}
