// The post-build step that gives every client-redirect page the same inline script.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import rewriteRedirectPages, {REDIRECT_SCRIPT} from '../redirect-pages';
import {collect, inspectHtml, sha256} from '../security-headers';
import {buildDir} from './buildDir';

const THEME_SCRIPT = '!function(){document.documentElement.setAttribute("data-theme","dark")}()';
const PAGE = `<!doctype html><html lang="en"><head></head><body><script>${THEME_SCRIPT}</script>
<div id="__docusaurus"></div></body></html>`;

/** A page as @docusaurus/plugin-client-redirects writes it: its script names its own target. */
function pluginRedirect(target: string): string {
  return `<!DOCTYPE html>
<html>
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="refresh" content="0; url=${target}">
    <link rel="canonical" href="${target}" />
  </head>
  <script>
    window.location.href = '${target}' + window.location.search + window.location.hash;
  </script>
</html>`;
}

test('old addresses share one script hash, each still leading to its own page', async () => {
  const dir = buildDir('redirect-pages', {
    'partner-center/unable-to-sign-in.html': PAGE,
    'partner-center/old_name_one/index.html': pluginRedirect('/partner-center/old-name-one'),
    'partner-center/old_name_two/index.html': pluginRedirect('/partner-center/old-name-two'),
    'en/partner-center/old_name_two/index.html': pluginRedirect('/en/partner-center/old-name-two'),
  });
  try {
    assert.equal((await collect(dir)).hashes.length, 4, 'before: one hash for each old address');
    await rewriteRedirectPages(dir);
    const found = await collect(dir);
    assert.deepEqual(found.hashes, [sha256(THEME_SCRIPT), sha256(REDIRECT_SCRIPT)].sort());
    assert.deepEqual(found.redirects, [
      {from: '/en/partner-center/old_name_two', to: '/en/partner-center/old-name-two'},
      {from: '/partner-center/old_name_one', to: '/partner-center/old-name-one'},
      {from: '/partner-center/old_name_two', to: '/partner-center/old-name-two'},
    ]);
    const page = fs.readFileSync(path.join(dir, 'partner-center/old_name_one/index.html'), 'utf8');
    assert.match(page, /<link rel="canonical" href="\/partner-center\/old-name-one">/);
    assert.deepEqual(inspectHtml(page).inlineScripts, [REDIRECT_SCRIPT]);
    const untouched = fs.readFileSync(path.join(dir, 'partner-center/unable-to-sign-in.html'));
    assert.equal(untouched.toString(), PAGE, 'a page that is not a redirect is left as it was');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a target is written into the page as text, never as markup', async () => {
  const escaped = '/new?a=1&amp;b=&quot;2&quot;&lt;/script&gt;';
  const dir = buildDir('redirect-pages', {
    'old/index.html': `<meta http-equiv="refresh" content="0; url=${escaped}"><script></script>`,
  });
  try {
    await rewriteRedirectPages(dir);
    const page = fs.readFileSync(path.join(dir, 'old/index.html'), 'utf8');
    assert.equal(inspectHtml(page).redirectTo, '/new?a=1&b="2"</script>');
    assert.deepEqual(inspectHtml(page).inlineScripts, [REDIRECT_SCRIPT]);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a build without a client-redirect page fails, naming the plugin', async () => {
  const dir = buildDir('redirect-pages', {'index.html': PAGE});
  try {
    await assert.rejects(
      rewriteRedirectPages(dir),
      /no client-redirect page.*plugin-client-redirects/s,
    );
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
