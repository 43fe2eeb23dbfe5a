// Post-build step: let the page paint before React hydrates it.
//
// Docusaurus loads its bundles with <script defer> in <head>. When they arrive quickly (a warm
// cache, a fast network) they run as soon as the HTML is parsed, and hydration — the longest task
// of the page load — runs before the browser has painted anything, so the text a reader came for
// waits for JavaScript it does not need. This step takes the scripts out of <head> and starts
// them, in the same order, from a small inline loader after the first frame.
//
// They are deliberately not preloaded: a preload, even at low priority, puts the bundles on the
// wire beside the stylesheet the first paint needs, and Lighthouse's simulation counts that
// download against LCP (`npm run bench` shows the difference).
// The cost is that on a slow connection hydration (search, the English-original toggle, the
// screenshot zoom) starts about one download later, after the text is on screen; everything a
// reader needs first (text, steps, screenshots, links, the language switch) works before that, and
// a press of the search button or text typed into the home page's box is kept and answered once
// the page has hydrated (src/components/Search/earlyOpen.ts).
// Without JavaScript nothing changes: the HTML is the page.
//
// The loader is an inline script: run this step before security-headers, which hashes it.
//
// How Docusaurus writes its bundles into the page (<script src defer> in <head>) is its own
// business, not an API: the step fails the build when it finds no such script anywhere.
import {readFile, writeFile} from 'node:fs/promises';
import {forEachLimit, listFiles} from './files';
import {scanHtml} from './html';

/**
 * The loader: once the browser reports the first contentful paint (a PerformanceObserver on
 * "paint" entries; two animation frames where that is not supported), append the scripts with
 * async=false so they run in document order, as defer scripts do. requestAnimationFrame alone is
 * too early: the frame it precedes is presented later, and measured FCP came after the scripts.
 * A page opened in a background tab paints nothing, so it loads them at once; 3 s is a safety
 * net should no paint be reported. (A short one would fire before the first paint on a busy
 * phone and undo the point.)
 */
export function loaderScript(sources: string[]): string {
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
 * client-redirect pages). The document is read with an HTML tokenizer (./html, as the other steps
 * read it), and only the script tags it finds are cut out of the text, so every other byte stays.
 */
export function paintFirst(html: string): string {
  const cuts: {start: number; end: number; src: string}[] = [];
  let open: {start: number; src: string} | undefined;
  let bodyEnd: number | undefined;
  scanHtml(html, {
    open({name, attributes, start}) {
      if (name === 'script' && attributes.src !== undefined && attributes.defer !== undefined) {
        open = {start, src: attributes.src};
      }
    },
    close({name, end, implied}) {
      if (name === 'script' && open) {
        cuts.push({...open, end});
        open = undefined;
      }
      if (name === 'body' && !implied) bodyEnd = end;
    },
  });
  if (cuts.length === 0) return html;
  if (bodyEnd === undefined || html.slice(bodyEnd - 7, bodyEnd).toLowerCase() !== '</body>') {
    throw new Error('paint-first: a page with deferred scripts has no </body>');
  }
  const loader = `<script>${loaderScript(cuts.map((cut) => cut.src))}</script>`;
  let result = '';
  let at = 0;
  for (const cut of cuts) {
    result += html.slice(at, cut.start);
    at = cut.end;
  }
  return result + html.slice(at, bodyEnd - 7) + loader + html.slice(bodyEnd - 7);
}

export default async function run(buildDir: string): Promise<void> {
  let changed = 0;
  let done = 0;
  const pages = (await listFiles(buildDir)).filter((f) => f.endsWith('.html'));
  // A few files at a time: reading and writing one overlaps parsing another.
  await forEachLimit(pages, 4, async (file) => {
    const html = await readFile(file, 'utf8');
    const result = paintFirst(html);
    if (result !== html) {
      await writeFile(file, result);
      changed += 1;
    } else if (html.includes('e.async=!1')) {
      done += 1; // already rewritten by an earlier run
    }
  });
  if (changed + done === 0) {
    throw new Error(`paint-first: no page with deferred scripts under ${buildDir}`);
  }
  console.log(`[paint-first] ${changed} pages load their scripts after the first paint`);
}
