// The post-build step that derives CSP hashes, cache rules and redirects from the built HTML.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {contentSecurityPolicy, inspectHtml, writeSecurityHeaders} from '../security-headers';
import {buildDir} from './buildDir';

const digest = (text: string) => createHash('sha256').update(text).digest('base64');

const THEME_SCRIPT = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const PAGE = `<!doctype html><html lang="ko"><head>
<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
<script src="/assets/js/main.1234abcd.js" defer></script>
</head><body><script>${THEME_SCRIPT}</script><div id="__docusaurus"></div></body></html>`;
const REDIRECT = `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="refresh" content="0; url=/partner-center/reset-my-password"></head>
<script>
    window.location.href = '/partner-center/reset-my-password' + window.location.search;
  </script></html>`;

test('hashes executable inline scripts exactly as written, and only those', () => {
  const {inlineScripts} = inspectHtml(PAGE);
  assert.deepEqual(inlineScripts, [THEME_SCRIPT]);
});

test('the policy allows the hashes and never unsafe-inline or unsafe-eval for scripts', () => {
  const csp = contentSecurityPolicy([digest('a')]);
  const scriptSrc = /script-src ([^;]+)/.exec(csp)![1];
  assert.match(scriptSrc, new RegExp(`'sha256-${digest('a').replace(/[+/=]/g, '\\$&')}'`));
  assert.doesNotMatch(scriptSrc, /unsafe-inline|'unsafe-eval'/);
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    assert.ok(csp.includes(directive), directive);
  }
});

test('writes _headers, _redirects and the nginx includes from a build', async () => {
  const dir = buildDir('security-headers', {
    'index.html': PAGE,
    'en/index.html': PAGE.replace('light', 'dark'),
    'partner-center/reset-my-pasword/index.html': REDIRECT,
    'pagefind/pagefind.ko_0123abcd.pf_meta': '',
    'pagefind/pagefind-entry.json': '{}',
  });
  const found = await writeSecurityHeaders(dir);
  assert.equal(found.hashes.length, 3);
  assert.ok(found.hashes.includes(digest(THEME_SCRIPT)));

  const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
  assert.match(
    headers,
    /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/m,
  );
  assert.match(headers, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(
    headers,
    /^\/pagefind\/pagefind\.ko_0123abcd\.pf_meta\n {2}Cache-Control: public, max-age=31536000, immutable$/m,
  );
  assert.doesNotMatch(headers, /pagefind-entry/);

  assert.equal(
    fs.readFileSync(path.join(dir, '_redirects'), 'utf8'),
    '/partner-center/reset-my-pasword /partner-center/reset-my-password 301\n',
  );
  // nginx: document headers only on HTML responses (via a map on the content type), nosniff on all.
  const nginxHeaders = fs.readFileSync(path.join(dir, '_nginx/security-headers.conf'), 'utf8');
  assert.match(
    nginxHeaders,
    /^map \$sent_http_content_type \$document_content_security_policy \{\n {2}~\^text\/html "default-src 'self'; script-src [^"]*'sha256-[^"]*";\n {2}default "";\n\}$/m,
  );
  assert.match(
    nginxHeaders,
    /^add_header Content-Security-Policy \$document_content_security_policy always;$/m,
  );
  assert.match(nginxHeaders, /^add_header X-Content-Type-Options "nosniff" always;$/m);
  assert.deepEqual(
    fs.readFileSync(path.join(dir, '_nginx/redirects.conf'), 'utf8').split('\n').slice(1, 3),
    [
      'location = /partner-center/reset-my-pasword { return 301 /partner-center/reset-my-password$is_args$args; }',
      'location = /partner-center/reset-my-pasword/ { return 301 /partner-center/reset-my-password$is_args$args; }',
    ],
  );
});

test('refuses a build with no inline script (an empty or broken build directory)', async () => {
  await assert.rejects(
    writeSecurityHeaders(buildDir('security-headers', {'index.html': '<p>hi</p>'})),
    /No inline script/,
  );
});
