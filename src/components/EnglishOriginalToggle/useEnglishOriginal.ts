import {useCallback, useEffect, useRef, useSyncExternalStore, type RefObject} from 'react';
import {
  ORIGINAL_CLASS,
  SHOWN_ATTRIBUTE,
  STORAGE_KEY,
} from '@site/plugins/english-original/constants';

function readChoice(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // Storage can be blocked (private mode, policy): the toggle still works for this page.
    return false;
  }
}

function storeChoice(shown: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, shown ? 'on' : 'off');
  } catch {
    // See readChoice.
  }
}

function apply(shown: boolean): void {
  if (shown) {
    document.documentElement.setAttribute(SHOWN_ATTRIBUTE, 'on');
  } else {
    document.documentElement.removeAttribute(SHOWN_ATTRIBUTE);
  }
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, figure, table, pre, blockquote, .admonition';

/**
 * The element the reader is looking at: the toggle itself while it is on screen, otherwise the
 * innermost Korean block at the top of the viewport (below the sticky navbar).
 */
function findAnchor(button: HTMLElement | null): Element | undefined {
  const top = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
  if (button) {
    const rect = button.getBoundingClientRect();
    if (rect.top >= top && rect.bottom <= window.innerHeight) {
      return button;
    }
  }
  let anchor: Element | undefined;
  for (const element of document.querySelectorAll(
    `article ${BLOCKS.split(', ').join(', article ')}`,
  )) {
    if (element.closest(`.${ORIGINAL_CLASS}`)) {
      continue;
    }
    if (anchor && !anchor.contains(element)) {
      break;
    }
    const rect = element.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > top) {
      anchor = element;
    }
  }
  return anchor;
}

/**
 * Runs `change`, then scrolls so the anchor is where it was on screen. A reader at the very top of
 * the page stays at the top.
 */
function keepingPlace(anchor: Element | undefined, change: () => void): void {
  const before = window.scrollY > 0 ? anchor?.getBoundingClientRect().top : undefined;
  change();
  if (anchor && before !== undefined) {
    const delta = anchor.getBoundingClientRect().top - before;
    if (delta !== 0) {
      window.scrollBy({top: delta, behavior: 'instant'});
    }
  }
}

// The choice lives on <html> (for the CSS) and in localStorage; React subscribes to it.
const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) {
      apply(event.newValue === 'on');
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const getSnapshot = () => document.documentElement.getAttribute(SHOWN_ATTRIBUTE) === 'on';
// Off in the server-rendered HTML; the head script has already shown the English if it was on.
const getServerSnapshot = () => false;

export interface EnglishOriginalState {
  shown: boolean;
  toggle: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * Whether the English original is shown: one choice for the whole site, stored in localStorage and
 * applied as an attribute on <html> (a head script sets it before the first paint, see
 * plugins/english-original). Toggling keeps the reader's place on the page.
 */
export default function useEnglishOriginal(): EnglishOriginalState {
  const shown = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Where the head script could not run (blocked by a policy), apply the stored choice now.
  useEffect(() => {
    if (readChoice() !== getSnapshot()) {
      apply(readChoice());
      notify();
    }
  }, []);

  const toggle = useCallback(() => {
    const next = !getSnapshot();
    keepingPlace(findAnchor(buttonRef.current), () => apply(next));
    storeChoice(next);
    notify();
  }, []);

  return {shown, toggle, buttonRef};
}
