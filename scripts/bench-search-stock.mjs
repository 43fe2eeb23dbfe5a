/**
 * The stock site for `npm run bench:search`: the same pages built by stock Docusaurus with the
 * offline-search plugin most Docusaurus sites use, @easyops-cn/docusaurus-search-local (lunr,
 * its index fetched when the reader points at or focuses the search box). It is built in a
 * temporary directory from a copy of this site without its own search (src/theme/SearchBar) and
 * without the post-build steps, and removed afterwards; nothing of it is committed.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const COPIED = [
  'docs',
  'i18n',
  'static',
  'src',
  'plugins',
  'sidebars.ts',
  'docusaurus.config.ts',
  'package.json',
  'tsconfig.json',
];

/** The plugin as its README sets it up for a Korean and English site whose docs are at the root. */
const STOCK_THEME = `
config.themes = [
  ...(config.themes ?? []),
  [
    '@easyops-cn/docusaurus-search-local',
    {hashed: true, language: ['ko', 'en'], indexBlog: false, indexPages: false, docsRouteBasePath: '/'},
  ],
];
`;

/** Builds the stock site and returns its directory (the build is in <dir>/build). */
export function buildStockSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stock-search-'));
  for (const entry of COPIED) {
    fs.cpSync(path.join(root, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  fs.rmSync(path.join(dir, 'src', 'theme', 'SearchBar'), {recursive: true});
  const configFile = path.join(dir, 'docusaurus.config.ts');
  const configText = fs.readFileSync(configFile, 'utf8');
  if (!configText.includes('export default config;')) {
    throw new Error(
      'docusaurus.config.ts no longer ends with "export default config;": update bench-search-stock.mjs',
    );
  }
  fs.writeFileSync(
    configFile,
    configText.replace('export default config;', `${STOCK_THEME}\nexport default config;`),
  );
  // Docusaurus reads each page's last update from Git.
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\nbuild\n.docusaurus\n');
  const git = (...args) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'stock site');
  execFileSync(path.join(root, 'node_modules', '.bin', 'docusaurus'), ['build', dir], {
    cwd: dir,
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
  });
  return dir;
}
