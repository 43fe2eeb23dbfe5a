import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';

/**
 * A Markdown table. Infima lets a table wider than the page scroll sideways; a keyboard reader can
 * only scroll what can take focus (axe: scrollable-region-focusable), so a table that overflows
 * becomes a tab stop, and one that fits does not add a needless one. Its name, the section it is
 * in, comes with it from the build (plugins/rehype-table-names).
 */
export default function MDXTable(props: ComponentProps<'table'>): ReactNode {
  const ref = useRef<HTMLTableElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const table = ref.current;
    if (!table) {
      return undefined;
    }
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
    <table ref={ref} {...props} tabIndex={scrolls ? 0 : undefined} />
  );
}
