// `npm run serve:nginx` as a user meets it: a build in a private folder (mode 700, as `mktemp -d`
// makes it), served by the real nginx. Needs nginx, which `npm test` installs before Jest runs.
import {spawn} from 'node:child_process';
import {chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {workerUser} from '../serve-nginx';

const root = path.resolve(__dirname, '../..');
const isRoot = process.getuid?.() === 0;
let folder: string;
let port = 4790 + (process.pid % 100);

/** A build with a home page, in a folder only its owner can enter. */
function privateBuild(): string {
  const build = path.join(folder, 'build');
  mkdirSync(path.join(build, '_nginx'), {recursive: true});
  for (const name of ['security-headers.conf', 'redirects.conf', 'cache-control.conf']) {
    writeFileSync(path.join(build, '_nginx', name), '');
  }
  writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>home</title><h1>home</h1>');
  writeFileSync(path.join(build, '404.html'), '<!doctype html><title>404</title>');
  chmodSync(folder, 0o700);
  return build;
}

/** Starts the launcher on a build; resolves with its exit code, or with the home page's text. */
function serve(buildDir: string): Promise<{exit?: number; home?: string; output: string}> {
  port += 1;
  const child = spawn(process.execPath, ['--import', 'tsx', 'deploy/serve-nginx.ts'], {
    cwd: root,
    env: {...process.env, BUILD_DIR: buildDir, PORT: String(port)},
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve({exit: code ?? -1, output}));
    // Wait for what a reader waits for: the page, or the launcher giving up.
    const poll = async () => {
      if (child.exitCode !== null) return;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) {
          const home = await response.text();
          child.removeAllListeners('exit');
          child.on('exit', () => resolve({home, output}));
          child.kill('SIGTERM');
          return;
        }
      } catch {
        // Not listening yet.
      }
      setTimeout(poll, 100);
    };
    void poll();
  });
}

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'serve-nginx-test-'));
});
afterEach(() => rmSync(folder, {recursive: true, force: true}));

test('a build in a folder only its owner can enter is served', async () => {
  const {home, output} = await serve(privateBuild());
  expect({home, output}).toEqual({home: expect.stringContaining('<h1>home</h1>'), output});
}, 30_000);

test('when the workers cannot read the build, it stops at once with nginx’s reason and the fix', async () => {
  const build = privateBuild();
  if (isRoot) {
    // Root's workers become the build's owner; one who cannot enter the private folder above it.
    chownSync(build, 65534, 65534);
  } else {
    chmodSync(path.join(build, 'index.html'), 0o000);
  }
  const {exit, output} = await serve(build);
  expect(exit).toBe(1);
  expect(output).toMatch(/cannot serve .*answered \d{3}/);
  expect(output).toContain('Permission denied');
  expect(output).toContain('chmod o+rx');
}, 30_000);

test('workers run as the build’s owner only when nginx starts as root', () => {
  const build = privateBuild();
  const lookUp = (database: string, id: number) => `${database}-${id}`;
  const {uid, gid} = {uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0};
  expect(workerUser(build, {isRoot: true, lookUp})).toEqual({
    uid,
    gid,
    directive: `user passwd-${uid} group-${gid};`,
  });
  expect(workerUser(build, {isRoot: true, lookUp: () => null})?.directive).toBeNull();
  expect(workerUser(build, {isRoot: false, lookUp})).toBeNull();
});
