/**
 * The servers the benchmarks load builds from. Each is started on a port checked to be free (or
 * another server would be measured instead of the build) and waited for until it answers, or
 * has exited, which fails with what it said.
 *
 * - nginx with deploy/nginx.conf (deploy/serve-nginx.ts) serves this site, as production does,
 *   so a build production would refuse is refused here too: at 1,000 imported pages the
 *   Content-Security-Policy once outgrew nginx's 4 KB buffer, which `docusaurus serve` never
 *   noticed.
 * - `docusaurus serve` serves the stock sites compared with it, which have no nginx includes.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** True once something answers at `url`, whatever the status: a stock site may have no home page. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function assertPortFree(port: number): Promise<void> {
  if (await answers(`http://127.0.0.1:${port}/`)) {
    throw new Error(`Port ${port} is already in use: stop that server, or set BENCH_PORT.`);
  }
}

/** Stops a server started here; one that has already gone is fine. */
export function stopServer(server: ChildProcess): void {
  try {
    // Its whole process group: serve-nginx.ts starts nginx, which starts its workers.
    process.kill(-server.pid!);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}

async function started(server: ChildProcess, port: number, name: string): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${port}`;
  // Up to a minute: a large build's first answer waits for the disk on a busy machine.
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`${name} exited (${server.exitCode ?? server.signalCode}) before serving`);
    }
    if (await answers(`${origin}/`)) {
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopServer(server);
  throw new Error(`${name} did not answer on ${origin}`);
}

/** Serves `buildDir` through nginx as production does; its error lines go to stderr. */
export async function startNginx(buildDir: string, port: number): Promise<ChildProcess> {
  await assertPortFree(port);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'deploy/serve-nginx.ts')],
    {
      cwd: root,
      env: {...process.env, PORT: String(port), HOST: '127.0.0.1', BUILD_DIR: buildDir},
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  return started(server, port, `nginx (${buildDir})`);
}

/**
 * Serves `buildDir` with `docusaurus serve`, as a stock Docusaurus site is served; `siteDir` is
 * the site whose configuration (its base URL) it reads.
 */
export async function startDocusaurusServe(
  buildDir: string,
  port: number,
  siteDir = path.dirname(path.resolve(buildDir)),
): Promise<ChildProcess> {
  await assertPortFree(port);
  const server = spawn(
    path.join(root, 'node_modules/.bin/docusaurus'),
    [
      'serve',
      '--dir',
      path.resolve(buildDir),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-open',
    ],
    {cwd: siteDir, stdio: 'ignore', detached: true},
  );
  return started(server, port, `docusaurus serve (${buildDir})`);
}
