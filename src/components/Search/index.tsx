import React, {type ReactNode, useCallback, useRef} from 'react';
import {translate} from '@docusaurus/Translate';
import ModalDialog, {useModalDialog} from '@site/src/components/ModalDialog';
import {jsOnly} from '@site/src/components/jsOnly';
import {useFocusOnArrival} from '@site/src/components/focusOnArrival';
import Combobox from './Combobox';
import {EARLY_OPEN_ATTRIBUTE, useEarlyOpen} from './earlyOpen';
import {usePrepareSearch} from './useSearch';
import {useSearchShortcut, useShortcutLabel} from './useSearchShortcut';
import styles from './styles.module.css';

interface Props {
  /** `navbar`: a button that opens search in a dialog (also Ctrl/⌘+K and "/"). `hero`: the box itself, in the page. */
  variant: 'navbar' | 'hero';
}

function NavbarSearch(): ReactNode {
  const dialog = useModalDialog();
  const {show: showDialog, close, leave} = dialog;
  useFocusOnArrival();
  // Focus goes back to wherever the reader was: the button, or any element when a shortcut opened it.
  const show = useCallback(() => showDialog(), [showDialog]);
  // A press before the page's JavaScript ran opens search once it has (earlyOpen.ts).
  const button = useRef<HTMLButtonElement>(null);
  useEarlyOpen(button, showDialog);
  const shortcut = useShortcutLabel();
  // The pointer on the button, focus on it or the shortcut's Ctrl/⌘: search starts loading then,
  // a moment before it opens, and never with the page.
  const prepare = usePrepareSearch();
  useSearchShortcut(show, prepare);
  const label = translate({
    id: 'search.button.label',
    message: '검색',
    description: 'Name of the navbar search button and dialog',
  });
  return (
    <>
      {/* Named by its content, so the name holds everything it shows (WCAG 2.5.3 Label in Name):
          "검색 Ctrl K". On a narrow screen only the label is left, unseen, as its name. */}
      <button
        ref={button}
        type="button"
        {...{[EARLY_OPEN_ATTRIBUTE]: ''}}
        {...jsOnly}
        className={styles.button}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={show}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" />
        </svg>
        <span className={styles.buttonLabel}>{label}</span>{' '}
        <kbd className={styles.kbd}>{shortcut}</kbd>
      </button>
      <ModalDialog dialog={dialog} label={label} className={styles.dialog}>
        {dialog.isOpen && (
          <div className={styles.panel}>
            <Combobox variant="navbar" onNavigate={leave} onEscape={close} />
            <button
              type="button"
              className={styles.close}
              aria-label={translate({
                id: 'search.close',
                message: '검색 닫기',
                description: 'Button that closes the search dialog',
              })}
              onClick={close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </ModalDialog>
    </>
  );
}

/** Search of the help pages, in the reader's language; the index loads when search is first used. */
export default function Search({variant}: Props): ReactNode {
  return variant === 'navbar' ? <NavbarSearch /> : <Combobox variant="hero" />;
}
