/** The one directory walker of the post-build steps. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {Element, Root} from 'hast';

/** Every file under `dir`, as absolute paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The text inside an element (a script's code), as written. */
export function textOf(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
