/**
 * Reads a search query file: one query a line, `locale<TAB>query<TAB>slug[,slug…]`, where the
 * slugs are the pages (under /partner-center/) acceptable as the first result. Lines starting
 * with # are comments. A slug that the importer renames (scripts/import-sxs/page-names.json:
 * Microsoft's page a site page was rewritten from) stands for the page it is imported as.
 */
import {readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

const PAGE_NAMES: Record<string, string> = JSON.parse(
  readFileSync(
    path.resolve(path.dirname(__filename), '../../scripts/import-sxs/page-names.json'),
    'utf8',
  ),
);

/** The site page a slug stands for: itself, or the page the importer renames it to. */
export function sitePage(slug: string): string {
  return PAGE_NAMES[slug.trim()] ?? slug.trim();
}

export interface Query {
  locale: 'ko' | 'en';
  query: string;
  expected: string[];
  line: number;
}

export async function readQueryFile(file: string): Promise<Query[]> {
  const text = await fs.readFile(file, 'utf8');
  const queries: Query[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) {
      return;
    }
    const [locale, query, pages] = line.split('\t');
    if ((locale !== 'ko' && locale !== 'en') || !query || !pages) {
      throw new Error(
        `${file}:${index + 1}: expected "ko|en<TAB>query<TAB>slug,slug", got ${JSON.stringify(line)}`,
      );
    }
    const expected = pages.split(',').map(sitePage);
    queries.push({locale, query, expected, line: index + 1});
  });
  if (queries.length === 0) {
    throw new Error(`${file} has no queries.`);
  }
  return queries;
}
