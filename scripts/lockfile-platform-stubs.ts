// Records, in package-lock.json, the other platforms' builds of packages that ship native binaries
// (@swc/core-darwin-arm64, @pagefind/windows-x64, …).
//
// Why: the registry this project is built against serves only the linux-x64 builds, so `npm install`
// leaves the others out of the lock, and `npm ci` then refuses the lock as "not in sync". An entry
// with its os and cpu lets `npm ci` see the lock as complete and skip the build for another platform,
// exactly as it would with a full lock. It runs as the project's postinstall, so `npm install <pkg>`
// keeps the lock usable by `npm ci`; it changes nothing when the lock is already complete.
import fs from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const OS = {
  darwin: 'darwin',
  win32: 'win32',
  windows: 'win32',
  linux: 'linux',
  freebsd: 'freebsd',
  android: 'android',
  openharmony: 'openharmony',
};
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  s390x: 's390x',
  loong64: 'loong64',
  riscv64: 'riscv64',
};

/** "@swc/core-linux-arm-gnueabihf" → {os: 'linux', cpu: 'arm'}; undefined if the name says neither. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((part) => OS[part]).find(Boolean);
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  return os && cpu ? {os, cpu} : undefined;
}

const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const added = [];
const unknown = [];
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
if (added.length > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: recorded ${added.length} other-platform builds for npm ci.`);
}
if (unknown.length > 0) {
  console.error(`Could not tell the platform of:\n- ${unknown.join('\n- ')}`);
  process.exitCode = 1;
}
