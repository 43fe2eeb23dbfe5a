/**
 * How far two blind judges agree on a round's answers: the round's writer (`<set>.tsv`, one page a
 * query) and a second assessor, a helper who saw the round's queries shuffled, without their
 * pages, and read the pages to name the one a stuck reader should open first and any other that
 * would answer as fully (`second-assessor.tsv`: `set<TAB>locale<TAB>query<TAB>best<TAB>others`,
 * others comma-separated or `-`).
 *
 * With --accepted=<folder> it also writes, for each round and set, a query file whose acceptable
 * pages are every page either judge accepts, for `npm run search:eval -- --queries=<file>`: a miss
 * there is a page no judge would send the reader to.
 *
 *   npx tsx tests/support/judge-agreement.mts [--accepted=<folder>] tests/data/rounds/r209 …
 */
import fs from 'node:fs';
import path from 'node:path';
import {readQueryFile, sitePage} from './queries';

const args = process.argv.slice(2);
const acceptedDir = args.find((a) => a.startsWith('--accepted='))?.slice('--accepted='.length);
const folders = args.filter((a) => !a.startsWith('--'));
const withAssessor = folders.filter((folder) =>
  fs.existsSync(path.join(folder, 'second-assessor.tsv')),
);
if (withAssessor.length === 0) {
  console.error(
    `No second-assessor.tsv in ${folders.join(', ') || '(no folder named)'}: ` +
      'name round folders that have one, e.g. tests/data/rounds/r209.',
  );
  process.exit(2);
}
const without = folders.filter((folder) => !withAssessor.includes(folder));
if (without.length > 0) {
  console.log(`Left out, no second-assessor.tsv: ${without.join(', ')}`);
}
if (acceptedDir) {
  fs.mkdirSync(acceptedDir, {recursive: true});
}

const tally = new Map<string, {total: number; sameBest: number; accepted: number}>();
for (const folder of withAssessor) {
  const file = path.join(folder, 'second-assessor.tsv');
  const judged = new Map<string, {best: string; others: string[]; line: number}[]>();
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) {
        return;
      }
      const [set, locale, query, best, others] = text.split('\t');
      if (!set || !locale || !query || !best || !others) {
        throw new Error(
          `${file}:${index + 1}: expected "set<TAB>locale<TAB>query<TAB>best<TAB>others or -"`,
        );
      }
      const key = `${set}\t${locale}\t${query}`;
      const more = others === '-' ? [] : others.split(',').map(sitePage);
      judged.set(key, [
        ...(judged.get(key) ?? []),
        {best: sitePage(best), others: more, line: index + 1},
      ]);
    });
  const sets = new Set([...judged.keys()].map((key) => key.split('\t')[0]!));
  for (const set of sets) {
    const lines: string[] = [];
    for (const q of await readQueryFile(path.join(folder, `${set}.tsv`))) {
      const key = `${set}\t${q.locale}\t${q.query}`;
      const assessed = judged.get(key)?.shift();
      if (!assessed) {
        throw new Error(`${file} has no line for ${set}.tsv:${q.line} "${q.query}".`);
      }
      const writer = q.expected[0]!;
      const row = tally.get(`${set} ${q.locale}`) ?? {total: 0, sameBest: 0, accepted: 0};
      row.total += 1;
      row.sameBest += assessed.best === writer ? 1 : 0;
      row.accepted += [assessed.best, ...assessed.others].includes(writer) ? 1 : 0;
      tally.set(`${set} ${q.locale}`, row);
      const pages = new Set([...q.expected, assessed.best, ...assessed.others]);
      lines.push(`${q.locale}\t${q.query}\t${[...pages].join(',')}`);
    }
    if (acceptedDir) {
      const out = path.join(acceptedDir, `${path.basename(folder)}-${set}.tsv`);
      fs.writeFileSync(out, `${lines.join('\n')}\n`);
    }
  }
  const left = [...judged.values()].flat();
  if (left.length > 0) {
    throw new Error(`${file}:${left[0]!.line} matches no query of its round.`);
  }
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
for (const [key, {total, sameBest, accepted}] of tally) {
  console.log(
    `${key}: ${total} queries; the same best page ${sameBest} (${percent(sameBest, total)}); ` +
      `the writer's page among the assessor's ${accepted} (${percent(accepted, total)})`,
  );
}
if (acceptedDir) {
  console.log(`Query files of every page either judge accepts: ${acceptedDir}/`);
}
