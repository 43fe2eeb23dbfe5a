import {useEffect} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';

/**
 * Where focus goes when a link opens a page or a section (a search result, the troubleshooter, a
 * card, the sidebar, a link in the text): to what the reader asked for, the section's heading
 * (the URL's #id) or the page's title. A screen reader then reads where the reader landed, and the
 * next Tab goes on from there, not from the navbar with the sidebar still to get through.
 *
 * Docusaurus moves focus to its skip-link's container after a link to a page without #id, then
 * takes the container's tabindex away, which makes Chromium drop focus to <body>: nothing is read,
 * and the reader is back at the top. Back and forward (POP), and the first page load, are left to
 * the browser.
 *
 * Run by the navbar's search (index.tsx), which every page has and which renders with the page it
 * arrives on, after the skip link's own effect, so the heading is there and focus stays on it.
 */
export function useFocusOnArrival(): void {
  const {hash, key} = useLocation();
  const {action} = useHistory();
  useEffect(() => {
    if (action !== 'PUSH' && action !== 'REPLACE') {
      return;
    }
    const target = hash
      ? document.getElementById(decodeURIComponent(hash.slice(1)))
      : document.querySelector<HTMLElement>('main h1');
    if (!target) {
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    // Docusaurus has scrolled the heading into place below the navbar: keep it there.
    target.focus({preventScroll: true});
  }, [action, hash, key]);
}
