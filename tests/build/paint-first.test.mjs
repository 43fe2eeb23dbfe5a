// The post-build step that starts Docusaurus's bundles after the first paint.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import {loaderScript, paintFirst} from '../../scripts/postbuild/paint-first.mjs';

const PAGE =
  '<!doctype html><html lang=ko><head><link rel=stylesheet href=/assets/css/styles.1.css>' +
  '<script src=/assets/js/runtime~main.2.js defer></script>' +
  '<script src=/assets/js/main.3.js defer></script></head>' +
  '<body><div id=__docusaurus><p>본문</p></div></body></html>';

test('the bundles are preloaded where they were and started by one loader at the end of <body>', () => {
  const html = paintFirst(PAGE);
  assert.doesNotMatch(html, /<script src=/);
  // Fetched early but behind the stylesheet, which is what the first paint needs.
  assert.ok(
    html.includes(
      '<link rel=stylesheet href=/assets/css/styles.1.css>' +
        '<link rel=preload as=script href=/assets/js/runtime~main.2.js fetchpriority=low>' +
        '<link rel=preload as=script href=/assets/js/main.3.js fetchpriority=low></head>',
    ),
    html,
  );
  assert.ok(html.endsWith(`<script>${loaderScript(['/assets/js/runtime~main.2.js', '/assets/js/main.3.js'])}</script></body></html>`));
});

test('quoted markup is handled too, and pages without deferred scripts are left as they are', () => {
  const quoted = PAGE.replace('<script src=/assets/js/main.3.js defer>', '<script src="/assets/js/main.3.js" defer="">');
  assert.match(paintFirst(quoted), /href=\/assets\/js\/main\.3\.js fetchpriority=low>/);
  const redirect = '<html><head><meta http-equiv="refresh" content="0; url=/x"></head><script>location.href="/x"</script></html>';
  assert.equal(paintFirst(redirect), redirect);
});

/** Runs the loader against a fake document; returns what it appended and its pending callbacks. */
function runLoader({hidden}) {
  const appended = [];
  const timers = [];
  const frames = [];
  const context = {
    document: {
      hidden,
      createElement: () => ({}),
      head: {appendChild: (element) => appended.push({src: element.src, async: element.async})},
    },
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms = 0) => timers.push({callback, ms}),
  };
  vm.runInNewContext(loaderScript(['/a.js', '/b.js']), context);
  return {appended, timers, frames};
}

const IN_ORDER = [
  {src: '/a.js', async: false},
  {src: '/b.js', async: false},
];

test('the loader runs the scripts once, in order, not async, after the first frame', () => {
  const {appended, timers, frames} = runLoader({hidden: false});
  assert.deepEqual(appended, [], 'nothing before the first frame');
  assert.ok(timers.every((t) => t.ms >= 1000), 'no early fallback that could beat the first paint');
  frames[0]();
  timers.find((t) => t.ms === 0).callback();
  assert.deepEqual(appended, IN_ORDER);
  timers.find((t) => t.ms > 0).callback();
  assert.equal(appended.length, 2, 'the safety net does not load them twice');
});

test('in a background tab, which paints nothing, the loader starts the scripts at once', () => {
  assert.deepEqual(runLoader({hidden: true}).appended, IN_ORDER);
});
