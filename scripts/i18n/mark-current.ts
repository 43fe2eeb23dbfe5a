/**
 * npm run i18n:mark-current -- <page> [--type human|machine]
 *
 * After a translator has reviewed a Korean page against its English original, records the English
 * as it is now (its hash) in the Korean page's front matter:
 *
 *   translation:
 *     type: human
 *     source: 3f2a9c1b7d4e
 *
 * <page> is the page name (`reset-my-password`) or its path under docs/. The type stays as it was
 * unless --type is given; a page without a record becomes `human` (a person reviewed it).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {DOCS_DIR, hashEnglish, listPages, pagePaths, readFrontMatter} from '../../lib/content';
import {readTranslationRecord, type TranslationType} from '../../lib/translation';

const USAGE = 'usage: npm run i18n:mark-current -- <page> [--type human|machine]';

function main(): number {
  const {positionals, values} = parseArgs({
    allowPositionals: true,
    options: {type: {type: 'string'}},
  });
  if (
    positionals.length !== 1 ||
    (values.type !== undefined && values.type !== 'human' && values.type !== 'machine')
  ) {
    console.error(USAGE);
    return 2;
  }
  const siteDir = process.cwd();
  const wanted = positionals[0].replace(/^docs\//, '').replace(/\.mdx?$/, '');
  const pages = listPages(path.join(siteDir, DOCS_DIR)).filter((page) => {
    const name = page.replace(/\.mdx?$/, '');
    return name === wanted || name.split('/').pop() === wanted;
  });
  if (pages.length !== 1) {
    console.error(
      pages.length === 0
        ? `No Korean page named "${wanted}" under ${DOCS_DIR}/.`
        : `"${wanted}" names several pages: ${pages.join(', ')}; give its path.`,
    );
    return 1;
  }
  const paths = pagePaths(pages[0]);
  const englishFile = path.join(siteDir, paths.english);
  if (!fs.existsSync(englishFile)) {
    console.error(
      `${paths.korean} has no English original at ${paths.english}: nothing to mark it current against.`,
    );
    return 1;
  }
  const koreanFile = path.join(siteDir, paths.korean);
  const korean = fs.readFileSync(koreanFile, 'utf8');
  const existing = readTranslationRecord(readFrontMatter(korean, paths.korean));
  const type = (values.type ??
    (typeof existing === 'object' ? existing.type : 'human')) as TranslationType;
  const source = hashEnglish(fs.readFileSync(englishFile, 'utf8'));
  fs.writeFileSync(koreanFile, withTranslation(korean, type, source));
  console.log(`${paths.korean}: translation ${type}, current with ${paths.english} (${source}).`);
  return 0;
}

/**
 * Replaces (or adds) the `translation` block at the end of the front matter, leaving every other
 * line as the writer wrote it. Other keys under `translation` (such as `upstream`) are kept.
 */
export function withTranslation(content: string, type: TranslationType, source: string): string {
  const lines = content.split('\n');
  if (lines[0] !== '---' || lines.indexOf('---', 1) === -1) {
    throw new Error('the page has no front matter');
  }
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex(
    (line, index) => index > 0 && index < end && /^translation:/.test(line),
  );
  let kept: string[] = [];
  let before = lines.slice(0, end);
  let after = lines.slice(end);
  if (start !== -1) {
    let stop = start + 1;
    // A block (`translation:` then indented lines); an inline `translation: {…}` is one line.
    if (/^translation:\s*$/.test(lines[start])) {
      while (stop < end && /^\s+\S|^\s*$/.test(lines[stop])) {
        stop += 1;
      }
      kept = keptChildren(lines.slice(start + 1, stop));
    }
    before = lines.slice(0, start);
    after = [...lines.slice(stop, end), ...lines.slice(end)];
  }
  return [
    ...before,
    'translation:',
    `  type: ${type}`,
    `  source: ${yamlString(source)}`,
    ...kept,
    ...after,
  ].join('\n');
}

/**
 * The hash, written so that YAML reads back a string: quoted when it holds no letter but "e", which
 * some YAML readers take for a number (794207900000, or 12e456789012 as a float).
 */
function yamlString(hash: string): string {
  return /^[\de]+$/i.test(hash) ? `'${hash}'` : hash;
}

/** The `translation` children other than type and source, each with its nested lines. */
function keptChildren(block: string[]): string[] {
  const kept: string[] = [];
  let keeping = false;
  for (const line of block) {
    const child = /^ {2}(\w[\w-]*):/.exec(line);
    if (child) {
      keeping = child[1] !== 'type' && child[1] !== 'source';
    }
    if (keeping) {
      kept.push(line);
    }
  }
  return kept;
}

if (require.main === module) {
  process.exitCode = main();
}
