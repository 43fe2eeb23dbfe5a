// The post-build step that writes .br and .gz beside each text file, for nginx's *_static modules.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import precompress, {brotliQuality, HASHED_QUALITY, PAGE_QUALITY, windowBits} from '../precompress';

// Repetitive enough to compress, varied enough that brotli's quality shows in the size.
const text = (seed: number) =>
  Array.from(
    {length: 800},
    (_, i) => `<p data-i="${(i * seed) % 977}">문단 ${i} paragraph ${i * seed}</p>`,
  ).join('\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), content);
  };
  write('assets/js/main.0123abcd.js', text(7));
  write('partner-center/reset-my-password.html', text(7));
  write('tiny.html', '<p>x</p>');
  // Pagefind's data files, stored decompressed by the search-index step.
  write('pagefind/fragment/en_0123abc.pf_fragment', `pagefind_dcd${text(5)}`);
  write('img/logo.png', text(3));
  // A sibling left by an earlier build, which nginx would serve as is.
  write('partner-center/reset-my-password.html.br', 'stale');
});
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

test('every text file and Pagefind data file gets a .br and a .gz that decode to the file itself; small and binary files none', async () => {
  await precompress(dir);
  for (const file of [
    'assets/js/main.0123abcd.js',
    'partner-center/reset-my-password.html',
    'pagefind/fragment/en_0123abc.pf_fragment',
  ]) {
    const original = fs.readFileSync(path.join(dir, file));
    assert.deepEqual(
      zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))),
      original,
    );
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))), original);
  }
  assert.ok(!fs.existsSync(path.join(dir, 'tiny.html.br')));
  assert.ok(!fs.existsSync(path.join(dir, 'img/logo.png.br')));
});

test('hashed bundles get brotli quality 11, pages a fast quality', async () => {
  assert.equal(brotliQuality('assets/js/main.0123abcd.js'), HASHED_QUALITY);
  assert.equal(brotliQuality('en/assets/css/styles.89abcdef.css'), HASHED_QUALITY);
  assert.equal(brotliQuality('assets/js/runtime~main.0123abcd.js'), HASHED_QUALITY);
  assert.equal(brotliQuality('partner-center/reset-my-password.html'), PAGE_QUALITY);
  assert.equal(brotliQuality('search/lexicon.json'), PAGE_QUALITY);
  assert.ok(PAGE_QUALITY < HASHED_QUALITY);
  await precompress(dir);
  // The same content: the bundle's copy is the smaller one.
  const size = (file: string) => fs.statSync(path.join(dir, `${file}.br`)).size;
  assert.ok(size('assets/js/main.0123abcd.js') < size('partner-center/reset-my-password.html'));
});

test('the brotli window holds the whole file, and is no bigger than that needs', () => {
  for (const bytes of [300, 65_520, 65_521, 80_000, 3_000_000]) {
    const bits = windowBits(bytes);
    assert.ok(2 ** bits - 16 >= bytes, `${bytes} bytes fit a ${bits}-bit window`);
    assert.ok(
      bits === zlib.constants.BROTLI_MIN_WINDOW_BITS || 2 ** (bits - 1) - 16 < bytes,
      `${bytes}: ${bits} bits is the smallest`,
    );
  }
  assert.equal(windowBits(100_000_000), zlib.constants.BROTLI_MAX_WINDOW_BITS);
});
