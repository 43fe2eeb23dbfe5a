// The component tests' featured pages (tests/jest/featured-pages.ko.json, what usePluginData
// returns there) are the site's: the list in docusaurus.config.ts, each page with its own Korean
// title, description and address, computed as plugins/featured-pages computes them at build time.
import fs from 'node:fs';
import path from 'node:path';
import config from '../../docusaurus.config';
import featuredPagesPlugin, {featuredPages, type Options} from '../../plugins/featured-pages';
import {readFrontMatter} from '../../lib/content';
import {SITE_DIR} from '../support/siteCopy';
import fixture from '../jest/featured-pages.ko.json';

test('the component tests feature the same pages as the site, with their own titles', () => {
  const entry = ((config.plugins ?? []) as unknown[]).find(
    (plugin) => Array.isArray(plugin) && plugin[0] === featuredPagesPlugin,
  ) as [unknown, Options] | undefined;
  expect(entry).toBeDefined();
  const ids = entry![1].pages;
  const docs = ids.map((id) => {
    const file = `docs/${id}.mdx`;
    const frontMatter = readFrontMatter(fs.readFileSync(path.join(SITE_DIR, file), 'utf8'), file);
    return {
      id,
      title: String(frontMatter.title),
      description: String(frontMatter.description),
      permalink: `/${id}`,
    };
  });
  expect(ids.length).toBeGreaterThan(0);
  // On failure: write the listed pages' titles and descriptions into the fixture, in this order.
  expect(fixture).toEqual(featuredPages(docs, ids));
});
