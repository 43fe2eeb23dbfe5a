import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useBackToTopButton} from '@docusaurus/theme-common/internal';

import styles from './styles.module.css';

/** The reader asked their system for less motion: jump, do not glide (WCAG 2.3.3). */
function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Ejected: Docusaurus scrolls back to the top with its own animation whatever the reader's
// motion setting, and that animation stops for good at any scroll event it reads as the reader
// scrolling down (once, in CI, 4 px short of the top). The browser's own smooth scrolling glides
// instead, and stops only when the reader scrolls. Only the click handler differs from the
// original.
export default function BackToTopButton(): ReactNode {
  const {shown} = useBackToTopButton({threshold: 300});
  return (
    <button
      aria-label={translate({
        id: 'theme.BackToTopButton.buttonAriaLabel',
        message: 'Scroll back to top',
        description: 'The ARIA label for the back to top button',
      })}
      className={clsx(
        'clean-btn',
        ThemeClassNames.common.backToTopButton,
        styles.backToTopButton,
        shown && styles.backToTopButtonShow,
      )}
      type="button"
      onClick={() =>
        window.scrollTo({top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth'})
      }
    />
  );
}
