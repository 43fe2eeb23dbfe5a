// Search ranking, in Node: both query files, each language on its own, through the site's own
// search code (src/search/engine.ts) on the built Pagefind index (`npm run search:eval`). The
// right page first for at least 95% of the queries of each. search-queries.tsv is the shared
// sample; search-queries-readers.tsv holds more of how readers phrase problems, kept apart to
// check that tuning on one did not overfit the other. The search box itself, with a few of these
// queries, is tested in the browser (tests/e2e/search-accuracy.spec.ts).
//
// Needs a build (`npm run build`); `npm test` builds before running Jest.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {SITE_DIR, TSX} from '../support/siteCopy';

const FILES = ['tests/data/search-queries.tsv', 'tests/data/search-queries-readers.tsv'];
const LOCALES = ['ko', 'en'];
const REQUIRED = 0.95;

interface Tally {
  file: string;
  locale: string;
  ok: number;
  total: number;
  misses: string[];
}

let tallies: Tally[] = [];

beforeAll(() => {
  const index = path.join(SITE_DIR, 'build/pagefind/pagefind.js');
  if (!fs.existsSync(index)) {
    throw new Error(`${index} is missing: run "npm run build" first (npm test does).`);
  }
  const result = spawnSync(TSX, ['tests/support/search-eval.mts', '--json'], {
    cwd: SITE_DIR,
    encoding: 'utf8',
    timeout: 120_000,
  });
  tallies = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('SEARCH-EVAL '))
    .map((line) => JSON.parse(line.slice('SEARCH-EVAL '.length)) as Tally);
  if (tallies.length === 0) {
    throw new Error(`search:eval printed no tally:\n${result.stdout}\n${result.stderr}`);
  }
}, 180_000);

for (const file of FILES) {
  for (const locale of LOCALES) {
    test(`${locale}: ${path.basename(file)} puts an acceptable page first`, () => {
      const tally = tallies.find((t) => t.file === file && t.locale === locale);
      expect(tally).toBeDefined();
      expect(tally!.total).toBeGreaterThan(0);
      const share = tally!.ok / tally!.total;
      if (share < REQUIRED) {
        throw new Error(
          `${locale} ${file}: ${tally!.ok}/${tally!.total} (${(100 * share).toFixed(1)}%) put the ` +
            `right page first, below ${100 * REQUIRED}%:\n${tally!.misses.join('\n')}`,
        );
      }
    });
  }
}
