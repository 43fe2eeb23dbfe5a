// `npm test`: every check a change must pass, in one run, ending with "N passed, N failed".
// Stages run in order; a failing stage does not stop the independent ones after it, so one run
// shows everything that is wrong. Set E2E_SKIP_BUILD=1 to test an existing build/.
import {spawnSync} from 'node:child_process';
import {chromiumPath} from './chromium.cjs';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, {recursive: true});
const chromium = chromiumPath;

/** @type {{stage: string, passed: number, failed: number, note?: string}[]} */
const tally = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  return child.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function single(stage, ok) {
  tally.push({stage, passed: ok ? 1 : 0, failed: ok ? 0 : 1});
  return ok;
}

// 1. Types and lint: one check each.
single('typecheck (tsc --strict)', run('npx', ['tsc']));
single('lint (eslint)', run('npx', ['eslint', '.']));

// 2. Component unit tests.
{
  const file = path.join(results, 'jest.json');
  fs.rmSync(file, {force: true});
  const ok = run('npx', ['jest', '--ci', '--json', `--outputFile=${file}`]);
  const report = readJson(file);
  tally.push({
    stage: 'unit (jest)',
    passed: report?.numPassedTests ?? 0,
    // A suite that fails to load has no failed tests but is a failure all the same.
    failed: (report?.numFailedTests ?? 0) || (ok ? 0 : 1),
  });
}

// 3. Build-time code and content checks (node:test).
{
  const file = path.join(results, 'build-checks.tap');
  const ok = run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${file}`,
    'tests/build/',
  ]);
  const tap = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const count = (word) => Number(new RegExp(`^# ${word} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  tally.push({stage: 'build-time and content (node:test)', passed: count('pass'), failed: failed || (ok ? 0 : 1)});
}

// 4. Production build, then end-to-end tests against it in headless Chromium.
const built = process.env.E2E_SKIP_BUILD === '1' ? true : single('production build', run('npm', ['run', 'build']));
if (!fs.existsSync(chromium)) {
  console.error(`\nEnd-to-end tests need Chromium at ${chromium}. Install it with: apt-get install -y chromium`);
  tally.push({stage: 'end to end (playwright)', passed: 0, failed: 1, note: 'no Chromium'});
} else if (!built) {
  tally.push({stage: 'end to end (playwright)', passed: 0, failed: 1, note: 'the build failed'});
} else {
  const file = path.join(results, 'e2e.json');
  fs.rmSync(file, {force: true});
  const ok = run('npx', ['playwright', 'test']);
  const stats = readJson(file)?.stats;
  const failed = stats ? stats.unexpected + stats.flaky : 0;
  tally.push({
    stage: 'end to end (playwright)',
    passed: stats?.expected ?? 0,
    failed: failed || (ok ? 0 : 1),
  });
}

console.log('\nSummary');
for (const {stage, passed, failed, note} of tally) {
  console.log(`  ${failed ? '✗' : '✓'} ${stage}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
}
const passed = tally.reduce((sum, t) => sum + t.passed, 0);
const failed = tally.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
