/**
 * Fast ranking check, for tuning the synonym table: runs the query files through the same search
 * code the site uses (src/search/engine.ts) against the built Pagefind index, in Node, in about
 * a second. tests/build/search-ranking.test.ts runs it in `npm test` and holds each query file
 * to its threshold; the browser keeps a few of the same queries end to end
 * (tests/e2e/search-accuracy.spec.ts).
 *
 *   npm run build && npm run search:eval -- [--verbose] [--raw] [--no-keywords] [--json]
 *     [--ranking=<json>] [--queries=file.tsv] [build-dir]
 *
 * --json also prints, per query file and language, one line `SEARCH-EVAL {json}` with the tally
 * and the misses, for the test to read.
 *
 * --raw sends the query to Pagefind as typed (what a stock Pagefind search box does), to measure
 * what the query understanding adds; --no-keywords ignores front-matter keywords, to measure how
 * much ranking leans on them; --no-spelling leaves out the second try of a search that found
 * nothing, spelt as the pages spell (src/search/spelling.ts).
 *
 * An ES module (.mts), for its top-level await and the pagefind.js bundle it imports.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {pagefindOptions, runSearch} from '../../src/search/engine';
import {siteLexicon} from '../../src/search/siteLexicon';
import {vocabularyFile as vocabularyFileName} from '../../src/search/files';
import {readQueryFile} from './queries';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const raw = args.includes('--raw');
const spelling = !args.includes('--no-spelling');
const json = args.includes('--json');
// --ranking={"pageLength":0.5,…} overrides Pagefind's ranking settings, to try them on dev sets.
const rankingArg = args.find((a) => a.startsWith('--ranking='));
function parseRanking(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    console.error(
      `--ranking must be a JSON object, e.g. --ranking='{"pageLength":0.5}'; got ${text}`,
    );
    process.exit(2);
  }
}
// The language's own options (pagefindOptions.ts), with --ranking's settings over them.
function evalOptions(locale: string) {
  const options = pagefindOptions(locale);
  const ranking = {
    ...options.ranking,
    ...(rankingArg ? parseRanking(rankingArg.slice('--ranking='.length)) : {}),
  };
  return {
    ...options,
    ranking: args.includes('--no-keywords')
      ? {...ranking, metaWeights: {...ranking.metaWeights, keywords: 0}}
      : ranking,
  };
}
const buildDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'build');
const queryFiles = args
  .filter((a) => a.startsWith('--queries='))
  .map((a) => a.slice('--queries='.length));

// One process per locale, as a page loads only its own language's index: two pagefind.js
// WebAssembly instances in one Node process now and then fail with "memory access out of bounds".
const locales = process.env.SEARCH_EVAL_LOCALE ? [process.env.SEARCH_EVAL_LOCALE] : ['en', 'ko'];
if (locales.length > 1) {
  let status = 0;
  for (const locale of locales) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), ...args],
      {
        stdio: 'inherit',
        env: {...process.env, SEARCH_EVAL_LOCALE: locale},
      },
    );
    status ||= child.status ?? 1;
  }
  process.exit(status);
}

// pagefind.js is browser code: give it fetch over the build directory and the page language.
globalThis.fetch = async (url: string | URL | Request) => {
  const file = path.join(buildDir, decodeURIComponent(String(url).split('?')[0]));
  const body = await fs.readFile(file);
  return new Response(body, {status: 200});
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pagefind.js has no types
async function pagefindFor(locale: string): Promise<any> {
  // One module instance per language, as in the browser: pagefind.js keeps its WebAssembly
  // module in a module-level variable, and each language may load a different one.
  const bundleUrl = pathToFileURL(path.join(buildDir, 'pagefind', 'pagefind.js'));
  bundleUrl.search = `?locale=${locale}`;
  const bundle = await import(bundleUrl.href);
  (globalThis as {document?: unknown}).document = {
    querySelector: () => ({getAttribute: () => locale}),
  };
  const instance = bundle.createInstance({...evalOptions(locale), basePath: '/pagefind/'});
  await instance.init();
  return instance;
}

const pagefinds = {[locales[0]]: await pagefindFor(locales[0])};
// The language's words, as the browser fetches them when a search finds nothing.
const vocabularyFile = path.join(buildDir, 'search', vocabularyFileName(locales[0]!));
const vocabulary: string[] | undefined = spelling
  ? (JSON.parse(await fs.readFile(vocabularyFile, 'utf8').catch(() => 'null')) ?? undefined)
  : undefined;
const acceptUrl = {
  ko: (url: string) => !url.startsWith('/en/'),
  en: (url: string) => url.startsWith('/en/'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pagefind.js has no types
async function rawSearch(pagefind: any, query: string) {
  const response = await pagefind.search(query);
  const results: {url: string}[] = await Promise.all(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (response?.results ?? []).map(async (r: any) => ({url: (await r.data()).meta.url})),
  );
  return {results, query: {concepts: [] as {group?: string; terms: string[]}[]}};
}

let failed = 0;
const files = queryFiles.length
  ? queryFiles
  : ['tests/data/search-queries.tsv', 'tests/data/search-queries-readers.tsv'];
for (const file of files) {
  const tally: Record<string, {ok: number; top3: number; total: number; misses: string[]}> = {};
  for (const {locale, query, expected, line} of (await readQueryFile(file)).filter(
    (q) => q.locale === locales[0],
  )) {
    const {results, query: understood} = raw
      ? await rawSearch(pagefinds[locale], query)
      : await runSearch(pagefinds[locale], query, {
          locale,
          acceptUrl: acceptUrl[locale],
          lexicon: siteLexicon(),
          vocabulary: vocabulary && (async () => vocabulary),
        });
    const slugs = results.map((r) => r.url.split('#')[0].split('/').pop());
    const top = slugs[0] ?? '(none)';
    const ok = expected.includes(top);
    tally[locale] ??= {ok: 0, top3: 0, total: 0, misses: []};
    tally[locale].total += 1;
    tally[locale].ok += ok ? 1 : 0;
    // A page is named once in the results, whichever of its sections matched.
    tally[locale].top3 += [...new Set(slugs)].slice(0, 3).some((slug) => expected.includes(slug!))
      ? 1
      : 0;
    if (!ok) {
      tally[locale].misses.push(
        `${file}:${line} "${query}" → ${top} (expected ${expected.join(' or ')})`,
      );
    }
    if (!ok || verbose) {
      const concepts = understood.concepts
        .map((c) => `${c.group ?? ''}:${c.terms.join('|')}`)
        .join(' ');
      const order = results.map((r) => r.url.split('/').pop()).join(', ');
      console.log(
        `${ok ? 'ok  ' : 'MISS'} ${locale} ${JSON.stringify(query)} → ${order}  [${concepts}]`,
      );
    }
    failed += ok ? 0 : 1;
  }
  const percent = (count: number, total: number) => `${((100 * count) / total).toFixed(1)}%`;
  for (const [locale, {ok, top3, total, misses}] of Object.entries(tally)) {
    console.log(
      `${path.basename(file)} ${locale}: ${ok}/${total} (${percent(ok, total)}) first, ` +
        `${top3}/${total} (${percent(top3, total)}) in the first three`,
    );
    if (json) console.log(`SEARCH-EVAL ${JSON.stringify({file, locale, ok, top3, total, misses})}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
