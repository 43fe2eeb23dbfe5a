import type {Locator, Page} from '@playwright/test';
import type {Locale} from './fixtures';

export const SEARCH_NAME: Record<Locale, string> = {ko: '검색', en: 'Search'};
/** The navbar button is named by all it shows, the shortcut included (WCAG 2.5.3 Label in Name). */
export const SEARCH_BUTTON_NAME: Record<Locale, string> = {ko: '검색 Ctrl K', en: 'Search Ctrl K'};
export const BOX_NAME: Record<Locale, string> = {ko: '검색어', en: 'Search terms'};

/** Opens search from the navbar button and returns the focused search box. */
export async function openSearch(page: Page, locale: Locale): Promise<Locator> {
  await page.getByRole('button', {name: SEARCH_BUTTON_NAME[locale], exact: true}).click();
  return page.getByRole('dialog').getByRole('combobox', {name: BOX_NAME[locale]});
}

/**
 * Types `query` into `box` and waits until the list on screen answers that query (the listbox
 * carries the query its options are for), then returns where the results link to (each option is
 * a link); none when the list shows the suggested articles instead.
 */
export async function searchFor(page: Page, box: Locator, query: string): Promise<string[]> {
  await box.fill(query);
  await page.waitForFunction(
    (q) => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === q,
    query,
  );
  return page
    .locator('[role="listbox"][data-list="results"]')
    .getByRole('option')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The page slug of a result link: /en/partner-center/reset-my-password#steps → reset-my-password. */
export function slugOf(href: string | undefined): string {
  return href ? (href.split('#')[0]!.split('/').pop() ?? '') : '(no result)';
}
