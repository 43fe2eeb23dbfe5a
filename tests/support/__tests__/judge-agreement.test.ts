import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SITE_DIR, TSX} from '../siteCopy';

const SCRIPT = path.join(SITE_DIR, 'tests/support/judge-agreement.mts');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'judge-agreement-'));
});
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

/** A round folder holding `files` (name → lines), as tests/data/rounds/rNN does. */
function round(name: string, files: Record<string, string[]>): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  for (const [file, lines] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, file), `${lines.join('\n')}\n`);
  }
  return folder;
}

function run(...args: string[]) {
  const result = spawnSync(TSX, [SCRIPT, ...args], {cwd: SITE_DIR, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const SITE = [
  'en\tlost my phone and the code never arrives\tmfa',
  'en\tforgot the password to my own account\treset-my-password',
  'ko\t관리자 권한이 없어서 청구 메뉴가 안 보여요\tmissing-pages-roles',
];

test('counts the same best page and the writer’s page among the assessor’s, set by set, and writes every page either judge accepts', () => {
  const r1 = round('r1', {
    'site.tsv': SITE,
    'second-assessor.tsv': [
      'site\ten\tlost my phone and the code never arrives\tmfa\t-',
      // Another best page, naming the writer's as answering as fully.
      'site\ten\tforgot the password to my own account\tunable-to-sign-in\treset-my-password',
      'site\tko\t관리자 권한이 없어서 청구 메뉴가 안 보여요\tbecome-global-admin\t-',
    ],
  });
  const accepted = path.join(dir, 'accepted');
  const {status, stdout} = run(`--accepted=${accepted}`, r1);
  expect(status).toBe(0);
  expect(stdout).toContain(
    "site en: 2 queries; the same best page 1 (50.0%); the writer's page among the assessor's 2 (100.0%)",
  );
  expect(stdout).toContain(
    "site ko: 1 queries; the same best page 0 (0.0%); the writer's page among the assessor's 0 (0.0%)",
  );
  expect(fs.readFileSync(path.join(accepted, 'r1-site.tsv'), 'utf8').trim().split('\n')).toEqual([
    'en\tlost my phone and the code never arrives\tmfa',
    'en\tforgot the password to my own account\treset-my-password,unable-to-sign-in',
    'ko\t관리자 권한이 없어서 청구 메뉴가 안 보여요\tmissing-pages-roles,become-global-admin',
  ]);
});

test('names a round left out for want of an assessor, and fails on an assessor’s line that matches no query', () => {
  const judged = round('r1', {
    'site.tsv': SITE,
    'second-assessor.tsv': [
      ...SITE.map((line) => `site\t${line}\t-`),
      'site\ten\ta question nobody wrote\tmfa\t-',
    ],
  });
  const unjudged = round('r2', {'site.tsv': SITE});
  const {status, stdout, stderr} = run(judged, unjudged);
  expect(stdout).toContain(`Left out, no second-assessor.tsv: ${unjudged}`);
  expect(status).not.toBe(0);
  expect(stderr).toContain(`${path.join(judged, 'second-assessor.tsv')}:4 matches no query`);
});

test('says which folders to name when none has an assessor', () => {
  const {status, stderr} = run(round('r2', {'site.tsv': SITE}));
  expect(status).toBe(2);
  expect(stderr).toContain('name round folders that have one');
});
