import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  children: ReactNode;
}

/**
 * The name of a button, link or screen the reader must find. In Markdown it is written as bold
 * (`**Next**`): MDXComponents maps `strong` here, following Microsoft's style of bolding UI labels.
 */
export default function UiLabel({children}: Props): ReactNode {
  return <strong className={styles.uiLabel}>{children}</strong>;
}
