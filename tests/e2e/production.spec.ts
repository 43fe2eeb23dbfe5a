// What nginx with deploy/nginx.conf sends: security headers, caching, compression, clean URLs and
// 404s, and that no page of either locale breaks the Content-Security-Policy.
import fs from 'node:fs';
import path from 'node:path';
import type {APIResponse} from '@playwright/test';
import {brotliModules, nginxBuildInfo} from '../../deploy/serve-nginx';
import {IMMUTABLE} from '../../scripts/postbuild/security-headers';
import {test, expect, gotoHydrated, LOCALES, localePath} from './fixtures';

/** Whether this nginx can do brotli, decided as deploy/serve-nginx.ts decides to load it. */
const brotli = brotliModules(nginxBuildInfo()) !== null;

/** The value of one CSP directive, e.g. "'self' 'sha256-…'". */
function directive(csp: string, name: string): string | undefined {
  return csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

function expectDocumentHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `CSP on ${response.url()}`).toBeTruthy();
  const scriptSrc = directive(csp, 'script-src') ?? directive(csp, 'default-src');
  expect(scriptSrc).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  expect(directive(csp, 'frame-ancestors')).toBe("'none'");
  expect(directive(csp, 'object-src')).toBe("'none'");
  expect(directive(csp, 'base-uri')).toBe("'self'");
  expect(directive(csp, 'form-action')).toBe("'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
}

