// Lighthouse CI before publishing: `npm run build && npx lhci autorun`.
// It serves build/ through nginx (as in production), runs Lighthouse (mobile) on every page of
// both sitemaps and fails on any budget below — the same budgets `npm run bench` prints.
// LHCI_PORT picks the port (default 4111).
// lhci loads its configuration with require(), so this file is CommonJS.
/* eslint-disable @typescript-eslint/no-require-imports */
const {chromiumPath, chromiumFlags} = require('./scripts/chromium.cjs');
const fs = require('node:fs');
const path = require('node:path');

const port = Number(process.env.LHCI_PORT ?? 4111);
const origin = `http://127.0.0.1:${port}`;

/** Every page of both sitemaps of the build, on the local server. */
function sitemapUrls() {
  return ['build/sitemap.xml', 'build/en/sitemap.xml'].flatMap((file) => {
    const full = path.join(__dirname, file);
    if (!fs.existsSync(full)) {
      throw new Error(`${file} is missing: run "npm run build" before "npx lhci autorun".`);
    }
    return [...fs.readFileSync(full, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => origin + new URL(match[1]).pathname,
    );
  });
}

module.exports = {
  ci: {
    collect: {
      startServerCommand: `PORT=${port} HOST=127.0.0.1 node scripts/serve-nginx.mjs`,
      startServerReadyPattern: 'nginx serving',
      url: sitemapUrls(),
      numberOfRuns: 1,
      chromePath: chromiumPath,
      settings: {
        chromeFlags: ['--headless=new', ...chromiumFlags].join(' '),
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
    },
    assert: {
      assertMatrix: [
        {
          matchingUrlPattern: '.*',
          assertions: {
            'categories:performance': ['error', {minScore: 0.99}],
            'categories:accessibility': ['error', {minScore: 1}],
            'categories:best-practices': ['error', {minScore: 1}],
            'categories:seo': ['error', {minScore: 1}],
            'largest-contentful-paint': ['error', {maxNumericValue: 1500}],
            'total-blocking-time': ['error', {maxNumericValue: 100}],
            // "CLS 0" as Lighthouse displays it: below 0.0005 it shows 0.000.
            'cumulative-layout-shift': ['error', {maxNumericValue: 0.0005}],
          },
        },
        {
          // First load of the source page: 180 KB (decimal) transferred, compressed.
          matchingUrlPattern: '/partner-center/unable-to-sign-in$',
          assertions: {
            'total-byte-weight': ['error', {maxNumericValue: 180000}],
          },
        },
      ],
    },
    upload: {
      target: 'filesystem',
      outputDir: '.lighthouseci/reports',
    },
  },
};
