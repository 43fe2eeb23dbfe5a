// Post-build step: every client-redirect page runs one and the same inline script.
//
// @docusaurus/plugin-client-redirects writes a page for each old address, whose inline script
// names its target, so each needs a hash of its own in the Content-Security-Policy that every HTML
// response carries. An import names one old address for each file whose name was not a page name
// (`some_page.md`): at 1,000 imported pages that was 400 hashes, a 22 KB header on every page,
// which nginx refused to load ("too long parameter") and static hosts cap. Here each such page
// reads its target from its own canonical link instead, so they share one hash however many
// there are. nginx and hosts that read _redirects answer these addresses with a 301 first; the
// page is for hosts that serve files as they are.
import {readFile, writeFile} from 'node:fs/promises';
import {forEachLimit, listFiles} from './files';
import {inspectHtml} from './security-headers';

/** Keeps the query and the section the old link asked for; leaves the old address out of history. */
export const REDIRECT_SCRIPT =
  'location.replace(document.querySelector(\'link[rel="canonical"]\').getAttribute("href")' +
  '+location.search+location.hash)';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page for an old address: a meta refresh for readers without scripts, the script for the rest. */
export function redirectPage(target: string): string {
  const url = escapeAttribute(target);
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="refresh" content="0; url=${url}">`,
    `<link rel="canonical" href="${url}">`,
    `<script>${REDIRECT_SCRIPT}</script>`,
    '</head>',
    '</html>',
    '',
  ].join('\n');
}

export default async function run(buildDir: string): Promise<void> {
  let rewritten = 0;
  const pages = (await listFiles(buildDir)).filter((f) => f.endsWith('.html'));
  await forEachLimit(pages, 4, async (file) => {
    const html = await readFile(file, 'utf8');
    const {redirectTo} = inspectHtml(html);
    if (redirectTo === undefined) return;
    const page = redirectPage(redirectTo);
    if (page !== html) await writeFile(file, page);
    rewritten += 1;
  });
  // docusaurus.config.ts always names old addresses: none found means the plugin now writes its
  // pages another way, and each would bring its own hash back.
  if (rewritten === 0) {
    throw new Error(
      `redirect-pages: no client-redirect page (a meta refresh to the page) under ${buildDir}; ` +
        'has @docusaurus/plugin-client-redirects changed how it writes them?',
    );
  }
  console.log(`[redirect-pages] ${rewritten} old addresses share one script`);
}
