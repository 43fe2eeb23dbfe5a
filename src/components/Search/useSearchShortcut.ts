import {useEffect, useSyncExternalStore} from 'react';

/** True for keys typed into a field: "/" there is a character, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Ctrl+K (⌘K on a Mac) and "/" call `open`, from anywhere on the page. Ctrl or ⌘ pressed alone
 * calls `prepare`: it may be the start of the shortcut, so search can start loading before the K.
 */
export function useSearchShortcut(open: () => void, prepare?: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey) {
        return;
      }
      if (event.key === 'Control' || event.key === 'Meta') {
        prepare?.();
        return;
      }
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, prepare]);
}

const noSubscription = () => () => {};

/** The shortcut as the reader's keyboard labels it; "Ctrl" in the server-rendered HTML. */
export function useShortcutLabel(): string {
  const mac = useSyncExternalStore(
    noSubscription,
    () => /Mac|iPhone|iPad/.test(navigator.platform),
    () => false,
  );
  return mac ? '⌘ K' : 'Ctrl K';
}
