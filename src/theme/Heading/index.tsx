import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {Props} from '@theme/Heading';
// The original's styles (the "#" shown on hover), not a copy of them.
import '@docusaurus/theme-classic/lib/theme/Heading/styles.module.css';

/**
 * The theme's heading (ejected), named by its own words alone: the "Direct link to …" link inside
 * it kept its label, and a screen reader listing headings read each one twice ("Sign in problems
 * Direct link to Sign in problems"). The heading's words are wrapped and the heading is named by
 * them (aria-labelledby); the link, still reached by Tab, keeps its label. The span's id cannot
 * clash with a heading's: the ids Docusaurus makes from headings never hold a colon.
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);

  // H1 headings do not need an id because they don't appear in the TOC.
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }

  brokenLinks.collectAnchor(id);

  const anchorTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Direct link to {heading}',
      description: 'Title for link to heading',
    },
    {
      heading: typeof props.children === 'string' ? props.children : id,
    },
  );

  const nameId = `${id}:name`;
  return (
    <As
      {...props}
      className={clsx('anchor', anchorTargetClassName, props.className)}
      id={id}
      aria-labelledby={nameId}>
      <span id={nameId}>{props.children}</span>
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={anchorTitle}
        title={anchorTitle}
        translate="no">
        {/* A zero-width space: the link shows only its CSS "#", and needs some text to be a link. */}
        {'\u200B'}
      </Link>
    </As>
  );
}
