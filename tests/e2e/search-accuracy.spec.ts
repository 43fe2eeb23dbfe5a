import {readQueryFile} from '../support/queries';
import {LOCALES, expect, gotoHydrated, localePath, test} from './fixtures';
import {openSearch, searchFor, slugOf} from './search-helpers';

// Both query files, each language on its own: the right page first for at least 95% of them.
// search-queries.tsv is the shared sample; search-queries-readers.tsv holds more of how readers
// phrase problems, kept apart to check that tuning on one did not overfit the other.
const FILES = ['tests/data/search-queries.tsv', 'tests/data/search-queries-readers.tsv'];
const REQUIRED = 0.95;

for (const file of FILES) {
  for (const locale of LOCALES) {
    test(`${locale}: ${file.split('/').pop()} puts an acceptable page first`, async ({page}) => {
      const queries = (await readQueryFile(file)).filter((q) => q.locale === locale);
      expect(queries.length, `${file} has ${locale} queries`).toBeGreaterThan(0);
      // One search after another in one test: allow up to a second each, for a busy CI machine.
      test.setTimeout(30_000 + 1_000 * queries.length);
      await gotoHydrated(page, localePath(locale, '/'));
      const box = await openSearch(page, locale);
      const misses: string[] = [];
      for (const {query, expected, line} of queries) {
        const [first] = await searchFor(page, box, query);
        if (!expected.includes(slugOf(first))) {
          misses.push(
            `${file}:${line} "${query}" → ${slugOf(first)} (expected ${expected.join(' or ')})`,
          );
        }
      }
      const right = queries.length - misses.length;
      const share = right / queries.length;
      console.log(
        `search accuracy, ${locale}, ${file}: ${right}/${queries.length} (${(100 * share).toFixed(1)}%)` +
          misses.map((m) => `\n  miss: ${m}`).join(''),
      );
      expect(share, `right page first:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(REQUIRED);
    });
  }
}
