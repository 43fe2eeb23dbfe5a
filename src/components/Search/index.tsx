import React, {type ReactNode, useCallback, useRef, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import Combobox from './Combobox';
import {useSearchShortcut, useShortcutLabel} from './useSearchShortcut';
import styles from './styles.module.css';

interface Props {
  /** `navbar`: a button that opens search in a dialog (also Ctrl/⌘+K and "/"). `hero`: the box itself, in the page. */
  variant: 'navbar' | 'hero';
}

function useSearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);

  const show = useCallback(() => {
    if (dialog.current?.open) {
      return;
    }
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
    dialog.current?.showModal();
  }, []);

  const close = useCallback(() => {
    dialog.current?.close();
  }, []);

  // Runs for every way the dialog closes (Escape, the close button, a result, the backdrop).
  const onClose = useCallback(() => {
    setOpen(false);
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, []);

  return {dialog, open, show, close, onClose};
}

function NavbarSearch(): ReactNode {
  const {dialog, open, show, close, onClose} = useSearchDialog();
  const shortcut = useShortcutLabel();
  useSearchShortcut(show);
  const label = translate({
    id: 'search.button.label',
    message: '검색',
    description: 'Name of the navbar search button and dialog',
  });
  return (
    <>
      <button
        type="button"
        className={styles.button}
        aria-label={label}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={show}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" />
        </svg>
        <span className={styles.buttonLabel} aria-hidden="true">
          {label}
        </span>
        <kbd className={styles.kbd} aria-hidden="true">
          {shortcut}
        </kbd>
      </button>
      {/* Backdrop clicks are a pointer shortcut; keyboard users have Escape and the close button. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label={label}
        onClose={onClose}
        // A click on the backdrop lands on the dialog element itself, outside the panel.
        onClick={(event) => {
          if (event.target === event.currentTarget) {
            close();
          }
        }}>
        {open && (
          <div className={styles.panel}>
            <Combobox variant="navbar" onNavigate={close} onEscape={close} />
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
      </dialog>
    </>
  );
}

/** Search of the help pages, in the reader's language; the index loads when search is first used. */
export default function Search({variant}: Props): ReactNode {
  return variant === 'navbar' ? <NavbarSearch /> : <Combobox variant="hero" />;
}
