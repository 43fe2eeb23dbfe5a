/**
 * Checks every Korean page against its English original; used by the build and `npm run i18n:check`.
 * A page missing in one locale is plugins/translation-check's to report.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseMdx} from '../../lib/mdx';
import {collectBlocks, describeDivergence, pairBlocks} from './pairing';
import {DOCS_DIR, ENGLISH_DOCS_DIR, listPages, readFrontMatter} from '../../lib/content';
import {readTranslationRecord} from '../../lib/translation';

/**
 * The Korean pages whose pairing ./remark.ts checked in this build, per site. A page the bundler
 * served from its persistent cache is not compiled, so not checked there: the plugin's postBuild
 * checks those, and only those, so that a build parses each page once. Kept on globalThis because
 * Docusaurus loads the config (and so the remark plugin and this module) afresh, without Node's
 * module cache.
 */
const CHECKED = Symbol.for('english-original/checked-pairs');
const registry = ((globalThis as {[CHECKED]?: Map<string, Set<string>>})[CHECKED] ??= new Map());

/** Starts a build's record of checked pages; returns it. */
export function startCheckedPairs(siteDir: string): Set<string> {
  const checked = new Set<string>();
  registry.set(siteDir, checked);
  return checked;
}

/** Records that ./remark.ts checked a Korean page (`docs/…`, relative to the site). */
export function recordCheckedPair(siteDir: string, koreanFile: string): void {
  registry.get(siteDir)?.add(koreanFile);
}

/**
 * One message per problem, each naming the file, line and block.
 * @param skip Korean files (`docs/…`) already checked, left out
 */
export function checkPairs(siteDir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const page of listPages(path.join(siteDir, DOCS_DIR))) {
    const koreanFile = `${DOCS_DIR}/${page}`;
    if (skip.has(koreanFile)) {
      continue;
    }
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
