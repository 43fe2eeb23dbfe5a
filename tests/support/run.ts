// `npm test`: every check a change must pass, in one run, ending with "N passed, N failed".
// First it makes sure the machine has Chromium and nginx (./prerequisites.ts), and stops at once
// if it cannot. Then the stages run in order; a failing stage does not stop the independent ones
// after it, so one run shows everything that is wrong. Jest and Playwright report in JSON, and
// the tally is read from there. Set E2E_SKIP_BUILD=1 to test an existing build/.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pagesChecked, pagesCheckedLine} from './pagesReport';
import {ensurePrerequisites, thisMachine} from './prerequisites';

const root = path.resolve(__dirname, '../..');
const results = path.join(root, 'test-results');

interface Stage {
  stage: string;
  passed: number;
  failed: number;
  note?: string;
}

const tally: Stage[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, {cwd: root, stdio: 'inherit'});
  return child.status === 0;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function single(stage: string, ok: boolean): boolean {
  tally.push({stage, passed: ok ? 1 : 0, failed: ok ? 0 : 1});
  return ok;
}

/** Runs a reporter-writing command; a run that fails without a failed test still counts one. */
function counted(stage: string, ok: boolean, passed = 0, failed = 0, note?: string): void {
  tally.push({stage, passed, failed: failed || (ok ? 0 : 1), note});
}

function main(): void {
  if (!ensurePrerequisites(thisMachine)) {
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(results, {recursive: true});

  // 1. Types, lint and the house format: one check each.
  single('typecheck (tsc --strict)', run('npx', ['tsc']));
  single('lint (eslint)', run('npx', ['eslint', '.']));
  single('format (prettier --check)', run('npx', ['prettier', '--check', '.']));

  // 2. Production build: Jest scores search ranking on its index, Playwright tests it.
  const built =
    process.env.E2E_SKIP_BUILD === '1' || single('production build', run('npm', ['run', 'build']));

  // 3. Unit tests of components and build-time code, search ranking on the build, and the
  // broken-content builds: Jest.
  {
    const file = path.join(results, 'jest.json');
    fs.rmSync(file, {force: true});
    const ok = run('npx', ['jest', '--ci', '--json', `--outputFile=${file}`]);
    const report = readJson<{numPassedTests: number; numFailedTests: number}>(file);
    // A suite that fails to load has no failed tests but is a failure all the same.
    counted('unit and build-time (jest)', ok, report?.numPassedTests, report?.numFailedTests);
  }

  // 4. End-to-end tests against the build in headless Chromium.
  if (!built) {
    counted('end to end (playwright)', false, 0, 1, 'the build failed');
  } else {
    // playwright.config.ts writes this report.
    const file = path.join(results, 'e2e.json');
    fs.rmSync(file, {force: true});
    const ok = run('npx', ['playwright', 'test']);
    const stats = readJson<{stats: {expected: number; unexpected: number; flaky: number}}>(
      file,
    )?.stats;
    const pages = pagesChecked(file);
    counted(
      'end to end (playwright)',
      ok,
      stats?.expected,
      stats ? stats.unexpected + stats.flaky : 0,
      pages && `${pages.passed + pages.failed} pages checked`,
    );
    // The stage's last line: how many pages the page-level check visited.
    console.log(pagesCheckedLine(pages));
  }

  console.log('\nSummary');
  for (const {stage, passed, failed, note} of tally) {
    console.log(
      `  ${failed ? '✗' : '✓'} ${stage}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`,
    );
  }
  const passed = tally.reduce((sum, t) => sum + t.passed, 0);
  const failed = tally.reduce((sum, t) => sum + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main();
