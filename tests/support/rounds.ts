/**
 * The blind query rounds (tests/data/rounds/rNNN) as score-rounds.mts reads them: which folders
 * are rounds of the three sets, and the search-eval tallies of their files pooled set by set.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The three files a round of the usual brief holds (tests/data/rounds/BRIEF.md). */
export const ROUND_FILES = ['site.tsv', 'sample-short.tsv', 'sample-questions.tsv'] as const;

export interface Round {
  number: number;
  folder: string;
}

/**
 * The round folders under `roundsDir` numbered from `from` to `to`, in order, that hold all three
 * files. Rounds of another kind (a typo set, round 46's `typos.tsv`) hold none of them and are
 * left out; a folder holding only some of them is an error, as a round lost a file.
 */
export function listRounds(roundsDir: string, from: number, to: number): Round[] {
  const rounds: Round[] = [];
  for (const name of fs.readdirSync(roundsDir)) {
    const number = /^r(\d+)$/.exec(name)?.[1];
    if (number === undefined || Number(number) < from || Number(number) > to) {
      continue;
    }
    const folder = path.join(roundsDir, name);
    const held = ROUND_FILES.filter((file) => fs.existsSync(path.join(folder, file)));
    if (held.length === 0) {
      continue;
    }
    if (held.length < ROUND_FILES.length) {
      const missing = ROUND_FILES.filter((file) => !held.includes(file));
      throw new Error(
        `${folder} has ${held.join(' and ')} but not ${missing.join(' or ')}: a round holds all ` +
          'three files (tests/data/rounds/BRIEF.md); restore the missing one from git.',
      );
    }
    rounds.push({number: Number(number), folder});
  }
  return rounds.sort((a, b) => a.number - b.number);
}

/** One `SEARCH-EVAL` line of search-eval.mts: one query file, one language, on one build. */
export interface EvalRecord {
  file: string;
  locale: string;
  ok: number;
  top3: number;
  total: number;
  misses: string[];
}

/** The sets the README and SCORES.md report, in their order. */
export const SETS = ['site, nine-page', 'site, at size', 'short', 'questions'] as const;
export type SetName = (typeof SETS)[number];

export interface Tally {
  ok: number;
  top3: number;
  total: number;
}

/** Which set a record counts in: its file's name, and for the site set, the build it ran on. */
export function setOf(record: EvalRecord, build: 'nine' | 'size'): SetName {
  const file = path.basename(record.file);
  if (file === 'site.tsv') {
    return build === 'nine' ? 'site, nine-page' : 'site, at size';
  }
  if (file === 'sample-short.tsv') {
    return 'short';
  }
  if (file === 'sample-questions.tsv') {
    return 'questions';
  }
  throw new Error(`${record.file} is not a round file (${ROUND_FILES.join(', ')}).`);
}

/** The records' tallies summed by set and language (`short ko`). */
export function pool(records: readonly {record: EvalRecord; set: SetName}[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const {record, set} of records) {
    const key = `${set} ${record.locale}`;
    const tally = tallies.get(key) ?? {ok: 0, top3: 0, total: 0};
    tally.ok += record.ok;
    tally.top3 += record.top3;
    tally.total += record.total;
    tallies.set(key, tally);
  }
  return tallies;
}

/** `94.1% (99.8%), 8,721 of 9,270`: right page first, in the first three in brackets. */
export function formatTally({ok, top3, total}: Tally): string {
  const percent = (count: number) => `${((100 * count) / total).toFixed(1)}%`;
  return `${percent(ok)} (${percent(top3)}), ${ok.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}
