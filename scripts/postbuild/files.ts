/** The one directory walker of the post-build steps. */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as absolute paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Runs `work` on each item, `concurrency` at a time: each worker takes the next item when its own
 * is done, so one slow item does not hold the others back.
 */
export async function forEachLimit<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({length: Math.min(concurrency, items.length)}, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
