import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import englishOriginalPlugin from '..';

// The bundler's persistent cache knows only the Korean file of a page, yet the page embeds its
// English twin: the plugin must make every English page a build dependency of the cache, in the
// shapes Docusaurus gives the cache (see tests/build/docusaurus-internals.test.ts).
let siteDir: string;
let plugin: Plugin;
const english = () =>
  path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/section/page.mdx');

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'english-original-cache-'));
  for (const file of ['docs/section/page.mdx', english()]) {
    const target = path.isAbsolute(file) ? file : path.join(siteDir, file);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, '---\ntitle: Page\n---\n\nText.\n');
  }
  plugin = englishOriginalPlugin({
    siteDir,
    i18n: {currentLocale: 'ko', defaultLocale: 'ko'},
  } as LoadContext);
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

const configure = (config: object) =>
  // Only the config is read; the other arguments are Docusaurus's utilities.
  (plugin.configureWebpack as (...args: unknown[]) => unknown)(config, false, {}, {});

test('Rspack persistent cache (experiments.cache): the English pages are build dependencies', () => {
  const config = {experiments: {cache: {type: 'persistent', buildDependencies: ['config.ts']}}};
  configure(config);
  expect(config.experiments.cache.buildDependencies).toEqual(['config.ts', english()]);
});

test('webpack filesystem cache (cache.buildDependencies): the English pages get their own entry', () => {
  const config = {cache: {type: 'filesystem', buildDependencies: {config: ['config.ts']}}};
  configure(config);
  expect(config.cache.buildDependencies).toEqual({
    config: ['config.ts'],
    englishOriginals: [english()],
  });
});

test('no persistent cache: nothing to add, nothing added', () => {
  const config = {cache: true};
  configure(config);
  expect(config).toEqual({cache: true});
});
