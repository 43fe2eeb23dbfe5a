import {
  BROTLI_PACKAGES,
  ensurePrerequisites,
  missingPackages,
  type Machine,
} from '../prerequisites';

/** A machine with what `has` lists; installing adds the packages, as apt-get would. */
function machine(has: string[], {canInstall = true, installWorks = true} = {}) {
  const installed = new Set(has);
  const calls: string[][] = [];
  const fake: Machine = {
    hasChromium: () => installed.has('chromium'),
    hasNginx: () => installed.has('nginx'),
    hasBrotli: () => BROTLI_PACKAGES.every((p) => installed.has(p)),
    canInstall: () => canInstall,
    install: (packages) => {
      calls.push(packages);
      if (!installWorks) throw new Error('apt-get exited 100');
      packages.forEach((p) => installed.add(p));
    },
  };
  return {fake, calls};
}

const EVERYTHING = ['chromium', 'nginx', ...BROTLI_PACKAGES];

test('a machine with everything installs nothing and says nothing', () => {
  const {fake, calls} = machine(EVERYTHING);
  const log = jest.fn();
  expect(ensurePrerequisites(fake, log)).toBe(true);
  expect(calls).toEqual([]);
  expect(log).not.toHaveBeenCalled();
});

test('without nginx, its brotli modules are wanted too; nginx without brotli wants only them', () => {
  expect(missingPackages(machine(['chromium']).fake)).toEqual(['nginx', ...BROTLI_PACKAGES]);
  expect(missingPackages(machine(['chromium', 'nginx']).fake)).toEqual(BROTLI_PACKAGES);
  expect(missingPackages(machine(['nginx', ...BROTLI_PACKAGES]).fake)).toEqual(['chromium']);
});

test('as root on Debian, it installs what is missing and says what', () => {
  const {fake, calls} = machine([]);
  const log = jest.fn();
  expect(ensurePrerequisites(fake, log)).toBe(true);
  expect(calls).toEqual([EVERYTHING]);
  expect(log).toHaveBeenCalledWith(expect.stringContaining(`Installing: ${EVERYTHING.join(' ')}`));
});

test('where it cannot install, it stops with the one command to run', () => {
  const {fake, calls} = machine(['nginx', ...BROTLI_PACKAGES], {canInstall: false});
  const log = jest.fn();
  expect(ensurePrerequisites(fake, log)).toBe(false);
  expect(calls).toEqual([]);
  expect(log.mock.calls.join('\n')).toContain(
    '\n  sudo apt-get update && sudo apt-get install -y chromium\n',
  );
});

test('when installing fails, it stops with the command for what is still missing', () => {
  const {fake} = machine(['chromium'], {installWorks: false});
  const log = jest.fn();
  expect(ensurePrerequisites(fake, log)).toBe(false);
  expect(log.mock.calls.join('\n')).toContain(
    `sudo apt-get install -y nginx ${BROTLI_PACKAGES.join(' ')}`,
  );
});
