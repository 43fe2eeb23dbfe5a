import React, {type ComponentProps, type ReactNode} from 'react';
import isInternalUrl from '@docusaurus/isInternalUrl';
import IconExternalLink from '@theme/Icon/ExternalLink';
import MDXA from '@theme-original/MDXComponents/A';

type Props = ComponentProps<typeof MDXA>;

/** Docusaurus's Link opens an address outside the site in a new tab, as it does here. */
function opensNewTab({href, target}: Props): boolean {
  return target === undefined ? href !== undefined && !isInternalUrl(href) : target === '_blank';
}

// Wrapped: a link in the text that opens a new tab says so, to the eye (the icon the navbar and
// footer use) and to a screen reader (the icon's label, "(새 탭에서 열림)" / "(opens in new tab)"),
// so a reader who expects the Back button to return here is not lost (WCAG 3.2.5).
export default function MDXLink(props: Props): ReactNode {
  if (!opensNewTab(props)) {
    return <MDXA {...props} />;
  }
  return (
    <MDXA {...props}>
      {props.children}
      <IconExternalLink />
    </MDXA>
  );
}
