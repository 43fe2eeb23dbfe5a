/**
 * A click on the navbar's search button before the page's JavaScript has run is kept, and search
 * opens once it has. The page paints first and hydrates later (scripts/postbuild/paint-first.ts),
 * so on a slow connection the button is on screen, and pressed, for a second or more before React
 * gives it a handler; without this the press did nothing and the reader had to find out and press
 * again.
 *
 * The script below runs in <head> (docusaurus.config.ts puts it there, inline, and the
 * security-headers step hashes it for the Content-Security-Policy). Until Docusaurus marks the page
 * hydrated it marks a pressed button with PENDING_ATTRIBUTE; the button's component, once mounted,
 * opens search when it finds the mark (useEarlyOpen). A keyboard press on the focused button is a
 * click too.
 */
import {type RefObject, useEffect} from 'react';

/** Marks the button whose early press is kept. */
export const EARLY_OPEN_ATTRIBUTE = 'data-search-open';
/** Set on that button by a press the page could not answer yet. */
export const PENDING_ATTRIBUTE = 'data-search-pending';

/** The inline script: a capturing click listener, idle once the page has hydrated. */
export const EARLY_OPEN_SCRIPT =
  'document.addEventListener("click",function(e){' +
  'if(document.documentElement.getAttribute("data-has-hydrated")==="true")return;' +
  'var t=e.target,b=t instanceof Element&&t.closest("[' +
  EARLY_OPEN_ATTRIBUTE +
  ']");' +
  'if(b)b.setAttribute("' +
  PENDING_ATTRIBUTE +
  '","")},!0)';

/**
 * Opens search (`open`, given the button for focus to return to) when the button was pressed
 * before the page hydrated. `open` must do nothing when search is open already: React may replay
 * a press made while it was hydrating, so both can answer the same press.
 */
export function useEarlyOpen(
  button: RefObject<HTMLElement | null>,
  open: (returnFocusTo: HTMLElement) => void,
): void {
  useEffect(() => {
    const element = button.current;
    if (element?.hasAttribute(PENDING_ATTRIBUTE)) {
      element.removeAttribute(PENDING_ATTRIBUTE);
      open(element);
    }
  }, [button, open]);
}
