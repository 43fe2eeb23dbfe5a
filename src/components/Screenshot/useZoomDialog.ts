import {useCallback, useRef, type RefObject} from 'react';

interface ZoomDialog {
  dialogRef: RefObject<HTMLDialogElement | null>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  open: () => void;
  close: () => void;
  onDialogClose: () => void;
}

/**
 * A native modal <dialog>: the browser traps focus inside it and closes it on Escape. Focus is put
 * back on the thumbnail explicitly, since not every browser restores it on close.
 */
export default function useZoomDialog(): ZoomDialog {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  const open = useCallback(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }, []);

  const close = useCallback(() => {
    dialogRef.current?.close();
  }, []);

  const onDialogClose = useCallback(() => {
    triggerRef.current?.focus();
  }, []);

  return {dialogRef, triggerRef, open, close, onDialogClose};
}
