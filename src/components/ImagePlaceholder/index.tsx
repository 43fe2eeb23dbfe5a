import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /** What the screenshot shows: shown as the figure's text, since there is no picture. */
  alt: string;
  /** The image the source page named; for the maintainer who adds it later. Not shown. */
  src?: string;
  /** Inside a sentence or a table cell, where a figure cannot go: the same words, inline. */
  inline?: boolean;
}

function NotAvailable(): ReactNode {
  return (
    <Translate
      id="imagePlaceholder.notAvailable"
      description="Under the description of a screenshot that the page cannot show">
      이 스크린샷은 제공되지 않습니다.
    </Translate>
  );
}

/**
 * Stands in for a screenshot an imported page names but the import could not find (localized
 * repositories do not carry images). Only the importer writes it: a missing image in a
 * hand-written page still fails the build.
 */
export default function ImagePlaceholder({alt, src, inline = false}: Props): ReactNode {
  if (inline) {
    return (
      <span className={styles.inline} data-src={src}>
        <span className={styles.alt}>{alt}</span>{' '}
        <span className={styles.note}>
          <NotAvailable />
        </span>
      </span>
    );
  }
  return (
    <figure className={styles.placeholder} data-src={src}>
      <p className={styles.alt}>{alt}</p>
      <figcaption className={styles.note}>
        <NotAvailable />
      </figcaption>
    </figure>
  );
}
