/**
 * Post-build step: index the production build with Pagefind, one index per language (Pagefind
 * splits by <html lang>), written to build/pagefind/. Only elements marked data-pagefind-body are
 * indexed (doc articles; see src/theme/DocItem/Content), so navbar, sidebar, TOC and footer stay out.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

// Pagefind ships ready-made UIs and a web worker; the site has its own UI (src/theme/SearchBar)
// and searches on the main thread (PAGEFIND_OPTIONS in src/search/engine.ts), so these are not
// published.
const UNUSED_BUNDLE_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The <html lang> of each locale's home page: the languages the index must cover. */
async function builtLanguages(buildDir) {
  const homes = [path.join(buildDir, 'index.html')];
  for (const entry of await fs.readdir(buildDir, {withFileTypes: true})) {
    if (entry.isDirectory()) {
      homes.push(path.join(buildDir, entry.name, 'index.html'));
    }
  }
  const languages = new Set();
  for (const home of homes) {
    const html = await fs.readFile(home, 'utf8').catch(() => '');
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (lang) {
      languages.add(lang.toLowerCase());
    }
  }
  return [...languages];
}

/**
 * Indexes `buildDir` into `buildDir/pagefind/`; fails when a language of the site has no pages in
 * the index (a doc page lost its data-pagefind-body, or its <html lang>).
 * @param {string} buildDir
 * @returns {Promise<Record<string, number>>} pages indexed per language
 */
export default async function buildSearchIndex(buildDir, {log = console.log} = {}) {
  const outputPath = path.join(buildDir, 'pagefind');
  await fs.rm(outputPath, {recursive: true, force: true});
  try {
    // Buttons and dialogs inside articles are controls (a screenshot's zoom button and its
    // enlarged copy), and heading hash links are a zero-width space: not text to search.
    const {index, errors} = await pagefind.createIndex({
      excludeSelectors: ['button', 'dialog', '.hash-link'],
    });
    if (!index) {
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    const added = await index.addDirectory({path: buildDir});
    if (added.errors.length > 0) {
      throw new Error(`Pagefind failed to index ${buildDir}: ${added.errors.join('; ')}`);
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
  const pages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
  );
  const missing = (await builtLanguages(buildDir)).filter((lang) => !(pages[lang] > 0));
  if (missing.length > 0) {
    throw new Error(
      `The search index has no pages in ${missing.join(', ')} (indexed: ${JSON.stringify(pages)}). ` +
        'Doc pages must render data-pagefind-body (src/theme/DocItem/Content) inside <html lang>.',
    );
  }
  log(
    `[search] indexed ${Object.entries(pages)
      .map(([lang, n]) => `${n} ${lang} pages`)
      .join(', ')}`,
  );
  return pages;
}
