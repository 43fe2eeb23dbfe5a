// Records, in package-lock.json, the other platforms' builds of packages that ship native binaries
// (@swc/core-darwin-arm64, @pagefind/windows-x64, …), with the registry's `resolved` and
// `integrity` for each.
//
// Why: the registry this project is built against serves only the linux-x64 builds, so `npm install`
// leaves the others out of the lock, and `npm ci` then refuses the lock as "not in sync". An entry
// with its os and cpu lets `npm ci` see the lock as complete and skip the build for another platform,
// exactly as it would with a full lock. Each entry carries the tarball's address and checksum from
// the registry's metadata for that version, so `npm ci` on macOS or Windows verifies what it
// downloads, as it does for every other package. It runs as the project's postinstall, so
// `npm install <pkg>` keeps the lock usable by `npm ci`; it changes nothing (and asks the registry
// nothing) when the lock is already complete.
import fs from 'node:fs';
import path from 'node:path';

const LOCK = path.join(__dirname, '..', 'package-lock.json');
const OS: Record<string, string> = {
  darwin: 'darwin',
  win32: 'win32',
  windows: 'win32',
  linux: 'linux',
  freebsd: 'freebsd',
  android: 'android',
  openharmony: 'openharmony',
};
const CPU: Record<string, string> = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  s390x: 's390x',
  loong64: 'loong64',
  riscv64: 'riscv64',
};

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  cpu?: string[];
  optional?: boolean;
  os?: string[];
  optionalDependencies?: Record<string, string>;
}

export interface Lock {
  packages: Record<string, LockEntry>;
}

/**
 * The registry's `dist` for one version: where its tarball is and its checksum; undefined when
 * the registry does not have that version.
 */
export type FetchDist = (
  name: string,
  version: string,
) => Promise<{tarball: string; integrity: string} | undefined>;

/** "@swc/core-linux-arm-gnueabihf" → {os: 'linux', cpu: 'arm'}; undefined if the name says neither. */
export function platformOf(name: string): {os: string; cpu: string} | undefined {
  const parts = name.split('/').pop()!.split('-');
  const os = parts.map((part) => OS[part]).find(Boolean);
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  return os && cpu ? {os, cpu} : undefined;
}

/**
 * Adds the missing platform entries to `lock` (in place) and completes any recorded without
 * `resolved` and `integrity`. Returns what it added, completed, could not place (unknown) and
 * could not get from the registry (unpublished, or unreachable: left without a checksum, and
 * asked again next time, so an offline `npm ci` still installs).
 */
export async function completeLock(
  lock: Lock,
  fetchDist: FetchDist,
): Promise<{added: string[]; completed: string[]; unknown: string[]; unpublished: string[]}> {
  const added: string[] = [];
  const unknown: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) {
        continue;
      }
      const platform = platformOf(name);
      if (!platform) {
        unknown.push(`${name}@${spec} (wanted by ${location || 'the project'})`);
        continue;
      }
      lock.packages[`node_modules/${name}`] = {
        version: spec.replace(/^[\^~=]/, ''),
        cpu: [platform.cpu],
        optional: true,
        os: [platform.os],
      };
      added.push(name);
    }
  }
  const incomplete = Object.entries(lock.packages).filter(
    ([location, entry]) =>
      location !== '' && entry.os && entry.cpu && entry.optional && !entry.integrity,
  );
  const completed: string[] = [];
  const unpublished: string[] = [];
  await Promise.all(
    incomplete.map(async ([location, entry]) => {
      const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
      let dist;
      try {
        dist = await fetchDist(name, entry.version!);
      } catch (error) {
        unpublished.push(`${name}@${entry.version} (${(error as Error).message})`);
        return;
      }
      if (!dist) {
        unpublished.push(`${name}@${entry.version} (not in the registry)`);
        return;
      }
      // Keep npm's own key order: version, resolved, integrity, then the rest.
      const {version, ...rest} = entry;
      lock.packages[location] = {
        version,
        resolved: dist.tarball,
        integrity: dist.integrity,
        ...rest,
      };
      completed.push(location);
    }),
  );
  if (added.length + completed.length > 0) {
    lock.packages = Object.fromEntries(
      Object.entries(lock.packages).sort(([a], [b]) =>
        a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
      ),
    );
  }
  return {added, completed: completed.sort(), unknown, unpublished: unpublished.sort()};
}

/** Reads `dist` from the registry npm uses (its metadata for one version). */
const registryDist: FetchDist = async (name, version) => {
  const registry = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(
    /\/?$/,
    '/',
  );
  const url = `${registry}${name.replace('/', '%2f')}/${version}`;
  const response = await fetch(url);
  if (response.status === 404) {
    return undefined;
  }
  if (!response.ok) {
    throw new Error(`${url}: ${response.status} ${response.statusText}`);
  }
  const {dist} = (await response.json()) as {dist?: {tarball?: string; integrity?: string}};
  if (!dist?.tarball || !dist.integrity) {
    throw new Error(`${url}: the registry's metadata has no dist.tarball and dist.integrity`);
  }
  return {tarball: dist.tarball, integrity: dist.integrity};
};

async function main(): Promise<void> {
  const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8')) as Lock;
  const {added, completed, unknown, unpublished} = await completeLock(lock, registryDist);
  if (added.length + completed.length > 0) {
    fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(
      `package-lock.json: recorded ${added.length} other-platform builds for npm ci; ` +
        `${completed.length} with the registry's resolved and integrity.`,
    );
  }
  if (unpublished.length > 0) {
    console.warn(
      `package-lock.json: left without integrity, asked again at the next install: ` +
        `${unpublished.join(', ')}. (npm skips an optional build it cannot fetch.)`,
    );
  }
  if (unknown.length > 0) {
    console.error(`Could not tell the platform of:\n- ${unknown.join('\n- ')}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      `package-lock.json: could not record the other platforms' builds: ${String(error)}`,
    );
    process.exitCode = 1;
  });
}
