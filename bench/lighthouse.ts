// `npm run bench`: how fast the site is, as a reader on a phone gets it. Not a test: it prints
// figures and budgets (✓/✗) and exits non-zero when a budget is missed.
//
// 1. builds both locales from a cold cache (`docusaurus clear` first; --warm keeps the caches,
//    --no-build measures the existing build/), timed,
// 2. serves build/ through nginx with deploy/nginx.conf (deploy/serve-nginx.ts),
// 3. runs Lighthouse 12 (mobile, simulated throttling) in Debian's Chromium on every page of
//    both sitemaps, and prints per page the four scores, LCP, TBT, CLS and transferred bytes,
// 4. prints the compressed first-load bytes of the source page, resource by resource.
// The budgets are bench/budgets.ts, shared with Lighthouse CI (lighthouserc.cjs).
//
// Options: --no-build, --warm, --pages=<regular expression> (only matching
// paths: --pages='^/(en/)?$' for the two home pages), --json=<file>.
// Environment: BENCH_PORT (default 4110), CHROMIUM_PATH (default /usr/bin/chromium), BUILD_DIR.
/* eslint-disable @typescript-eslint/no-explicit-any -- Lighthouse's result objects */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromiumPath} from '../tests/support/chromium';
import {sitemapPaths} from '../tests/support/sitemap';
import {BUDGETS, CHROME_FLAGS, SOURCE_PAGE} from './budgets';
import {startNginx, stopServer} from './servers';

const root = path.resolve(__dirname, '..');
const buildDir = path.resolve(process.env.BUILD_DIR ?? path.join(root, 'build'));
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const port = Number(process.env.BENCH_PORT ?? 4110);
const origin = `http://127.0.0.1:${port}`;

function build(): number {
  if (!args.includes('--warm')) {
    // Removes build/, .docusaurus/ and the bundler's cache in node_modules/.cache.
    spawnSync('npx', ['docusaurus', 'clear'], {cwd: root, stdio: 'ignore'});
  }
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('npm run build failed');
  }
  return seconds;
}

/** The figures we print, from one Lighthouse result. */
function figures(lhr: any) {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  const failing = (Object.values(lhr.audits) as any[])
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'manual' &&
        a.scoreDisplayMode !== 'notApplicable',
    )
    .filter((a) =>
      ['accessibility', 'best-practices', 'seo'].some((c) =>
        lhr.categories[c]?.auditRefs.some((ref: any) => ref.id === a.id && ref.weight > 0),
      ),
    )
    .map((a) => {
      const items = a.details?.items ?? [];
      const nodes = items
        .map(
          (item: any) => item.node?.selector ?? item.node?.snippet ?? item.source?.url ?? item.url,
        )
        .filter(Boolean)
        .slice(0, 3);
      return `${a.id}${nodes.length ? ` (${nodes.join(' | ')})` : ''}`;
    });
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    transferredBytes: numeric('total-byte-weight'),
    requests: requests.map((r: any) => ({
      url: r.url.replace(origin, ''),
      resourceType: r.resourceType,
      transferSize: r.transferSize,
      resourceSize: r.resourceSize,
    })),
    failing,
  };
}

type Figures = ReturnType<typeof figures>;

const pass = (ok: boolean) => (ok ? '✓' : '✗');
const pad = (value: unknown, width: number) => String(value).padStart(width);

function budgetChecks(f: Figures): Record<string, boolean> {
  return {
    performance: f.performance >= BUDGETS.performance,
    accessibility: f.accessibility >= BUDGETS.accessibility,
    'best-practices': f['best-practices'] >= BUDGETS['best-practices'],
    seo: f.seo >= BUDGETS.seo,
    lcpMs: f.lcpMs <= BUDGETS.lcpMs,
    tbtMs: f.tbtMs <= BUDGETS.tbtMs,
    // Lighthouse reports CLS to many decimals; a shift below 0.0005 does not show as 0.000.
    cls: Number(f.cls.toFixed(3)) <= BUDGETS.cls,
  };
}

