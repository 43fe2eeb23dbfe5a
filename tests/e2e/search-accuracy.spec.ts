import {readQueryFile} from '../support/queries';
import {LOCALES, expect, gotoHydrated, localePath, test} from './fixtures';
import {openSearch, searchFor, slugOf} from './search-helpers';

// Ranking is scored in Node, on every query of both files (tests/build/search-ranking.test.ts,
// the same engine on the same index). Here the search box itself answers a handful of the shared
// sample's queries, typed as a reader would, with an acceptable page first: the browser's
// ranking is the one Node scores.
const FILE = 'tests/data/search-queries.tsv';
const HANDFUL = 5;

for (const locale of LOCALES) {
  test(`${locale}: the search box puts an acceptable page first for ${HANDFUL} queries of ${FILE.split('/').pop()}`, async ({
    page,
  }) => {
    const queries = (await readQueryFile(FILE))
      .filter((q) => q.locale === locale)
      .slice(0, HANDFUL);
    expect(queries.length, `${FILE} has ${locale} queries`).toBe(HANDFUL);
    await gotoHydrated(page, localePath(locale, '/'));
    const box = await openSearch(page, locale);
    const misses: string[] = [];
    for (const {query, expected, line} of queries) {
      const [first] = await searchFor(page, box, query);
      if (!expected.includes(slugOf(first))) {
        misses.push(
          `${FILE}:${line} "${query}" → ${slugOf(first)} (expected ${expected.join(' or ')})`,
        );
      }
    }
    expect(misses, 'queries whose first result is not an acceptable page').toEqual([]);
  });
}
