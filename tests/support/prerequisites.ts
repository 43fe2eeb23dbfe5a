/**
 * What `npm test` needs from the machine besides `npm ci`: Debian's Chromium for the end-to-end
 * tests, and nginx with its brotli modules for the server they run against. Checked before
 * anything slow runs. As root on Debian or Ubuntu, the missing packages are installed with
 * apt-get (saying which); anywhere else the run stops at once with the one command to run.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {brotliModules, nginxBuildInfo} from '../../deploy/serve-nginx';
import {chromiumPath} from './chromium';

export const CHROMIUM_PACKAGES = ['chromium'];
export const NGINX_PACKAGES = ['nginx'];
export const BROTLI_PACKAGES = [
  'libnginx-mod-http-brotli-filter',
  'libnginx-mod-http-brotli-static',
];

export interface Machine {
  /** Whether Chromium is at CHROMIUM_PATH (default /usr/bin/chromium). */
  hasChromium(): boolean;
  /** Whether nginx (NGINX, default `nginx` on the PATH) runs. */
  hasNginx(): boolean;
  /** Whether that nginx can load brotli. */
  hasBrotli(): boolean;
  /** Root on a system with apt-get (Debian, Ubuntu): packages can be installed. */
  canInstall(): boolean;
  /** Installs Debian packages; throws when apt-get fails. */
  install(packages: string[]): void;
}

/** The Debian packages this machine lacks. */
export function missingPackages(machine: Machine): string[] {
  const missing: string[] = [];
  if (!machine.hasChromium()) missing.push(...CHROMIUM_PACKAGES);
  if (!machine.hasNginx()) missing.push(...NGINX_PACKAGES, ...BROTLI_PACKAGES);
  else if (!machine.hasBrotli()) missing.push(...BROTLI_PACKAGES);
  return missing;
}

/** One line to paste: a fresh Debian or Ubuntu machine has no package lists until `apt-get update`. */
export function installCommand(packages: string[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/**
 * Makes sure the machine has what the tests need. Returns true when it does (perhaps after
 * installing), false after printing what to run.
 */
export function ensurePrerequisites(
  machine: Machine,
  log: (message: string) => void = console.log,
): boolean {
  const missing = missingPackages(machine);
  if (missing.length === 0) return true;
  if (machine.canInstall()) {
    log(`npm test needs Debian packages this machine lacks. Installing: ${missing.join(' ')}`);
    try {
      machine.install(missing);
    } catch (error) {
      log(`Installing failed: ${(error as Error).message}`);
    }
    const still = missingPackages(machine);
    if (still.length === 0) return true;
    log(`Still missing after installing: ${still.join(' ')}. Run:\n  ${installCommand(still)}`);
    return false;
  }
  log(
    `npm test needs Chromium, nginx and nginx's brotli modules from Debian; missing: ` +
      `${missing.join(' ')}. Run:\n  ${installCommand(missing)}\n` +
      '(or set CHROMIUM_PATH and NGINX to where they are).',
  );
  return false;
}

function onPath(command: string): boolean {
  if (command.includes('/')) return fs.existsSync(command);
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** This machine, as the environment describes it. NPM_TEST_NO_INSTALL=1 never installs. */
export const thisMachine: Machine = {
  hasChromium: () => fs.existsSync(chromiumPath),
  hasNginx: () => onPath(process.env.NGINX ?? 'nginx'),
  hasBrotli: () => {
    try {
      return brotliModules(nginxBuildInfo()) !== null;
    } catch {
      return false;
    }
  },
  canInstall: () =>
    process.env.NPM_TEST_NO_INSTALL !== '1' &&
    process.getuid?.() === 0 &&
    fs.existsSync('/etc/debian_version') &&
    onPath('apt-get'),
  install: (packages) => {
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...packages],
    ]) {
      const result = spawnSync('apt-get', args, {stdio: 'inherit', env});
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited ${result.status}`);
    }
  },
};
