/**
 * A page's section headings as spans of its indexed words, the way Pagefind counts locations, and
 * the matches inside a span: what the excerpt (excerpt.ts) reads to choose the section to show.
 */

export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** Word locations [start, end) on a page. */
export interface Span {
  start: number;
  end: number;
}

export interface HeadingSpan extends Span {
  anchor: PageAnchor;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text without the zero-width characters Pagefind puts between words of unspaced scripts. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Words in a text, as Pagefind counts them. */
export function wordCount(text: string | undefined): number {
  return text === undefined ? 0 : visible(text).split(/\s+/).filter(Boolean).length;
}

/** The page's h2 to h6 headings that have an id, in page order (the h1 is the page title). */
export function headingSpans(anchors: readonly PageAnchor[], wordsOnPage: number): HeadingSpan[] {
  return anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id && a.location < wordsOnPage)
    .sort((a, b) => a.location - b.location)
    .map((anchor) => ({
      anchor,
      start: anchor.location,
      end: anchor.location + wordCount(anchor.text),
    }));
}

/** How many concepts have a match in `span`, and how many matching words there are. */
export function matchesIn(
  span: Span,
  locations: ReadonlyMap<number, readonly number[]>,
): {concepts: number; words: number} {
  let concepts = 0;
  let words = 0;
  for (const locs of locations.values()) {
    const inside = locs.filter((l) => l >= span.start && l < span.end).length;
    if (inside > 0) {
      concepts += 1;
      words += inside;
    }
  }
  return {concepts, words};
}
