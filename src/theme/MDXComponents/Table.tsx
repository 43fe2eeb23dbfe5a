import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';

/** The text of the section heading a table sits under, without its "#" link; undefined if none. */
export function sectionTitle(table: Element): string | undefined {
  const headings = table.closest('article')?.querySelectorAll('h2, h3') ?? [];
  let title: string | undefined;
  for (const heading of headings) {
    if (!(heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      break;
    }
    const copy = heading.cloneNode(true) as Element;
    copy.querySelectorAll('.hash-link').forEach((link) => link.remove());
    title = copy.textContent?.replace(/\u200b/g, '').trim() || undefined;
  }
  return title;
}

/**
 * A Markdown table. Infima lets a table wider than the page scroll sideways; a keyboard reader can
 * only scroll what can take focus (axe: scrollable-region-focusable), so a table that overflows
 * becomes a tab stop, and one that fits does not add a needless one. A Markdown table has no
 * caption, so it is named after the section it is in: a screen reader that lands on it, or lists
 * the page's tables, says which one it is.
 */
export default function MDXTable(props: ComponentProps<'table'>): ReactNode {
  const ref = useRef<HTMLTableElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [name, setName] = useState<string>();
  useEffect(() => {
    const table = ref.current;
    if (!table) {
      return undefined;
    }
    setName(sectionTitle(table));
    const measure = () => setScrolls(table.scrollWidth > table.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <table ref={ref} aria-label={name} {...props} tabIndex={scrolls ? 0 : undefined} />
  );
}
