import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const siteDir = path.resolve(__dirname, '../..');
// Outputs, caches and history are not part of the site; node_modules is linked, not copied.
const SKIP = new Set([
  'node_modules',
  'build',
  '.docusaurus',
  '.git',
  'test-results',
  'playwright-report',
  'coverage',
  '.lighthouseci',
]);

/**
 * A throwaway copy of the site (or of `from`, a site made from it), for tests and benchmarks that
 * write pages or run Docusaurus. Everything but outputs and caches is copied, so a new folder of
 * the site's code is never left out; node_modules is the repository's, linked.
 */
export function copySite(prefix: string, from: string = siteDir): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(from)) {
    if (!SKIP.has(entry)) {
      fs.cpSync(path.join(from, entry), path.join(copy, entry), {recursive: true});
    }
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Commits everything in the copy: the docs' last-updated dates are read from Git. */
export function commitAll(copy: string): void {
  const git = (...args: string[]) => execFileSync('git', args, {cwd: copy, stdio: 'pipe'});
  if (!fs.existsSync(path.join(copy, '.git'))) {
    git('init', '-q');
  }
  git('add', '-A');
  git(
    '-c',
    'user.name=test',
    '-c',
    'user.email=test@example.invalid',
    'commit',
    '-q',
    '--no-verify',
    '-m',
    'site copy',
  );
}

export const SITE_DIR = siteDir;
export const TSX = path.join(siteDir, 'node_modules/.bin/tsx');
export const DOCUSAURUS = path.join(siteDir, 'node_modules/.bin/docusaurus');
