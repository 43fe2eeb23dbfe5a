import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {jsOnly} from '@site/src/components/jsOnly';
import Translate from '@docusaurus/Translate';
import useEnglishOriginal from './useEnglishOriginal';
import styles from './styles.module.css';

/**
 * "영어 원문 함께 보기": shows the English each Korean block was translated from, right under it.
 * A toggle button (aria-pressed), off by default; the choice holds across pages and visits.
 */
export default function EnglishOriginalToggle(): ReactNode {
  const {shown, toggle, buttonRef} = useEnglishOriginal();
  return (
    <button
      ref={buttonRef}
      type="button"
      {...jsOnly}
      className={clsx('button button--sm button--secondary', styles.toggle)}
      aria-pressed={shown}
      // A control, not content: keep its label out of the search index.
      data-pagefind-ignore="all"
      onClick={toggle}>
      <span className={styles.box} aria-hidden="true" />
      <Translate
        id="englishOriginal.toggle"
        description="Toggle button above a Korean page that shows the English original under each block">
        영어 원문 함께 보기
      </Translate>
    </button>
  );
}
