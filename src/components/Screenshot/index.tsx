import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ModalDialog, {useModalDialog} from '@site/src/components/ModalDialog';
import {jsOnly} from '@site/src/components/jsOnly';
import {ORIGINAL_CLASS} from '@site/plugins/english-original/constants';
import styles from './styles.module.css';

interface Props {
  /** File name under static/screenshots/<locale>/, without extension. */
  name: string;
  /** What the picture shows, for readers who cannot see it. Required: the build fails without it. */
  alt: string;
  caption?: ReactNode;
  /** The caption's English original, on Korean pages (added by plugins/english-original). */
  originalCaption?: string;
  /** Load at once instead of lazily: for a screenshot in the first screenful. */
  eager?: boolean;
  /** Filled in at build time by plugins/remark-mdx-components from the image file. */
  src?: string;
  width?: number | string;
  height?: number | string;
}

export default function Screenshot({
  name,
  alt,
  caption,
  originalCaption,
  eager = false,
  src,
  width,
  height,
}: Props): ReactNode {
  const dialog = useModalDialog();
  const url = useBaseUrl(src ?? `/screenshots/${name}.svg`);
  const closeLabel = translate({
    id: 'screenshot.close',
    message: '닫기',
    description: 'Label of the button that closes an enlarged screenshot',
  });

  return (
    <figure className={styles.screenshot}>
      <button
        type="button"
        className={styles.trigger}
        aria-haspopup="dialog"
        // The button itself gets focus back: Safari does not focus a button that is clicked.
        onClick={(event) => dialog.show(event.currentTarget)}>
        <img
          className={styles.image}
          src={url}
          alt={alt}
          width={width}
          height={height}
          loading={eager ? 'eager' : 'lazy'}
          decoding={eager ? 'sync' : 'async'}
        />
        <span className={styles.zoomHint} {...jsOnly}>
          <Translate
            id="screenshot.zoom"
            description="Visible hint on a screenshot that it can be enlarged">
            크게 보기
          </Translate>
        </span>
      </button>
      {caption && (
        <figcaption className={styles.caption}>
          {caption}
          {originalCaption && (
            <span lang="en" className={ORIGINAL_CLASS} data-pagefind-ignore="all">
              {originalCaption}
            </span>
          )}
        </figcaption>
      )}
      <ModalDialog dialog={dialog} label={alt} className={styles.dialog}>
        <div className={styles.dialogBody}>
          {/* Above the picture, in a bar of its own: laid on the picture it covered its corner. */}
          <button type="button" className={styles.close} onClick={dialog.close}>
            {closeLabel}
          </button>
          <img
            className={styles.dialogImage}
            src={url}
            alt={alt}
            width={width}
            height={height}
            loading="lazy"
          />
        </div>
      </ModalDialog>
    </figure>
  );
}
