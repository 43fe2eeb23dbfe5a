import React, {type MouseEvent, type ReactNode, useCallback, useRef, useState} from 'react';

export interface ModalDialogState {
  /** The <dialog> element's ref callback (ModalDialog passes it on). */
  attach: (element: HTMLDialogElement | null) => void;
  /** Whether the dialog is open, for content that should only render while it is. */
  isOpen: boolean;
  /**
   * Opens the dialog. Focus goes back to `returnFocusTo` when it closes, or else to whatever had
   * focus when it opened (a keyboard shortcut opens search from anywhere on the page).
   */
  show: (returnFocusTo?: HTMLElement | null) => void;
  close: () => void;
  /** Closes the dialog for a link it followed: focus goes where the link leads, not back. */
  leave: () => void;
  onClose: () => void;
}

/**
 * A native modal <dialog>: the browser makes the rest of the page inert, keeps focus inside and
 * closes it on Escape. Focus is put back explicitly when it closes, since not every browser does
 * (Safari does not focus a button that is clicked, so there is nothing to restore).
 */
export function useModalDialog(): ModalDialogState {
  const ref = useRef<HTMLDialogElement | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [isOpen, setOpen] = useState(false);

  const show = useCallback((returnFocusTo?: HTMLElement | null) => {
    const dialog = ref.current;
    if (!dialog || dialog.open) {
      return;
    }
    returnFocus.current =
      returnFocusTo ??
      (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setOpen(true);
    dialog.showModal();
  }, []);

  const close = useCallback(() => {
    ref.current?.close();
  }, []);

  const leave = useCallback(() => {
    returnFocus.current = null;
    ref.current?.close();
  }, []);

  // Runs for every way the dialog closes: Escape, a close button, the backdrop, a followed link
  // (which leaves it: focus goes to where the link leads). The close event comes a task after the
  // dialog closed, so focus is put back only if it is still lost (in the closed dialog, or on the
  // page itself): a reader who already moved on (Tab, or a browser that restored it) keeps it.
  const onClose = useCallback(() => {
    setOpen(false);
    const focused = document.activeElement;
    if (!focused || focused === document.body || ref.current?.contains(focused)) {
      returnFocus.current?.focus();
    }
    returnFocus.current = null;
  }, []);

  const attach = useCallback((element: HTMLDialogElement | null) => {
    ref.current = element;
  }, []);

  return {attach, isOpen, show, close, leave, onClose};
}

interface Props {
  dialog: ModalDialogState;
  /** The dialog's accessible name. */
  label: string;
  className?: string;
  children: ReactNode;
}

/** The <dialog> element for a `useModalDialog()` state; a click on its backdrop closes it. */
export default function ModalDialog({
  dialog: {attach, close, onClose},
  label,
  className,
  children,
}: Props): ReactNode {
  // A click on the backdrop lands on the dialog element itself, outside its content.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) {
      close();
    }
  };
  return (
    // Backdrop clicks are a pointer shortcut; keyboard users have Escape and the close button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={attach}
      className={className}
      aria-label={label}
      onClose={onClose}
      onClick={onClick}>
      {children}
    </dialog>
  );
}