/** A content-hashed script the page loads, e.g. /assets/js/main.1a2b3c4d.js. */
async function hashedScriptOf(html: string): Promise<string> {
  // In a src attribute, or in the list of scripts/postbuild/paint-first.ts's loader.
  const src = /[="']([^"' >=]*\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(html)?.[1];
  expect(src, 'the page loads main.<hash>.js').toBeTruthy();
  return src!;
}

test.describe('headers', () => {
  for (const locale of LOCALES) {
    test(`${locale}: pages and their 404 carry a strict CSP and the security headers`, async ({
      request,
    }) => {
      expectDocumentHeaders(
        await request.get(localePath(locale, '/partner-center/unable-to-sign-in')),
      );
      expectDocumentHeaders(await request.get(localePath(locale, '/')));
      expectDocumentHeaders(await request.get(localePath(locale, '/partner-center/no-such-page')));
    });
  }

  test('every response, assets included, is nosniff', async ({request}) => {
    const html = await (await request.get('/')).text();
    for (const url of [await hashedScriptOf(html), '/sitemap.xml', '/img/favicon.svg']) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    }
  });

  test('hashed assets are immutable for a year; HTML and unhashed files revalidate', async ({
    request,
  }) => {
    for (const locale of LOCALES) {
      const page = await request.get(localePath(locale, '/partner-center/unable-to-sign-in'));
      expect(page.headers()['cache-control']).toBe('no-cache');
      expect(page.headers()['etag'] ?? page.headers()['last-modified']).toBeTruthy();
      const script = await request.get(await hashedScriptOf(await page.text()));
      expect(script.headers()['cache-control']).toBe(IMMUTABLE);
      const css = /<link rel=["']?stylesheet["']? href=["']?([^"' >]+\.css)/.exec(
        await page.text(),
      )?.[1];
      expect((await request.get(css!)).headers()['cache-control']).toBe(IMMUTABLE);
    }
    for (const url of [
      '/sitemap.xml',
      '/en/sitemap.xml',
      '/img/favicon.svg',
      '/partner-center/no-such-page',
    ]) {
      expect((await request.get(url)).headers()['cache-control'], url).toBe('no-cache');
    }
  });

  test("Pagefind's hashed index files are immutable, its entry file and loader revalidate", async ({
    request,
  }) => {
    const dir = path.join('build', 'pagefind');
    test.skip(!fs.existsSync(dir), 'no Pagefind index in this build (search not built)');
    const files = fs
      .readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .map((f) => `/pagefind/${f.split(path.sep).join('/')}`);
    const hashed = files.filter((f) => /\/(fragment|index)\/|\.pf_meta$/.test(f));
    expect(hashed.length).toBeGreaterThan(0);
    for (const url of hashed.slice(0, 5)) {
      expect((await request.get(url)).headers()['cache-control'], url).toBe(IMMUTABLE);
    }
    for (const url of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect((await request.get(url)).headers()['cache-control'], url).toBe('no-cache');
    }
  });
});

test.describe('compression', () => {
  test(`HTML, scripts, styles, SVG and Pagefind's data are sent ${brotli ? 'with brotli, and' : ''} with gzip`, async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    // Pagefind's WebAssembly and index are stored decompressed, for the browser to decode (its
    // metadata too, but on a site this small it is under the 256 bytes worth compressing).
    const {preload} = (await (await request.get('/search/lexicon.json')).json()) as {
      preload: Record<string, string[]>;
    };
    const pagefindData = preload.ko!.filter((file) => /\.(pagefind|pf_index)$/.test(file));
    expect(pagefindData.map((file) => file.split('.').pop())).toEqual(
      expect.arrayContaining(['pagefind', 'pf_index']),
    );
    const urls = [
      '/partner-center/unable-to-sign-in',
      '/en/partner-center/unable-to-sign-in',
      await hashedScriptOf(html),
      /<link rel=["']?stylesheet["']? href=["']?([^"' >]+\.css)/.exec(html)![1],
      '/img/logo.svg',
      ...pagefindData.map((file) => `/pagefind/${file}`),
    ];
    for (const url of urls) {
      const gzip = await request.get(url, {headers: {'Accept-Encoding': 'gzip'}});
      expect(gzip.headers()['content-encoding'], `${url} with gzip`).toBe('gzip');
      expect(gzip.headers()['vary'], url).toMatch(/Accept-Encoding/i);
      if (brotli) {
        const br = await request.get(url, {headers: {'Accept-Encoding': 'br, gzip'}});
        expect(br.headers()['content-encoding'], `${url} with br`).toBe('br');
      }
      const plain = await request.get(url, {headers: {'Accept-Encoding': 'identity'}});
      expect(plain.headers()['content-encoding'], `${url} uncompressed`).toBeUndefined();
    }
  });
});

test.describe('addresses', () => {
  for (const locale of LOCALES) {
    test(`${locale}: unknown addresses get a 404 status and the ${locale} 404 page`, async ({
      request,
    }) => {
      for (const url of [
        localePath(locale, '/partner-center/no-such-page'),
        localePath(locale, '/assets/js/no-such.js'),
      ]) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(404);
        const html = await response.text();
        expect(html, url).toMatch(new RegExp(`<html[^>]* lang="?${locale}[" >]`));
        // The tab and a screen reader say what happened before any script runs.
        expect(html, url).toMatch(
          locale === 'ko'
            ? /<title[^>]*>페이지를 찾을 수 없습니다 \| /
            : /<title[^>]*>Page not found \| /,
        );
      }
    });

    test(`${locale}: a page's address with a slash at the end is a permanent redirect to the page`, async ({
      request,
    }) => {
      for (const path of ['/partner-center/mfa', '/partner-center']) {
        const response = await request.get(`${localePath(locale, path)}/?from=mail`, {
          maxRedirects: 0,
        });
        expect(response.status(), path).toBe(301);
        expect(response.headers()['location'], path).toBe(`${localePath(locale, path)}?from=mail`);
      }
      const missing = await request.get(localePath(locale, '/partner-center/no-such-page/'));
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toMatch(new RegExp(`<html[^>]* lang="?${locale}[" >]`));
    });

    test(`${locale}: the misspelt address is a permanent redirect to the right page`, async ({
      request,
    }) => {
      // With a slash at the end too, where the client-redirect page would answer 200.
      for (const end of ['', '/']) {
        const response = await request.get(
          `${localePath(locale, '/partner-center/reset-my-pasword')}${end}?from=old#x`,
          {maxRedirects: 0},
        );
        expect(response.status(), end).toBe(301);
        expect(response.headers()['location'], end).toBe(
          `${localePath(locale, '/partner-center/reset-my-password')}?from=old`,
        );
      }
    });
  }

  test('/en redirects to /en/, and build metadata is not served', async ({request}) => {
    const en = await request.get('/en', {maxRedirects: 0});
    expect(en.status()).toBe(301);
    expect(en.headers()['location']).toBe('/en/');
    for (const url of ['/_headers', '/_redirects', '/_nginx/security-headers.conf']) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});

// Every page is loaded and scrolled through with CSP violations watched in pages.spec.ts; that a
// violation fails a test is checked here, once.
test.describe('the Content-Security-Policy', () => {
  test('a violation on the page fails the check (the watch sees it)', async ({page, watch}) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 1;';
      document.body.append(script);
    });
    await expect.poll(() => watch.problems.join('\n')).toMatch(/CSP violation: script-src/);
    expect(await page.evaluate(() => (window as {__ran?: number}).__ran)).toBeUndefined();
    watch.problems = [];
  });

  for (const locale of LOCALES) {
    test(`${locale}: the client-redirect page's inline script runs under the CSP`, async ({
      page,
    }) => {
      // nginx answers the misspelt address with a 301; a host that serves files as they are
      // serves the page the build wrote for it, whose script (allowed by its hash, the one all
      // such pages share) keeps the query and the section, which a meta refresh would drop.
      await page.goto(
        localePath(
          locale,
          '/partner-center/reset-my-pasword/index.html?from=mail#before-you-begin',
        ),
      );
      await expect(page).toHaveURL(
        new RegExp(
          `${localePath(locale, '/partner-center/reset-my-password')}\\?from=mail#before-you-begin$`,
        ),
      );
    });
  }
});

// plugins/without-prism swaps a private module of Docusaurus's classic theme for an empty one; if
// an upgrade moves that module, Prism comes back into every page without a word.
test('a built page ships no Prism', async ({page}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await gotoHydrated(page, '/partner-center/reset-my-password');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((body) => /Prism\.languages|prism-react-renderer/.test(body))).toEqual([]);
});
