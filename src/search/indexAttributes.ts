/**
 * What Pagefind reads on a doc page, besides the text: `url`, the page's permalink (Pagefind would
 * otherwise report the built file, foo.html), and `keywords`, the front-matter keywords, which
 * Pagefind matches and ranks with their own weight (pagefindOptions in pagefindOptions.ts). Each is read
 * from an attribute of an empty element, so neither shows up in the page text or excerpts.
 */
export const KEYWORDS_META = 'keywords';
/**
 * Latin words a Korean page glues particles to (PEC는 → pec), added by the search-index build
 * step: matched as whole words, never scored (weight 0 in pagefindOptions).
 */
export const GLUED_META = 'glued';

export interface MetaElement {
  'data-pagefind-meta': string;
  [attribute: `data-${string}`]: string;
}

export function searchMetaElements(
  permalink: string,
  keywords: readonly string[] | undefined,
): MetaElement[] {
  const elements: MetaElement[] = [{'data-pagefind-meta': 'url[data-url]', 'data-url': permalink}];
  const cleaned = (keywords ?? []).map((k) => k.trim()).filter(Boolean);
  if (cleaned.length > 0) {
    elements.push({
      'data-pagefind-meta': `${KEYWORDS_META}[data-keywords]`,
      'data-keywords': cleaned.join(', '),
    });
  }
  return elements;
}
