import React, {
  Children,
  cloneElement,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  children: ReactNode;
}

type ListProps = {className?: string; role?: string};

/**
 * A numbered procedure. Writers wrap an ordinary Markdown ordered list:
 *
 *   <Steps>
 *
 *   1. Select **Next**.
 *
 *   </Steps>
 *
 * The list stays a real <ol>; `role="list"` is set explicitly because Safari/VoiceOver drop list
 * semantics from lists whose markers are restyled with `list-style: none`.
 */
export default function Steps({children}: Props): ReactNode {
  return (
    <div className={styles.steps}>
      {Children.map(children, (child) =>
        isOrderedList(child)
          ? cloneElement(child, {
              role: 'list',
              className: clsx(child.props.className, styles.list),
            })
          : child,
      )}
    </div>
  );
}

function isOrderedList(child: ReactNode): child is ReactElement<ListProps> {
  return isValidElement(child) && child.type === 'ol';
}
