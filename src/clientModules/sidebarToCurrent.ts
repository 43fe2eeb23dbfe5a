/**
 * On every page, the sidebar shows the current page's entry: scrolled to it when the reader
 * arrives from elsewhere, left alone when they chose it from the sidebar (it is in view then).
 * The phone's menu does the same when it opens (src/theme/Navbar/MobileSidebar).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {currentLink, revealInList} from '@site/src/components/revealInList';

export function onRouteDidUpdate(): void {
  if (!ExecutionEnvironment.canUseDOM) {
    return;
  }
  const sidebar = document.querySelector('.theme-doc-sidebar-container');
  const link = sidebar && currentLink(sidebar);
  if (link) {
    revealInList(link);
  }
}
