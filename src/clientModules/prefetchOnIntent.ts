/**
 * Links load the next page's code when the reader shows intent, not when they come into view.
 *
 * Docusaurus prefetches, for every internal link that scrolls into view, the code of the page it
 * leads to. A help center's sidebar holds many links, so that is tens of KB on every first load,
 * spent on pages the reader mostly never opens, and it grows with each category. A link still
 * loads its page's code the moment the reader points at it or touches it (Docusaurus's `preload`),
 * so the next page opens as quickly.
 *
 * `window.docusaurus` is Docusaurus's client API (an internal, listed in src/internals.ts): links
 * call its `prefetch` on sight and its `preload` on intent. It is set before React first renders,
 * and this runs in the first commit, before any link's visibility is reported.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

export function onRouteDidUpdate(): void {
  if (ExecutionEnvironment.canUseDOM && window.docusaurus) {
    // The object is frozen: links read it from window at each call, so a copy takes its place.
    window.docusaurus = {...window.docusaurus, prefetch: () => false};
  }
}
