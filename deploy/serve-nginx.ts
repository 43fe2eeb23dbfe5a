// Serves build/ through nginx with deploy/nginx.conf, in the foreground, as in production.
//
//   PORT=8080 npm run serve:nginx            (HOST defaults to 127.0.0.1, BUILD_DIR to build)
//
// nginx gets a private prefix in a temporary directory (pid, temp files), so it runs as root or
// not and never touches /etc/nginx or /var. Brotli is loaded when Debian's module is installed.
// Started as root, nginx's workers run as the owner of the build, so a build in a private folder
// (mode 700, as `mktemp -d` makes) can be read. Once listening, it asks for the home page itself
// and stops with nginx's own error lines if that fails, so a caller such as Playwright's
// webServer reports why instead of waiting for its timeout. Ctrl-C / SIGTERM stop nginx and
// remove the directory.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const NGINX = process.env.NGINX ?? 'nginx';
/** The includes the post-build step writes into build/_nginx/. */
const GENERATED = ['security-headers.conf', 'redirects.conf', 'cache-control.conf'];

export interface NginxBuildInfo {
  text: string;
  confDir: string;
  modulesPath: string;
}

/** What `nginx -V` says about where its files are and which modules it was built with. */
export function nginxBuildInfo(): NginxBuildInfo {
  const result = spawnSync(NGINX, ['-V'], {encoding: 'utf8'});
  if (result.error) {
    throw new Error(
      `Cannot run ${NGINX} (${result.error.message}). Install it: apt-get install -y nginx ` +
        `libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static (or set NGINX).`,
    );
  }
  // nginx -V prints to stderr.
  const text = `${result.stdout}${result.stderr}`;
  const arg = (name: string, fallback: string) =>
    new RegExp(`--${name}=(\\S+)`).exec(text)?.[1] ?? fallback;
  const confPath = arg('conf-path', '/etc/nginx/nginx.conf');
  const prefix = arg('prefix', '/usr/share/nginx');
  const modulesPath = arg('modules-path', path.join(prefix, 'modules'));
  return {text, confDir: path.dirname(confPath), modulesPath};
}

/** load_module lines for brotli, or null when this nginx cannot do brotli. */
export function brotliModules({text, modulesPath}: NginxBuildInfo): string[] | null {
  if (/brotli/.test(text)) return []; // compiled in
  const files = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].map((f) =>
    path.join(modulesPath, f),
  );
  return files.every((f) => existsSync(f)) ? files : null;
}

/** The name getent gives an id in a database (passwd or group), or null when it has none. */
function nameOf(database: 'passwd' | 'group', id: number): string | null {
  const result = spawnSync('getent', [database, String(id)], {encoding: 'utf8'});
  return result.status === 0 ? (result.stdout.split(':')[0] ?? null) || null : null;
}

export interface WorkerUser {
  uid: number;
  gid: number;
  /** The `user` directive, or null when the ids have no names (then nginx keeps its default). */
  directive: string | null;
}

/**
 * Who nginx's workers should be: the owner of the build. Only root's nginx switches users (to
 * nobody or www-data by default, which cannot enter a private folder); any other user's workers
 * stay that user, who can read what they built. Returns null when there is nothing to set.
 */
export function workerUser(
  buildDir: string,
  {isRoot = process.getuid?.() === 0, lookUp = nameOf} = {},
): WorkerUser | null {
  if (!isRoot) return null;
  const {uid, gid} = statSync(buildDir);
  const user = lookUp('passwd', uid);
  const group = lookUp('group', gid);
  return {uid, gid, directive: user && group ? `user ${user} ${group};` : null};
}

