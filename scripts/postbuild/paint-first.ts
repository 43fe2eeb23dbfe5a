// Post-build step: let the page paint before React hydrates it.
//
// Docusaurus loads its bundles with <script defer> in <head>. When they arrive quickly (a warm
// cache, a fast network) they run as soon as the HTML is parsed, and hydration — the longest task
// of the page load — runs before the browser has painted anything, so the text a reader came for
// waits for JavaScript it does not need. This step takes the scripts out of <head> and starts
// them, in the same order, from a small inline loader after the first frame.
//
// They are deliberately not preloaded: a preload, even at low priority, puts ~100 KB on the wire
// beside the stylesheet the first paint needs, and Lighthouse's simulation counts that download
// against LCP (1.7 s instead of 1.0 s, measured with <link rel=preload fetchpriority=low>).
// The cost is that on a slow connection hydration (search, the English-original toggle, the
// screenshot zoom) starts about one download later, after the text is on screen; everything a
// reader needs first (text, steps, screenshots, links, the language switch) works before that.
// Without JavaScript nothing changes: the HTML is the page.
//
// The loader is an inline script: run this step before security-headers, which hashes it.
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// Minified (<script src=/x.js defer>) or not (<script src="/x.js" defer="">).
const DEFER_SCRIPT = /<script src=(["']?)([^"' >]+)\1 defer(?:=["']{2})?><\/script>/g;

/**
 * The loader: once the browser reports the first contentful paint (a PerformanceObserver on
 * "paint" entries; two animation frames where that is not supported), append the scripts with
 * async=false so they run in document order, as defer scripts do. requestAnimationFrame alone is
 * too early: the frame it precedes is presented later, and measured FCP came after the scripts.
 * A page opened in a background tab paints nothing, so it loads them at once; 3 s is a safety
 * net should no paint be reported. (A short one would fire before the first paint on a busy
 * phone and undo the point.)
 * @param {string[]} sources
 */
export function loaderScript(sources) {
  return (
    '!function(){var d=0;function l(){if(d)return;d=1;' +
    `${JSON.stringify(sources)}.forEach(function(s){var e=document.createElement("script");` +
    'e.src=s;e.async=!1;document.head.appendChild(e)})}' +
    'if(document.hidden)return l();setTimeout(l,3e3);' +
    'var P=window.PerformanceObserver;' +
    'if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)' +
    'new P(function(){setTimeout(l)}).observe({type:"paint",buffered:!0});' +
    'else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(l)})})}()'
  );
}

/**
 * Rewrites one HTML document; returns it unchanged when it has no deferred script (the
 * client-redirect pages).
 * @param {string} html
 */
export function paintFirst(html) {
  const sources = [];
  const withoutScripts = html.replace(DEFER_SCRIPT, (_tag, _quote, src) => {
    sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  if (!withoutScripts.includes('</body>')) {
    throw new Error('paint-first: a page with deferred scripts has no </body>');
  }
  return withoutScripts.replace('</body>', `<script>${loaderScript(sources)}</script></body>`);
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export default async function run(buildDir) {
  let changed = 0;
  let done = 0;
  for await (const file of htmlFiles(buildDir)) {
    const html = await readFile(file, 'utf8');
    const result = paintFirst(html);
    if (result !== html) {
      await writeFile(file, result);
      changed += 1;
    } else if (html.includes('e.async=!1')) {
      done += 1; // already rewritten by an earlier run
    }
  }
  if (changed + done === 0) {
    throw new Error(`paint-first: no page with deferred scripts under ${buildDir}`);
  }
  console.log(`[paint-first] ${changed} pages load their scripts after the first paint`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run(path.resolve(process.argv[2] ?? 'build'));
}
