// Post-build step: write x.br (brotli, quality 11) and x.gz (gzip -9) beside every text file of
// the build, so nginx (brotli_static, gzip_static in deploy/nginx.conf) sends the smallest
// encoding without compressing on each request. Static hosts and CDNs ignore these files and
// compress on their own.
import {readFile, stat, writeFile} from 'node:fs/promises';
import {promisify} from 'node:util';
import zlib from 'node:zlib';
import {listFiles} from './files';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Pagefind's index files and wasm are already gzip-compressed by Pagefind.
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/;
// Below this, headers outweigh any saving (same threshold as gzip_min_length).
const MIN_BYTES = 256;

async function compressFile(file: string): Promise<{raw: number; br: number}> {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) return {raw: 0, br: 0};
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
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
  // zlib work runs on libuv's thread pool; a few files at a time keep memory flat.
  const totals = {raw: 0, br: 0};
  for (let i = 0; i < files.length; i += 4) {
    for (const {raw, br} of await Promise.all(files.slice(i, i + 4).map(compressFile))) {
      totals.raw += raw;
      totals.br += br;
    }
  }
  console.log(
    `[precompress] ${files.length} files: ${(totals.raw / 1000).toFixed(0)} KB → ` +
      `${(totals.br / 1000).toFixed(0)} KB brotli (plus gzip)`,
  );
}
