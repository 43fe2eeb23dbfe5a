/**
 * The section and excerpt shown for a result, built from the page text Pagefind stores and the
 * word positions of every concept that matched. The excerpt is plain text parts (marked or not),
 * never HTML, so nothing from the index or the query can ever be injected into the page.
 */

import {
  type HeadingSpan,
  type PageAnchor,
  type Span,
  headingSpans,
  matchesIn,
  visible,
  wordCount,
} from './headings';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface PageText {
  content: string;
  raw_content?: string;
  anchors: readonly PageAnchor[];
  /** The page's title, which its indexed text opens with (DocItem/Content puts the h1 first). */
  meta?: {title?: string};
}

export interface Summary {
  /** The heading the best matches sit under; undefined when they are above the first heading. */
  section?: {id: string; title: string};
  excerpt: ExcerptPart[];
}

/** Words shown in an excerpt. Korean words are long; 24 fits two lines of the results list. */
export const EXCERPT_WORDS = 24;
const CONTEXT_BEFORE = 4;
const ELLIPSIS = '…';

/** The page's words, indexed the way Pagefind counts locations. */
export function pageWords(page: PageText): string[] {
  const raw = page.raw_content ?? page.content;
  if (raw.includes('\u200B')) {
    // Pagefind separates words of unspaced scripts with zero-width spaces and escapes < and >.
    return raw.split('\u200B').map((w) => w.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  }
  return page.content.split(/[^\S\uFEFF]+/);
}

/** A part of the page: the text above the first heading, or a heading and the text under it. */
interface Section extends Span {
  heading?: HeadingSpan;
}

/**
 * How well a span answers the query: distinct concepts first, then concepts matched in the
 * span's heading (a section titled with the reader's words is the place to land), then words.
 */
function spanScore(
  span: Span,
  locations: ReadonlyMap<number, readonly number[]>,
  heading?: Span,
): number {
  const all = matchesIn(span, locations);
  const titled = heading ? matchesIn(heading, locations).concepts : 0;
  return all.concepts * 10_000 + titled * 100 + all.words;
}

/** A word that ends a sentence, or a table cell or list item (Pagefind ends each with a full stop). */
const SENTENCE_END = /[.!?。]$/;

export function summarise(
  page: PageText,
  locations: ReadonlyMap<number, readonly number[]>,
  {
    length = EXCERPT_WORDS,
    hints = new Set(),
    words = pageWords(page),
  }: {
    /** Words in the excerpt. */
    length?: number;
    /** Concepts that are hints: they say nothing about where on the page the answer is. */
    hints?: ReadonlySet<number>;
    /** The page's words (pageWords), when the caller has them already. */
    words?: readonly string[];
  } = {},
): Summary {
  const headings = headingSpans(page.anchors, words.length);

  // Sections: the text above the first heading, then one per heading.
  const sections: Section[] = [];
  const firstHeading = headings[0]?.start ?? words.length;
  if (firstHeading > 0) {
    sections.push({start: 0, end: firstHeading});
  }
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.start ?? words.length;
    if (end > heading.start) {
      sections.push({start: heading.start, end, heading});
    }
  });
  if (sections.length === 0) {
    sections.push({start: 0, end: words.length});
  }
  // A page whose title names all of the question that the page matches ("can't sign in"), while
  // none of its headings names any of it, is landed on at its top, where it begins, not at a
  // section that only repeats the words: its title heads the text above the first heading. A
  // heading that names part of the question ("Suspend a subscription" for "suspend customer
  // subscription") is the more precise place to land.
  // Hints (whose account, "cannot") say nothing about where the answer is.
  const topics = new Map([...locations].filter(([concept]) => !hints.has(concept)));
  const matched = [...topics.values()].filter((locs) => locs.length > 0).length;
  const titleSpan = {start: 0, end: wordCount(page.meta?.title)};
  const titleLands =
    titleSpan.end > 0 &&
    matched > 0 &&
    matchesIn(titleSpan, topics).concepts === matched &&
    headings.every((heading) => matchesIn(heading, topics).concepts === 0);
  const headingOf = (section: Section): Span | undefined => {
    if (section.heading) {
      return section.heading;
    }
    return section.start === 0 && titleLands ? titleSpan : undefined;
  };
  const sectionScore = (section: Section) => spanScore(section, locations, headingOf(section));
  const best = sections.reduce((a, b) => (sectionScore(b) > sectionScore(a) ? b : a));
  // The result shows the page title and the section heading already: the excerpt is the text
  // under them (unless there is none).
  const heading = best.heading ?? (best.start === 0 ? titleSpan : undefined);
  const body = heading && heading.end < best.end ? {start: heading.end, end: best.end} : best;

  // The excerpt window inside that section that covers the most concepts.
  const marked = new Set<number>();
  for (const locs of locations.values()) {
    locs.forEach((l) => marked.add(l));
  }
  const candidates = [...marked].filter((l) => l >= body.start && l < body.end);
  let windowStart = body.start;
  let windowScore = -1;
  for (const l of candidates) {
    const s = Math.max(body.start, Math.min(l - CONTEXT_BEFORE, body.end - length));
    const score = spanScore({start: s, end: s + length}, locations);
    if (score > windowScore) {
      windowScore = score;
      windowStart = s;
    }
  }
  windowStart = Math.max(0, windowStart);
  const windowEnd = Math.min(body.end, windowStart + length);

  const excerpt: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    const last = excerpt.at(-1);
    if (last && last.mark === mark) {
      last.text += text;
    } else {
      excerpt.push({text, mark});
    }
  };
  if (windowStart > body.start) {
    push(`${ELLIPSIS} `, false);
  }
  // A table row that says the same in every column ("고객 위치/통화 기반 청구서." under each of
  // four offers) is read once: a sentence that repeats the one just shown is left out.
  const sentenceEnd = (from: number): number => {
    let end = from;
    while (end < windowEnd - 1 && !SENTENCE_END.test(words[end] ?? '')) {
      end += 1;
    }
    return end + 1;
  };
  let previousSentence = '';
  let lastShown: number | undefined;
  for (let i = windowStart; i < windowEnd; i += 1) {
    if (i === windowStart || SENTENCE_END.test(words[i - 1] ?? '')) {
      const end = sentenceEnd(i);
      const sentence = words.slice(i, end).join(' ');
      if (sentence === previousSentence && SENTENCE_END.test(words[end - 1] ?? '')) {
        i = end - 1;
        continue;
      }
      previousSentence = sentence;
    }
    if (lastShown !== undefined) {
      // A space between two matched words is part of the match: one highlight, not two.
      push(' ', marked.has(lastShown) && marked.has(i));
    }
    push(words[i] ?? '', marked.has(i));
    lastShown = i;
  }
  if (windowEnd < body.end) {
    push(` ${ELLIPSIS}`, false);
  }

  const anchor = best.heading?.anchor;
  const title = anchor?.text === undefined ? undefined : visible(anchor.text).trim();
  return {
    section: anchor && title ? {id: anchor.id, title} : undefined,
    excerpt,
  };
}
