/**
 * Part of the search-index step: pagefind.js as Pagefind writes it, made quicker for a first
 * search (issue 9).
 *
 * - Until its WebAssembly is ready, every Pagefind call waits in steps of 50 ms (`getPtr`), so a
 *   query pasted while it loads waited up to 50 ms more than it had to: the step is made 5 ms.
 * - It comes with its names and comments unminified (47 KB): minified, it is a third smaller.
 *
 * The bundle is Pagefind's (the version package.json pins); should a new version no longer hold
 * the code patched here, the build fails and says so, rather than quietly lose the patch.
 */
import fs from 'node:fs/promises';
import {minify} from '@swc/core';

const POLL =
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const POLL_MS = 5;

export function patchPagefind(source: string): string {
  const at = source.indexOf(POLL);
  if (at < 0 || source.indexOf(POLL, at + 1) >= 0) {
    throw new Error(
      'pagefind.js no longer waits for its WebAssembly in getPtr() the way scripts/postbuild/pagefind-bundle.ts expects: check the new Pagefind version and update the patch.',
    );
  }
  return source.replace(POLL, POLL.replace('asyncSleep(50)', `asyncSleep(${POLL_MS})`));
}

/** Patches and minifies `file` (build/pagefind/pagefind.js) in place. */
export default async function tunePagefindBundle(file: string): Promise<void> {
  const patched = patchPagefind(await fs.readFile(file, 'utf8'));
  const {code} = await minify(patched, {compress: true, mangle: true, module: true});
  await fs.writeFile(file, code);
}
