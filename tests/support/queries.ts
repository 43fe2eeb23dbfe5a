/**
 * Reads a search query file: one query a line, `locale<TAB>query<TAB>slug[,slug…]`, where the
 * slugs are the pages (under /partner-center/) acceptable as the first result. Lines starting
 * with # are comments.
 */
import fs from 'node:fs/promises';

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
    queries.push({locale, query, expected: pages.split(',').map((s) => s.trim()), line: index + 1});
  });
  if (queries.length === 0) {
    throw new Error(`${file} has no queries.`);
  }
  return queries;
}
