import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import translationCheck, {findMissingTranslations} from '..';

function site(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-check-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), '# page\n');
  }
  return dir;
}

const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

test('pages present in both locales pass', () => {
  const dir = site(['docs/a/one.mdx', `${EN}/a/one.mdx`, 'docs/_partial.mdx']);
  assert.deepEqual(findMissingTranslations(dir, ['ko', 'en']), []);
});

test('a Korean page without its English twin names the file to add', () => {
  const dir = site(['docs/a/one.mdx', 'docs/a/two.md', `${EN}/a/one.mdx`]);
  assert.deepEqual(findMissingTranslations(dir, ['ko', 'en']), [
    `docs/a/two.md has no en translation. Fix: add ${EN}/a/two.md.`,
  ]);
});

test('an English page without its Korean original is reported too', () => {
  const dir = site(['docs/a/one.mdx', `${EN}/a/one.mdx`, `${EN}/a/orphan.mdx`]);
  assert.deepEqual(findMissingTranslations(dir, ['ko', 'en']), [
    `${EN}/a/orphan.mdx has no ko page. Fix: add docs/a/orphan.mdx, or delete the translation.`,
  ]);
});

test('the plugin fails the build with every missing page and its fix', async () => {
  const dir = site(['docs/a/one.mdx', 'docs/a/two.mdx', `${EN}/a/one.mdx`]);
  const plugin = translationCheck({siteDir: dir, i18n: {locales: ['ko', 'en']}} as LoadContext);
  await assert.rejects(
    async () => plugin.loadContent!(),
    /Every page must exist in every locale:\n- docs\/a\/two\.mdx has no en translation/,
  );
});
