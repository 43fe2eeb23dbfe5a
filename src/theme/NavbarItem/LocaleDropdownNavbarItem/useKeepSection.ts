import {useEffect} from 'react';

/** Height of the sticky navbar, under which a heading counts as scrolled past. */
const NAVBAR_OFFSET = 80;

/** The id of the last section heading the reader has scrolled to, if any. */
export function currentSectionId(root: ParentNode = document): string | undefined {
  const headings = root.querySelectorAll<HTMLElement>('article :is(h2, h3)[id]');
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > NAVBAR_OFFSET) {
      break;
    }
    current = heading.id;
  }
  return current;
}

/**
 * Docusaurus's language links carry the URL hash, which only changes when a reader follows an
 * anchor. Headings share ids across locales, so a reader who scrolled to a section is taken to the
 * same section of the other language: the section is added to the link as it is followed.
 */
export default function useKeepSection(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[lang]');
      if (!(link instanceof HTMLAnchorElement) || link.hash) {
        return;
      }
      const section = currentSectionId();
      if (section) {
        link.hash = section;
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
}
