// The post-build step that starts Docusaurus's bundles after the first paint.
import assert from 'node:assert/strict';
import vm from 'node:vm';
import {loaderScript, paintFirst} from '../paint-first';

const PAGE =
  '<!doctype html><html lang=ko><head><link rel=stylesheet href=/assets/css/styles.1.css>' +
  '<script src=/assets/js/runtime~main.2.js defer></script>' +
  '<script src=/assets/js/main.3.js defer></script></head>' +
  '<body><div id=__docusaurus><p>본문</p></div></body></html>';

test('the bundles leave <head> and are started by one loader at the end of <body>', () => {
  const html = paintFirst(PAGE);
  assert.doesNotMatch(html, /<script src=|rel=preload/);
  assert.ok(html.includes('<link rel=stylesheet href=/assets/css/styles.1.css></head>'), html);
  assert.ok(
    html.endsWith(
      `<script>${loaderScript(['/assets/js/runtime~main.2.js', '/assets/js/main.3.js'])}</script></body></html>`,
    ),
  );
});

test('quoted markup is handled too, and pages without deferred scripts are left as they are', () => {
  const quoted = PAGE.replace(
    '<script src=/assets/js/main.3.js defer>',
    '<script src="/assets/js/main.3.js" defer="">',
  );
  assert.match(
    paintFirst(quoted),
    /\["\/assets\/js\/runtime~main\.2\.js","\/assets\/js\/main\.3\.js"\]/,
  );
  const redirect =
    '<html><head><meta http-equiv="refresh" content="0; url=/x"></head><script>location.href="/x"</script></html>';
  assert.equal(paintFirst(redirect), redirect);
});

/** Runs the loader against a fake browser; returns what it appended and its pending callbacks. */
type Callback = () => void;

function runLoader({hidden = false, paintTiming = true} = {}) {
  const appended: {src: string; async: boolean}[] = [];
  const timers: {callback: Callback; ms: number}[] = [];
  const frames: Callback[] = [];
  const observers: {callback: Callback; options: object}[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    callback: Callback;
    constructor(callback: Callback) {
      this.callback = callback;
    }
    observe(options: object) {
      observers.push({callback: this.callback, options});
    }
  }
  const context = {
    document: {
      hidden,
      createElement: () => ({}),
      head: {
        appendChild: (element: {src: string; async: boolean}) =>
          appended.push({src: element.src, async: element.async}),
      },
    },
    requestAnimationFrame: (callback: Callback) => frames.push(callback),
    setTimeout: (callback: Callback, ms = 0) => timers.push({callback, ms}),
  };
  vm.runInNewContext(loaderScript(['/a.js', '/b.js']), {...context, window: {PerformanceObserver}});
  return {appended, timers, frames, observers};
}

const IN_ORDER = [
  {src: '/a.js', async: false},
  {src: '/b.js', async: false},
];

test('the loader runs the scripts once, in order, not async, after the first paint is reported', () => {
  const {appended, timers, observers, frames} = runLoader();
  assert.deepEqual(appended, [], 'nothing before the first paint');
  assert.equal(frames.length, 0, 'paint timing is used where the browser has it');
  assert.ok(
    timers.every((t) => t.ms >= 1000),
    'no early fallback that could beat the first paint',
  );
  assert.deepEqual({...observers[0].options}, {type: 'paint', buffered: true});
  observers[0].callback();
  timers.find((t) => t.ms === 0)!.callback();
  assert.deepEqual(appended, IN_ORDER);
  timers.find((t) => t.ms > 0)!.callback();
  assert.equal(appended.length, 2, 'the safety net does not load them twice');
});

test('without paint timing, it waits two animation frames', () => {
  const {appended, timers, frames} = runLoader({paintTiming: false});
  frames.shift()!();
  assert.deepEqual(appended, []);
  frames.shift()!();
  timers.find((t) => t.ms === 0)!.callback();
  assert.deepEqual(appended, IN_ORDER);
});

test('in a background tab, which paints nothing, the loader starts the scripts at once', () => {
  assert.deepEqual(runLoader({hidden: true}).appended, IN_ORDER);
});
