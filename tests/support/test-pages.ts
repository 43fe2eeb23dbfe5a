/**
 * `npm run test:pages [-- <build>]`: the page-level check (tests/e2e/pages.spec.ts) on any built
 * site, e.g. a copy of the site with a set of pages imported, before it lands. Serves <build>
 * (default build/) through nginx with deploy/nginx.conf on E2E_PORT, takes the pages from that
 * build's sitemaps (failing if they list none) and each page's source from the build's parent
 * folder when it holds docs/ (or PAGES_SITE_DIR), and ends with the number of pages checked.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pagesChecked, pagesCheckedLine} from './pagesReport';
import {pagesSiteDir} from './pagesTarget';
import {sitemapPaths} from './sitemap';

const root = path.resolve(__dirname, '../..');
const buildDir = path.resolve(process.argv[2] ?? path.join(root, 'build'));
// Throws, naming the file, when a sitemap is missing or lists no page.
const pages = sitemapPaths(buildDir);
const siteDir = pagesSiteDir(buildDir);
console.log(`Checking ${pages.length} pages of ${buildDir} (sources in ${siteDir})`);

const report = path.join(root, 'test-results', 'pages.json');
fs.rmSync(report, {force: true});
const child = spawnSync('npx', ['playwright', 'test', 'tests/e2e/pages.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PAGES_BUILD_DIR: buildDir,
    PAGES_SITE_DIR: siteDir,
    E2E_JSON: report,
  },
});
const checked = pagesChecked(report);
console.log(pagesCheckedLine(checked));
process.exitCode = child.status === 0 && checked && checked.passed > 0 ? 0 : 1;
