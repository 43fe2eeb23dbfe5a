/**
 * The site's content model, read by everything that reads pages: the Docusaurus plugins, the
 * sidebar, the importer, the i18n scripts and the tests. Where each locale's pages live, which
 * files are pages, their front matter, and the one hash of an English page they all agree on.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';

/** The Korean (default locale) pages, and their English twins at the same paths. */
export const DOCS_DIR = 'docs';
export const ENGLISH_DOCS_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';
/** The folder of the help pages, under each docs folder (and their address: `/partner-center/…`). */
export const SECTION = 'partner-center';

/** A short, stable fingerprint of an English page: any edit to the file changes it. */
export function hashEnglish(content: string): string {
  return crypto
    .createHash('sha256')
    .update(content.replace(/\r\n?/g, '\n'))
    .digest('hex')
    .slice(0, 12);
}

/** `partner-center/x.mdx` → its Korean and English files, relative to the site. */
export function pagePaths(page: string): {korean: string; english: string} {
  return {korean: `${DOCS_DIR}/${page}`, english: `${ENGLISH_DOCS_DIR}/${page}`};
}

/** Pages (paths relative to the docs folder, `/`-separated) in `dir`, skipping partials as Docusaurus does. */
export function listPages(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter(
      (file) => /\.mdx?$/.test(file) && !file.split(path.sep).some((part) => part.startsWith('_')),
    )
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Every page that exists in Korean or English. */
export function allPages(siteDir: string): string[] {
  const pages = new Set([
    ...listPages(path.join(siteDir, DOCS_DIR)),
    ...listPages(path.join(siteDir, ENGLISH_DOCS_DIR)),
  ]);
  return [...pages].sort();
}

/**
 * A page's front matter. YAML that does not parse fails with the file named and the fix, since
 * these checks run before Docusaurus reads the page and would otherwise report no file at all.
 */
export function readFrontMatter(content: string, file: string): Record<string, unknown> {
  try {
    // Parsed as Docusaurus parses it (YAML 1.2): gray-matter's own YAML 1.1 parser reads a hash such
    // as 62333740e323 as a number.
    return matter(content, {engines: {yaml: (text) => (yaml.load(text) ?? {}) as object}}).data;
  } catch (error) {
    throw new Error(
      `${file}: the front matter (between the --- lines) is not valid YAML: ${(error as Error).message.split('\n')[0]}\n  Fix: correct the YAML at the top of ${file}; quote values that contain ':' or start with '[' or '{'.`,
    );
  }
}
