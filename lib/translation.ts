/**
 * Whether a Korean page still matches its English original: its `translation` front matter against
 * the English file's hash. Used at build time (plugins/english-original) and by the i18n scripts
 * and the end-to-end tests, so all of them agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import {hashEnglish, pagePaths, readFrontMatter} from './content';

export type TranslationType = 'machine' | 'human';
export type TranslationStatus = 'current' | 'outdated' | 'missing';

/** The `translation` front matter of a Korean page translated from English. */
export interface TranslationRecord {
  type: TranslationType;
  /** `hashEnglish()` of the English file the Korean was translated from, or last reviewed against. */
  source: string;
}

/** Reads and validates the `translation` front matter; a message says what is wrong. */
export function readTranslationRecord(
  frontMatter: Record<string, unknown>,
): TranslationRecord | string | undefined {
  const record = frontMatter.translation;
  if (record === undefined) {
    return undefined;
  }
  if (typeof record !== 'object' || record === null) {
    return '"translation" must hold "type" (machine or human) and "source" (the English hash)';
  }
  const {type, source} = record as Record<string, unknown>;
  if (type !== 'machine' && type !== 'human') {
    return `"translation.type" must be machine or human, not ${JSON.stringify(type ?? null)}`;
  }
  if (typeof source !== 'string' || !/^[0-9a-f]{12}$/.test(source)) {
    return `"translation.source" must be the 12-character English hash that "npm run i18n:mark-current" records`;
  }
  return {type, source};
}

export interface PageTranslation {
  /** Relative to the docs folder, e.g. `partner-center/unable-to-sign-in.mdx`. */
  page: string;
  status: TranslationStatus;
  type?: TranslationType;
  englishTitle?: string;
  /** Why the status is what it is, for the status table. */
  note: string;
}

interface EnglishOriginal {
  hash: string;
  title?: string;
}

const englishOriginals = new Map<string, {stamp: string; original: EnglishOriginal}>();

/**
 * An English page's hash and title, read once per version of the file: Docusaurus reads each
 * Korean page's front matter twice in a build (its metadata, then its MDX), and both ask.
 */
function readEnglishOriginal(file: string, relative: string): EnglishOriginal | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    return undefined;
  }
  const stamp = `${stats.mtimeMs}:${stats.size}`;
  const known = englishOriginals.get(file);
  if (known?.stamp === stamp) {
    return known.original;
  }
  const english = fs.readFileSync(file, 'utf8');
  const original = {
    hash: hashEnglish(english),
    title: stringField(readFrontMatter(english, relative).title),
  };
  englishOriginals.set(file, {stamp, original});
  return original;
}

/**
 * The state of one page's Korean translation against its English original, read from disk.
 * @param koreanFrontMatter the Korean page's front matter, when the caller has already parsed it
 */
export function translationOf(
  siteDir: string,
  page: string,
  koreanFrontMatter?: Record<string, unknown>,
): PageTranslation {
  const paths = pagePaths(page);
  const koreanFile = path.join(siteDir, paths.korean);
  const english = readEnglishOriginal(path.join(siteDir, paths.english), paths.english);
  if (!english) {
    return {page, status: 'missing', note: `no English original at ${paths.english}`};
  }
  const englishTitle = english.title;
  if (!koreanFrontMatter && !fs.existsSync(koreanFile)) {
    return {page, status: 'missing', englishTitle, note: `no Korean page at ${paths.korean}`};
  }
  const record = readTranslationRecord(
    koreanFrontMatter ?? readFrontMatter(fs.readFileSync(koreanFile, 'utf8'), paths.korean),
  );
  if (record === undefined) {
    return {
      page,
      status: 'missing',
      englishTitle,
      note: 'no "translation" front matter: run npm run i18n:mark-current',
    };
  }
  if (typeof record === 'string') {
    return {page, status: 'missing', englishTitle, note: record};
  }
  const current = english.hash;
  return record.source === current
    ? {page, status: 'current', type: record.type, englishTitle, note: ''}
    : {
        page,
        status: 'outdated',
        type: record.type,
        englishTitle,
        note: `English changed since ${record.source} (now ${current})`,
      };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
