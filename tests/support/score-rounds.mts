/**
 * Scores blind query rounds (tests/data/rounds) on the search as it stands, pooled set by set as
 * the README and SCORES.md report them: each round's `site.tsv` on the nine-page build and on the
 * build with the sample imported, its short queries and questions on the latter.
 *
 *   npm run search:rounds -- --nine=<build> --size=<build> [--from=N] [--to=N] [--misses=<file>]
 *
 * A round scored for the first time gives its first score; scored again, the rounds are dev sets
 * (tests/data/rounds/README.md). --misses writes every miss, one a line (`nine|size <TAB> file:line
 * "query" → page (expected …)`), to compare two versions of the search with `diff`.
 *
 * Runs search-eval.mts once per build and language, the two languages at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {type EvalRecord, ROUND_FILES, SETS, formatTally, listRounds, pool, setOf} from './rounds';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS_DIR = path.resolve(here, '../data/rounds');
const SEARCH_EVAL = path.join(here, 'search-eval.mts');
const USAGE =
  'usage: npm run search:rounds -- --nine=<build> --size=<build> [--from=N] [--to=N] [--misses=<file>]';

function parseOptions() {
  try {
    return parseArgs({
      options: {
        nine: {type: 'string'},
        size: {type: 'string'},
        from: {type: 'string'},
        to: {type: 'string'},
        misses: {type: 'string'},
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const options = parseOptions();
const builds = {nine: options.nine, size: options.size};
for (const [name, dir] of Object.entries(builds)) {
  if (!dir || !fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) {
    console.error(
      `--${name} must name a production build with its search index ` +
        `(${dir ? `${dir}/pagefind/pagefind.js is missing` : 'not given'}).\n${USAGE}`,
    );
    process.exit(2);
  }
}
const from = Number(options.from ?? 0);
const to = Number(options.to ?? Number.MAX_SAFE_INTEGER);
if (!Number.isInteger(from) || !Number.isInteger(to)) {
  console.error(
    `--from and --to are round numbers (--from=338); got ${options.from}, ${options.to}.\n${USAGE}`,
  );
  process.exit(2);
}
const rounds = listRounds(ROUNDS_DIR, from, to);
if (rounds.length === 0) {
  console.error(
    `No round ${options.to ? `from ${from} to ${to}` : `from ${from} on`} in ${ROUNDS_DIR} holds ` +
      `${ROUND_FILES.join(', ')}.\n${USAGE}`,
  );
  process.exit(2);
}

/** search-eval's `SEARCH-EVAL` records for `files` in `locale` on `build`. */
async function evaluate(
  build: string,
  files: readonly string[],
  locale: string,
): Promise<EvalRecord[]> {
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      SEARCH_EVAL,
      '--json',
      ...files.map((file) => `--queries=${file}`),
      path.resolve(build),
    ],
    {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, SEARCH_EVAL_LOCALE: locale}},
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await new Promise((resolve) => child.on('close', resolve));
  const records = stdout
    .split('\n')
    .filter((line) => line.startsWith('SEARCH-EVAL '))
    .map((line) => JSON.parse(line.slice('SEARCH-EVAL '.length)) as EvalRecord);
  if (records.length === 0) {
    console.error(`search-eval found nothing to score on ${build}:\n${stderr}`);
    process.exit(1);
  }
  return records;
}

const inRounds = (file: string) => rounds.map((round) => path.join(round.folder, file));
// The two languages at once, each on one core (search-eval loads one language's index a process).
const byLocale = await Promise.all(
  ['ko', 'en'].map(async (locale) => [
    ...(await evaluate(builds.nine!, inRounds('site.tsv'), locale)).map((record) => ({
      build: 'nine' as const,
      record,
    })),
    ...(await evaluate(builds.size!, ROUND_FILES.flatMap(inRounds), locale)).map((record) => ({
      build: 'size' as const,
      record,
    })),
  ]),
);
const scored = byLocale
  .flat()
  .map(({build, record}) => ({build, record, set: setOf(record, build)}));

const tallies = pool(scored);
const first = rounds[0]!.number;
const last = rounds.at(-1)!.number;
console.log(
  `Rounds ${first} to ${last} (${rounds.length} rounds): right page first (in the first three)\n`,
);
console.log('| Set | ko | en |\n| --- | --- | --- |');
for (const set of SETS) {
  const cell = (locale: string) => {
    const tally = tallies.get(`${set} ${locale}`);
    return tally ? formatTally(tally) : '-';
  };
  console.log(`| ${set} | ${cell('ko')} | ${cell('en')} |`);
}
if (options.misses) {
  const misses = scored.flatMap(({build, record}) =>
    record.misses.map((miss) => `${build}\t${miss.replace(`${ROUNDS_DIR}${path.sep}`, '')}`),
  );
  fs.writeFileSync(options.misses, misses.sort().join('\n') + '\n');
  console.log(`\n${misses.length} misses written to ${options.misses}`);
}
