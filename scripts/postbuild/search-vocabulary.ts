/**
 * The words each language's pages hold, for search's spelling correction (src/search/spelling.ts):
 * build/search/vocabulary-<lang>.json, every distinct word of the text Pagefind indexed (its page
 * fragments, so what search ignores is left out too), commonest first. The browser fetches it only
 * when a search finds nothing, so it costs a reader nothing until then.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {vocabularyFile} from '../../src/search/files';

/** What Pagefind writes before a decompressed fragment's JSON (see pagefind-files.ts). */
const DECOMPRESSED = 'pagefind_dcd';

/** Words as search compares them: lower case, letters and digits, three characters or more. */
const WORD = /[\p{L}\p{N}]{3,}/gu;

/** The distinct words of `texts`, commonest first (ties in code-point order, so builds agree). */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}

export default async function writeVocabularies(buildDir: string): Promise<void> {
  const fragments = path.join(buildDir, 'pagefind', 'fragment');
  const byLanguage = new Map<string, string[]>();
  for (const name of await fs.readdir(fragments)) {
    if (!name.endsWith('.pf_fragment')) {
      continue;
    }
    const raw = await fs.readFile(path.join(fragments, name), 'utf8');
    if (!raw.startsWith(DECOMPRESSED)) {
      throw new Error(`${name}: not a decompressed Pagefind fragment; run after search-index.`);
    }
    const {content} = JSON.parse(raw.slice(DECOMPRESSED.length)) as {content: string};
    const language = name.slice(0, name.indexOf('_'));
    const texts = byLanguage.get(language) ?? [];
    texts.push(content);
    byLanguage.set(language, texts);
  }
  await fs.mkdir(path.join(buildDir, 'search'), {recursive: true});
  for (const [language, texts] of byLanguage) {
    await fs.writeFile(
      path.join(buildDir, 'search', vocabularyFile(language)),
      JSON.stringify(vocabularyOf(texts)),
    );
  }
}
