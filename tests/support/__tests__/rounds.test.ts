import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {type EvalRecord, formatTally, listRounds, pool, setOf} from '../rounds';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rounds-'));
});
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

/** A round folder holding `files`, each with one query line. */
function round(name: string, files: readonly string[]): void {
  fs.mkdirSync(path.join(dir, name));
  for (const file of files) {
    fs.writeFileSync(path.join(dir, name, file), 'en\tcant sign in\tunable-to-sign-in\n');
  }
}

const THREE = ['site.tsv', 'sample-short.tsv', 'sample-questions.tsv'];

test('lists the rounds of the three sets in the range, in number order, and leaves other kinds out', () => {
  round('r9', THREE);
  round('r10', THREE);
  round('r46', ['typos.tsv']);
  round('r300', THREE);
  fs.writeFileSync(path.join(dir, 'SCORES.md'), '# not a round\n');

  expect(listRounds(dir, 0, 100).map((r) => r.number)).toEqual([9, 10]);
  expect(listRounds(dir, 10, 300).map((r) => r.number)).toEqual([10, 300]);
  expect(listRounds(dir, 301, 400)).toEqual([]);
});

test('names the round and the file it lost when a round holds only some of its files', () => {
  round('r12', ['site.tsv', 'sample-short.tsv']);

  expect(() => listRounds(dir, 0, 100)).toThrow(
    /r12 has site\.tsv and sample-short\.tsv but not sample-questions\.tsv/,
  );
});

test('pools the site set by build and the sample sets by file, each language apart', () => {
  const record = (file: string, locale: string, ok: number, top3: number, total: number) =>
    ({file: `/x/r1/${file}`, locale, ok, top3, total, misses: []}) satisfies EvalRecord;
  const scored = [
    {record: record('site.tsv', 'ko', 28, 30, 30), build: 'nine' as const},
    {record: record('site.tsv', 'ko', 27, 30, 30), build: 'size' as const},
    {record: record('sample-short.tsv', 'ko', 58, 60, 61), build: 'size' as const},
    {record: record('sample-short.tsv', 'ko', 59, 61, 61), build: 'size' as const},
    {record: record('sample-short.tsv', 'en', 55, 60, 61), build: 'size' as const},
  ].map(({record, build}) => ({record, set: setOf(record, build)}));

  const tallies = pool(scored);

  expect(tallies.get('site, nine-page ko')).toEqual({ok: 28, top3: 30, total: 30});
  expect(tallies.get('site, at size ko')).toEqual({ok: 27, top3: 30, total: 30});
  expect(tallies.get('short ko')).toEqual({ok: 117, top3: 121, total: 122});
  expect(tallies.get('short en')).toEqual({ok: 55, top3: 60, total: 61});
  expect(tallies.has('questions ko')).toBe(false);
  expect(formatTally({ok: 8721, top3: 9251, total: 9270})).toBe('94.1% (99.8%), 8,721 of 9,270');
});

test('refuses a file that is not one of a round’s sets', () => {
  const record = {file: 'r46/typos.tsv', locale: 'en', ok: 1, top3: 1, total: 1, misses: []};

  expect(() => setOf(record, 'size')).toThrow(/typos\.tsv is not a round file/);
});