async function main() {
  const buildSeconds = args.includes('--no-build') ? undefined : build();
  const only = option('pages');
  const pages = sitemapPaths(buildDir).filter((p) => !only || new RegExp(only).test(p));
  // Both ship only ES modules: imported, not required, from this CommonJS code.
  const {launch} = await import('chrome-launcher');
  const {default: lighthouse} = await import('lighthouse');
  const server = await startNginx(buildDir, port);
  const chrome = await launch({chromePath: chromiumPath, chromeFlags: CHROME_FLAGS});
  const results: ({page: string} & Figures)[] = [];
  try {
    // One unrecorded run first: a fresh Chromium builds its font caches (Hangul included) on
    // its first page, which delays that page's first paint and says nothing about the site.
    await lighthouse(`${origin}${pages[0]}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    for (const page of pages) {
      // Up to two retries: a trace can fail to record (NO_NAVSTART) without telling anything about
      // the page.
      let runnerResult: any;
      for (
        let attempt = 0;
        attempt < 3 && (!runnerResult || runnerResult.lhr.runtimeError);
        attempt++
      ) {
        runnerResult = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
      }
      const lhr = runnerResult.lhr;
      if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.message}`);
      results.push({page, ...figures(lhr)});
      process.stderr.write(`  measured ${page}\n`);
    }
  } finally {
    await chrome.kill();
    stopServer(server);
  }

  console.log(
    `\nLighthouse ${results.length ? '12 (mobile, simulated throttling)' : ''} — ${origin}`,
  );
  console.log(`${'page'.padEnd(44)} perf  a11y    bp   seo   LCP ms  TBT ms    CLS    bytes`);
  let allOk = true;
  for (const r of results) {
    const checks = budgetChecks(r);
    const ok = Object.values(checks).every(Boolean);
    allOk &&= ok;
    console.log(
      `${pass(ok)} ${r.page.padEnd(42)} ${pad(r.performance, 4)} ${pad(r.accessibility, 5)} ` +
        `${pad(r['best-practices'], 5)} ${pad(r.seo, 5)} ${pad(Math.round(r.lcpMs), 8)} ` +
        `${pad(Math.round(r.tbtMs), 7)} ${pad(r.cls.toFixed(3), 6)} ${pad(r.transferredBytes, 8)}`,
    );
    const missed = Object.entries(checks)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missed.length) console.log(`    misses: ${missed.join(', ')}`);
    for (const audit of r.failing) console.log(`    failing audit: ${audit}`);
  }

  const source = results.find((r) => r.page === SOURCE_PAGE);
  if (source) {
    const firstLoad = source.transferredBytes;
    const ok = firstLoad <= BUDGETS.firstLoadBytes;
    allOk &&= ok;
    console.log(`\nFirst load of ${SOURCE_PAGE} (compressed, as transferred):`);
    for (const r of [...source.requests].sort(
      (a: any, b: any) => b.transferSize - a.transferSize,
    )) {
      console.log(
        `  ${pad(r.transferSize, 7)} B  ${pad(r.resourceSize, 7)} B raw  ${r.resourceType.padEnd(10)} ${r.url}`,
      );
    }
    console.log(
      `${pass(ok)} total ${firstLoad} B = ${(firstLoad / 1000).toFixed(1)} KB (budget ${BUDGETS.firstLoadBytes / 1000} KB)`,
    );
  }
  if (buildSeconds !== undefined) {
    console.log(
      `\nBuild time (npm run build: both locales + post-build steps, ` +
        `${args.includes('--warm') ? 'warm caches' : 'cold, after docusaurus clear'}): ` +
        `${buildSeconds.toFixed(1)} s`,
    );
  }
  console.log(
    `\nBudgets: performance ≥ ${BUDGETS.performance}; accessibility, best practices, SEO ${BUDGETS.seo}; ` +
      `LCP ≤ ${BUDGETS.lcpMs} ms; TBT ≤ ${BUDGETS.tbtMs} ms; CLS ${BUDGETS.cls}; ` +
      `first load ≤ ${BUDGETS.firstLoadBytes / 1000} KB.`,
  );
  console.log(allOk ? 'All budgets met.' : 'Some budgets missed (✗ above).');
  const jsonFile = option('json');
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify({buildSeconds, results}, null, 2));
  process.exitCode = allOk ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
