// Post-build step: write x.br (brotli) and x.gz (gzip -9) beside every text file of the build and
// every Pagefind data file (stored decompressed by the search-index step, pagefind-files.ts), so
// nginx (brotli_static, gzip_static in deploy/nginx.conf) sends the smallest encoding without
// compressing on each request. Static hosts and CDNs ignore these files and compress on their own.
//
// Brotli's quality 11 costs about 40 times the time of quality 7 and saves 8 to 11% more. It is
// worth it where a file is fetched once and kept: the content-hashed bundles under assets/ (the
// main bundle and styles every reader loads, and each page's chunk), which a browser caches for
// good. Pages (HTML), and the data files beside them, are many (two per doc, one per locale), are
// fetched again on every visit and change with each build: quality 11 there took 80% of this
// step's time (250 docs: 6.5 of 8.5 s of CPU per locale) for 0.6 KB less per page. They get
// quality 7, a little better than nginx's own on-the-fly brotli (deploy/brotli.conf, level 6).
import {readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import zlib from 'node:zlib';
import {forEachLimit, listFiles} from './files';
import {PAGEFIND_DATA} from './pagefind-files';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Text, and Pagefind's data files, which the search-index step stores decompressed
// (pagefind-files.ts) so that the browser, not pagefind.js, decodes them.
const TEXT = /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/;
const COMPRESSIBLE = new RegExp(`${TEXT.source}|${PAGEFIND_DATA.source}`);
// Below this, headers outweigh any saving (same threshold as gzip_min_length).
export const MIN_BYTES = 256;
/** Docusaurus writes its bundles and styles here, named by a hash of their content. */
const HASHED = /(^|\/)assets\/(js|css)\/[^/]+\.[0-9a-f]{8}\.(js|css)$/;

export const HASHED_QUALITY = zlib.constants.BROTLI_MAX_QUALITY;
export const PAGE_QUALITY = 7;

/**
 * The smallest brotli window that holds the whole file (brotli's window is 2^bits − 16 bytes).
 * A bigger one compresses no better, but its tables are allocated and cleared for every file:
 * with the default 4 MB window, quality 7 took four times as long on 60 KB pages, for the
 * same bytes.
 */
export function windowBits(bytes: number): number {
  const {BROTLI_MIN_WINDOW_BITS, BROTLI_MAX_WINDOW_BITS} = zlib.constants;
  return Math.min(
    BROTLI_MAX_WINDOW_BITS,
    Math.max(BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes + 16))),
  );
}

/** Brotli quality for a file of the build (path relative to it, `/`-separated). */
export function brotliQuality(relative: string): number {
  return HASHED.test(relative) ? HASHED_QUALITY : PAGE_QUALITY;
}

/**
 * The brotli settings a file of the build (path relative to it, `/`-separated) is precompressed
 * with; also what the benchmarks count a response's bytes with (bench/search-timing.ts).
 */
export function brotliParams(relative: string, bytes: number): Record<number, number> {
  return {
    [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(relative),
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes,
    [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(bytes),
    [zlib.constants.BROTLI_PARAM_MODE]: TEXT.test(relative)
      ? zlib.constants.BROTLI_MODE_TEXT
      : zlib.constants.BROTLI_MODE_GENERIC,
  };
}

async function compressFile(buildDir: string, file: string): Promise<{raw: number; br: number}> {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) return {raw: 0, br: 0};
  const relative = path.relative(buildDir, file).split(path.sep).join('/');
  const [br, gz] = await Promise.all([
    brotli(data, {params: brotliParams(relative, data.length)}),
    gzip(data, {level: zlib.constants.Z_BEST_COMPRESSION}),
  ]);
  // nginx's *_static modules compare nothing but names, so a stale sibling would be served:
  // always overwrite, and only write what is smaller than the file.
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
  return {raw: data.length, br: Math.min(br.length, data.length)};
}

export default async function run(buildDir: string): Promise<void> {
  if (!(await stat(buildDir)).isDirectory()) throw new Error(`${buildDir} is not a directory`);
  const files = (await listFiles(buildDir)).filter((file) => COMPRESSIBLE.test(file));
  // zlib work runs on libuv's thread pool (4 threads): a few files at a time keep it busy and
  // memory flat, and one slow file (the main bundle at quality 11) does not hold the others back.
  const totals = {raw: 0, br: 0};
  await forEachLimit(files, 4, async (file) => {
    const {raw, br} = await compressFile(buildDir, file);
    totals.raw += raw;
    totals.br += br;
  });
  console.log(
    `[precompress] ${files.length} files: ${(totals.raw / 1000).toFixed(0)} KB → ` +
      `${(totals.br / 1000).toFixed(0)} KB brotli (plus gzip)`,
  );
}
