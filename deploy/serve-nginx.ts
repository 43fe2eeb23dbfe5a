// Serves build/ through nginx with deploy/nginx.conf, in the foreground, as in production.
//
//   PORT=8080 npm run serve:nginx            (HOST defaults to 127.0.0.1, BUILD_DIR to build)
//
// nginx gets a private prefix in a temporary directory (pid, temp files), so it runs as root or
// not and never touches /etc/nginx or /var. Brotli is loaded when Debian's module is installed.
// Ctrl-C / SIGTERM stop nginx and remove the directory.
import {spawn, spawnSync} from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
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
  writeFileSync(
    path.join(dir, 'main.conf'),
    (brotli ?? []).map((file) => `load_module ${file};\n`).join(''),
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
  const child = spawn(NGINX, ['-p', `${dir}/`, '-c', conf], {stdio: 'inherit'});
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
    process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1));
  });
}

if (require.main === module) main();
