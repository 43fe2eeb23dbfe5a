/**
 * Keeps the reader's section across a language switch. Docusaurus's language links carry the URL
 * hash, which only changes when a reader follows an anchor. Headings share ids across locales, so
 * a reader who scrolled to a section is taken to the same section of the other language: the
 * section is added to the link as it is followed.
 *
 * A client module (docusaurus.config.ts `clientModules`), not a hook in a component: language
 * links are in the navbar's dropdown and in the page's "this page in other languages" links, and
 * one listener on the document serves them all.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

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

function keepSection(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[lang]');
  if (!(link instanceof HTMLAnchorElement) || link.hash) {
    return;
  }
  const section = currentSectionId();
  if (section) {
    link.hash = section;
  }
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', keepSection, true);
}
