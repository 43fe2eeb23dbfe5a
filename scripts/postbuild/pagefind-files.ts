/**
 * Part of the search-index step: Pagefind's data files (its WebAssembly, metadata, index chunks
 * and page fragments) stored as plain bytes, for the server to compress.
 *
 * Pagefind writes them gzip-compressed and inflates each one in JavaScript, on the page's one
 * thread, when it arrives: on a cold first search that was 10 to 15 ms of a click-to-result path
 * of about 120 ms (a Chrome profile of the home page's search). Each file, once decompressed,
 * begins with Pagefind's "already decompressed" mark, which pagefind.js checks for before it
 * inflates anything; sent with Content-Encoding (brotli or gzip, from the .br and .gz copies the
 * precompress step writes beside them), the browser decodes it natively, off that thread, and
 * pagefind.js takes the bytes as they are.
 *
 * Should a new Pagefind write something else, the build fails and says so.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import {promisify} from 'node:util';
import {forEachLimit, listFiles} from './files';

const gunzip = promisify(zlib.gunzip);

/** Pagefind's files that pagefind.js decompresses (pagefind.js and its entry file are plain). */
export const PAGEFIND_DATA = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** What pagefind.js looks for at the start of a file to know it needs no inflating. */
export const DECOMPRESSED_MARK = 'pagefind_dcd';

function isGzip(data: Buffer): boolean {
  return data[0] === 0x1f && data[1] === 0x8b;
}

/** The file as pagefind.js would have it after inflating; fails naming the file otherwise. */
export async function decompressed(file: string, data: Buffer): Promise<Buffer> {
  const plain = isGzip(data) ? await gunzip(data) : data;
  if (plain.subarray(0, DECOMPRESSED_MARK.length).toString('latin1') !== DECOMPRESSED_MARK) {
    throw new Error(
      `${file} is not a Pagefind data file as scripts/postbuild/pagefind-files.ts knows them ` +
        `(gzip holding bytes that begin "${DECOMPRESSED_MARK}"): check what the new Pagefind ` +
        'version writes and update that step.',
    );
  }
  return plain;
}

/** Rewrites every Pagefind data file under `outputPath` (build/pagefind/) decompressed. */
export default async function storeDecompressed(outputPath: string): Promise<void> {
  const files = (await listFiles(outputPath)).filter((file) => PAGEFIND_DATA.test(file));
  await forEachLimit(files, 4, async (file) => {
    const data = await fs.readFile(file);
    const plain = await decompressed(path.relative(path.dirname(outputPath), file), data);
    if (plain !== data) await fs.writeFile(file, plain);
  });
}