/** Lays out a runnable configuration in a fresh directory; returns its paths. */
export function prepare({
  port,
  host = '127.0.0.1',
  buildDir = path.join(root, 'build'),
}: {
  port: number | string;
  host?: string;
  buildDir?: string;
}): {dir: string; conf: string; brotli: boolean} {
  const generated = path.join(buildDir, '_nginx');
  for (const name of GENERATED) {
    if (!existsSync(path.join(generated, name))) {
      throw new Error(
        `${path.join(generated, name)} is missing. Build first (npm run build), or run ` +
          `npx tsx scripts/postbuild/index.ts ${buildDir}.`,
      );
    }
  }
  const info = nginxBuildInfo();
  const brotli = brotliModules(info);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'help-nginx-'));
  // Worker processes may run as an unprivileged user when nginx is started as root.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'tmp'));
  const worker = workerUser(buildDir);
  if (worker) chownSync(path.join(dir, 'tmp'), worker.uid, worker.gid);
  writeFileSync(
    path.join(dir, 'main.conf'),
    [worker?.directive, ...(brotli ?? []).map((file) => `load_module ${file};`)]
      .filter(Boolean)
      .map((line) => `${line}\n`)
      .join(''),
  );
  if (brotli) symlinkSync(path.join(root, 'deploy', 'brotli.conf'), path.join(dir, 'brotli.conf'));
  else writeFileSync(path.join(dir, 'brotli.conf'), '# brotli module not installed\n');
  symlinkSync(path.join(info.confDir, 'mime.types'), path.join(dir, 'mime.types'));
  writeFileSync(
    path.join(dir, 'server.conf'),
    `listen ${host.includes(':') ? `[${host}]` : host}:${port};\nroot ${buildDir};\n`,
  );
  for (const name of GENERATED) {
    symlinkSync(path.join(generated, name), path.join(dir, name));
  }
  // A symlink, not a copy: nginx takes the directory of the -c path as the base of includes.
  symlinkSync(path.join(root, 'deploy', 'nginx.conf'), path.join(dir, 'nginx.conf'));
  return {dir, conf: path.join(dir, 'nginx.conf'), brotli: brotli !== null};
}

function main(): void {
  const port = process.env.PORT ?? '8080';
  const host = process.env.HOST ?? '127.0.0.1';
  const buildDir = path.resolve(process.env.BUILD_DIR ?? path.join(root, 'build'));
  const {dir, conf, brotli} = prepare({port, host, buildDir});
  const child = spawn(NGINX, ['-p', `${dir}/`, '-c', conf], {stdio: ['ignore', 'inherit', 'pipe']});
  // nginx logs to stderr: pass it on, and keep the last lines for the start-up check.
  const errorLog: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    process.stderr.write(chunk);
    errorLog.push(...chunk.split('\n').filter(Boolean));
    errorLog.splice(0, Math.max(0, errorLog.length - ERROR_LINES));
  });
  console.log(
    `nginx serving ${path.relative(process.cwd(), buildDir) || '.'} at http://${host}:${port}/ ` +
      `(gzip${brotli ? ' + brotli' : ''}; Ctrl-C to stop)`,
  );
  const cleanUp = () => rmSync(dir, {recursive: true, force: true});
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      // nginx's fast shutdown is SIGTERM; SIGQUIT would wait for keep-alive connections.
      child.kill('SIGTERM');
    });
  }
  child.on('exit', (code, signal) => {
    cleanUp();
    process.exit(Number(process.exitCode ?? 0) || (code ?? (signal === 'SIGTERM' ? 0 : 1)));
  });
  void checkHomePage(`http://${host.includes(':') ? `[${host}]` : host}:${port}/`, child).then(
    (problem) => {
      if (!problem) return;
      console.error(
        `\nnginx started but cannot serve ${buildDir}: ${problem}.\n` +
          `Its error log ends:\n${errorLog.map((line) => `  ${line}`).join('\n') || '  (empty)'}\n` +
          `If it says "Permission denied", nginx's workers cannot enter a folder above the build: ` +
          `run as the build's owner, or let others read it (chmod o+rx on each folder on the path).`,
      );
      process.exitCode = 1;
      child.kill('SIGTERM');
    },
  );
}

const ERROR_LINES = 10;

/**
 * Asks for the home page until nginx answers (or exits); returns what is wrong with the answer,
 * or null when the page came back.
 */
async function checkHomePage(url: string, child: ChildProcess): Promise<string | null> {
  while (child.exitCode === null) {
    try {
      const response = await fetch(url, {redirect: 'manual'});
      return response.ok ? null : `${url} answered ${response.status}`;
    } catch {
      // Not listening yet.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return null;
}

if (require.main === module) main();
