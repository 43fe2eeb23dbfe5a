import React, {type ReactNode, useEffect} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import type MobileSidebarType from '@theme/Navbar/MobileSidebar';
import type {WrapperProps} from '@docusaurus/types';
import {useNavbarMobileSidebar} from '@site/src/internals';
import {currentLink, revealInList} from '@site/src/components/revealInList';

type Props = WrapperProps<typeof MobileSidebarType>;

/** Every element outside `inside`: the siblings of it and of each of its ancestors. */
function outsideOf(inside: Element): Element[] {
  const outside: Element[] = [];
  for (
    let node: Element | null = inside;
    node && node !== document.body;
    node = node.parentElement
  ) {
    const parent: Element | null = node.parentElement;
    for (const sibling of parent ? [...parent.children] : []) {
      if (sibling !== node && !sibling.hasAttribute('inert')) {
        outside.push(sibling);
      }
    }
  }
  return outside;
}

/**
 * Wrapped so that the phone's menu behaves as the modal it looks like: while it is open, focus
 * moves into it, Tab stays in it (everything else on the page is inert: the page under the
 * backdrop could take focus unseen), Escape closes it, and focus goes back to the menu button.
 * The original only slides the panel in.
 */
export default function MobileSidebarWrapper(props: Props): ReactNode {
  // toggle keeps its identity (a useCallback without dependencies in theme-common).
  const {shown, toggle} = useNavbarMobileSidebar();

  useEffect(() => {
    const panel = shown ? document.querySelector('.navbar-sidebar') : null;
    if (!panel) {
      return undefined;
    }
    const menuButton = document.querySelector<HTMLElement>('.navbar__toggle');
    const outside = outsideOf(panel);
    outside.forEach((element) => element.setAttribute('inert', ''));
    // The panel becomes focusable once its slide-in has started, a frame or two after it opens.
    const first = panel.querySelector<HTMLElement>('button, a[href]');
    let frame = 0;
    const focusFirst = (tries: number) => {
      first?.focus();
      if (first && document.activeElement !== first && tries > 0) {
        frame = requestAnimationFrame(() => focusFirst(tries - 1));
      }
    };
    focusFirst(30);
    // The current page's entry shows, as in the desktop sidebar (src/clientModules/sidebarToCurrent).
    const current = currentLink(panel);
    if (current) {
      revealInList(current);
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        toggle();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    // Its two panels (the site's menu and this page's sidebar) take turns, the hidden one inert:
    // focus on the button that switched them would drop to the page, so it goes to the first
    // link of the panel now shown ("← Back to main menu" leads to the main menu's first item).
    const panels = panel.querySelector('.navbar-sidebar__items');
    const observer = new MutationObserver(() => {
      const now = document.activeElement;
      if (now && now !== document.body && !now.closest('[inert]')) {
        return;
      }
      [...(panels?.querySelectorAll<HTMLElement>('a[href], button') ?? [])]
        .find((element) => !element.closest('[inert]'))
        ?.focus();
    });
    if (panels) {
      observer.observe(panels, {attributes: true, attributeFilter: ['inert'], subtree: true});
    }
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKeyDown);
      outside.forEach((element) => element.removeAttribute('inert'));
      // Closed by Escape, its close button or a link in it: back to the button that opened it
      // (after a link to another page, Docusaurus then moves focus to the top of that page).
      const active = document.activeElement;
      if (!active || active === document.body || panel.contains(active)) {
        menuButton?.focus();
      }
    };
  }, [shown, toggle]);

  return <MobileSidebar {...props} />;
}
