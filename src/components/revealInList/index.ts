/**
 * Scrolls a long list (the sidebar, the phone's menu) so that one of its items shows: the list's
 * own scrolling box moves, never the page, and only when the item is out of sight. Docusaurus
 * opens the current page's category but leaves its sidebar scrolled to the top
 * (facebook/docusaurus#7980), so on a help center of many pages a reader who arrives from search
 * or a shared link cannot see where they are.
 */

/** The nearest ancestor of `element` that scrolls its content vertically, if any. */
function scrollingBox(element: HTMLElement): HTMLElement | undefined {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    if (
      box.scrollHeight > box.clientHeight + 1 &&
      /^(auto|scroll)$/.test(getComputedStyle(box).overflowY)
    ) {
      return box;
    }
  }
  return undefined;
}

/** Brings `item` into its list's view, a third of the way down, if it is not in view already. */
export function revealInList(item: HTMLElement): void {
  const box = scrollingBox(item);
  if (!box) {
    return;
  }
  const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const bottom = top + item.offsetHeight;
  if (top >= box.scrollTop && bottom <= box.scrollTop + box.clientHeight) {
    return;
  }
  box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

/** The current page's entry in the docs sidebar under `root` (the desktop one, or the phone's). */
export function currentLink(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    '.theme-doc-sidebar-menu a.menu__link[aria-current="page"]',
  );
}
