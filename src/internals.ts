/**
 * The Docusaurus internals the site's browser code uses, in one place. An internal can change in
 * any release without notice: tests/build/docusaurus-internals.test.ts fails when one is gone,
 * and the end-to-end tests check what it does for a reader.
 *
 * - `useAlternatePageUtils` (@docusaurus/theme-common/internal): the address of this page in
 *   another locale, as the navbar's language dropdown computes it (baseUrl, trailing slash and
 *   locale paths included). No public API gives it. LanguageLinks uses it for the links to the
 *   other language, DocItem/Content for the link to the English original.
 * - `useNavbarMobileSidebar` (@docusaurus/theme-common/internal): whether the phone's menu is open,
 *   and its toggle. src/theme/Navbar/MobileSidebar makes the open menu modal (focus, Tab, Escape).
 * - `window.docusaurus.prefetch` (the client API links call when they come into view): replaced
 *   with a no-op by src/clientModules/prefetchOnIntent.ts, so pages load on intent (`preload`).
 */
export {useAlternatePageUtils, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
