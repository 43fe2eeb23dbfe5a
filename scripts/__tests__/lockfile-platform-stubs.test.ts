import {completeLock, platformOf, type FetchDist, type Lock} from '../lockfile-platform-stubs';

const dist: FetchDist = async (name, version) =>
  name.includes('missing')
    ? undefined
    : {tarball: `https://registry.example/${name}/-/${version}.tgz`, integrity: `sha512-${name}`};

test('names tell the platform', () => {
  expect(platformOf('@swc/core-linux-arm-gnueabihf')).toEqual({os: 'linux', cpu: 'arm'});
  expect(platformOf('@pagefind/windows-x64')).toEqual({os: 'win32', cpu: 'x64'});
  expect(platformOf('@swc/core')).toBeUndefined();
});

test("each other-platform build is recorded with the registry's tarball and integrity", async () => {
  const lock: Lock = {
    packages: {
      '': {optionalDependencies: {}},
      'node_modules/@swc/core': {
        version: '1.0.0',
        optionalDependencies: {
          '@swc/core-darwin-arm64': '1.0.0',
          '@swc/core-linux-x64-gnu': '1.0.0',
        },
      },
      'node_modules/@swc/core-linux-x64-gnu': {version: '1.0.0', integrity: 'sha512-here'},
      // Recorded by an earlier version of the hook, without a checksum.
      'node_modules/@pagefind/darwin-x64': {
        version: '2.0.0',
        cpu: ['x64'],
        optional: true,
        os: ['darwin'],
      },
    },
  };
  const result = await completeLock(lock, dist);
  expect(result.added).toEqual(['@swc/core-darwin-arm64']);
  expect(lock.packages['node_modules/@swc/core-darwin-arm64']).toEqual({
    version: '1.0.0',
    resolved: 'https://registry.example/@swc/core-darwin-arm64/-/1.0.0.tgz',
    integrity: 'sha512-@swc/core-darwin-arm64',
    cpu: ['arm64'],
    optional: true,
    os: ['darwin'],
  });
  expect(lock.packages['node_modules/@pagefind/darwin-x64'].integrity).toBe(
    'sha512-@pagefind/darwin-x64',
  );
  expect(Object.keys(lock.packages)[0]).toBe('');
});

test('a complete lock is left alone, and a version the registry lacks is named', async () => {
  const lock: Lock = {
    packages: {
      '': {},
      'node_modules/x-missing-darwin-arm64': {
        version: '1.0.0',
        cpu: ['arm64'],
        optional: true,
        os: ['darwin'],
      },
    },
  };
  const before = JSON.stringify(lock);
  const result = await completeLock(lock, dist);
  expect(result).toEqual({
    added: [],
    completed: [],
    unknown: [],
    unpublished: ['x-missing-darwin-arm64@1.0.0 (not in the registry)'],
  });
  expect(JSON.stringify(lock)).toBe(before);
});

test('an unreachable registry leaves the new entries in the lock, without a checksum', async () => {
  const lock: Lock = {
    packages: {'': {optionalDependencies: {'@pagefind/darwin-arm64': '1.0.0'}}},
  };
  const result = await completeLock(lock, async () => {
    throw new Error('fetch failed');
  });
  expect(result.unpublished).toEqual(['@pagefind/darwin-arm64@1.0.0 (fetch failed)']);
  expect(lock.packages['node_modules/@pagefind/darwin-arm64']).toEqual({
    version: '1.0.0',
    cpu: ['arm64'],
    optional: true,
    os: ['darwin'],
  });
});
