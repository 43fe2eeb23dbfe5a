/**
 * Checks every Korean page against its English original; used by the build and `npm run i18n:check`.
 * A page missing in one locale is plugins/translation-check's to report.
 */
import fs from 'node:fs';
import path from 'node:path';
import {collectBlocks, describeDivergence, pairBlocks, parseMdx} from './pairing';
import {
  DOCS_DIR,
  ENGLISH_DOCS_DIR,
  listPages,
  readFrontMatter,
  readTranslationRecord,
} from './translation';

/** One message per problem, each naming the file, line and block. */
export function checkPairs(siteDir: string): string[] {
  const problems: string[] = [];
  for (const page of listPages(path.join(siteDir, DOCS_DIR))) {
    const koreanFile = `${DOCS_DIR}/${page}`;
    const englishFile = `${ENGLISH_DOCS_DIR}/${page}`;
    if (!fs.existsSync(path.join(siteDir, englishFile))) {
      continue;
    }
    const korean = fs.readFileSync(path.join(siteDir, koreanFile), 'utf8');
    const english = fs.readFileSync(path.join(siteDir, englishFile), 'utf8');
    const record = readTranslationRecord(readFrontMatter(korean, koreanFile));
    if (typeof record === 'string') {
      problems.push(`${koreanFile}: ${record}.`);
    }
    let pairing;
    try {
      pairing = pairBlocks(collectBlocks(parseMdx(korean)), collectBlocks(parseMdx(english)));
    } catch (error) {
      problems.push(
        `${koreanFile} or ${englishFile}: cannot be parsed as MDX: ${(error as Error).message}`,
      );
      continue;
    }
    for (const divergence of pairing.divergences) {
      problems.push(describeDivergence(divergence, koreanFile, englishFile));
    }
  }
  return problems;
}
