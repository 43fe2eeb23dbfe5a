import {useEffect} from 'react';
import {useLocation} from '@docusaurus/router';

/**
 * Where focus goes when a reader picks a search result that opens a section: to the section's
 * heading, so the next Tab starts where the reader landed, not at the navbar's search button
 * with the navbar and the sidebar still to get through. The result's link carries this state;
 * links followed any other way keep Docusaurus's own behaviour.
 *
 * Run by the navbar's search (index.tsx), which every page has and which renders with the page it
 * arrives on, so the heading is there when this runs. A result without a section opens the top of
 * its page, where Docusaurus already puts focus after a link.
 */
const STATE_KEY = 'fromSearchResult';

/** The history state a result's link is followed with. */
export const ARRIVAL_STATE: Readonly<Record<string, true>> = {[STATE_KEY]: true};

export function useFocusOnArrival(): void {
  const {state, hash, key} = useLocation();
  const arrived = (state as Record<string, unknown> | undefined)?.[STATE_KEY] === true;
  useEffect(() => {
    if (!arrived || !hash) {
      return;
    }
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) {
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    // Docusaurus has scrolled the heading into place below the navbar: keep it there.
    target.focus({preventScroll: true});
  }, [arrived, hash, key]);
}
