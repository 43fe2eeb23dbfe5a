/**
 * Post-build step: index the production build with Pagefind, one index per language (Pagefind
 * splits by <html lang>), written to build/pagefind/. Only elements marked data-pagefind-body are
 * indexed (doc articles; see src/theme/DocItem/Content), so navbar, sidebar, TOC and footer stay out.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as pagefind from 'pagefind';

// Pagefind ships ready-made UIs; the site has its own (src/theme/SearchBar), so they are removed
// rather than published.
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * @param {{outDir: string, locales: string[], log?: (line: string) => void}} options
 * @returns {Promise<{pageCount: number, languages: Record<string, number>}>}
 */
export async function buildSearchIndex({outDir, locales, log = console.log}) {
  const outputPath = path.join(outDir, 'pagefind');
  await fs.rm(outputPath, {recursive: true, force: true});
  try {
    // Buttons and dialogs inside articles are controls (a screenshot's zoom button and its
    // enlarged copy), and heading hash links are a zero-width space: not text to search.
    const {index, errors} = await pagefind.createIndex({excludeSelectors: ['button', 'dialog', '.hash-link']});
    if (!index) {
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    const added = await index.addDirectory({path: outDir});
    if (added.errors.length > 0) {
      throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({outputPath});
    if (written.errors.length > 0) {
      throw new Error(`Pagefind failed to write ${outputPath}: ${written.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((f) => fs.rm(path.join(outputPath, f), {force: true})));

  const entry = JSON.parse(await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
  );
  const missing = locales.filter((locale) => !(languages[locale] > 0));
  if (missing.length > 0) {
    throw new Error(
      `Search index has no pages for ${missing.join(', ')} (indexed: ${JSON.stringify(languages)}). ` +
        'Doc pages must render data-pagefind-body (src/theme/DocItem/Content) and <html lang>.',
    );
  }
  const pageCount = Object.values(languages).reduce((a, b) => a + b, 0);
  log(`[search] Pagefind indexed ${pageCount} pages: ${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  return {pageCount, languages};
}

// `node scripts/postbuild/search-index.mjs [outDir]` re-indexes an existing build.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'build');
  const locales = process.env.SEARCH_LOCALES?.split(',') ?? ['ko', 'en'];
  buildSearchIndex({outDir, locales}).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
