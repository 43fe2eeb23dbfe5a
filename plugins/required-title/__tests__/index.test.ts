import path from 'node:path';
import type {DefaultParseFrontMatter} from '@docusaurus/types';
import {withRequiredTitle} from '..';

const siteDir = '/site';
// What Docusaurus's own parser would return for each file's front matter.
const parsed: Record<string, Record<string, unknown>> = {
  'docs/partner-center/with-title.mdx': {title: '브라우저 캐시 지우기'},
  'docs/partner-center/no-title.mdx': {description: '제목이 없습니다.'},
  'i18n/en/docusaurus-plugin-content-docs/current/partner-center/blank-title.mdx': {title: '  '},
  'src/pages/about.mdx': {},
};
const parse: DefaultParseFrontMatter = async ({filePath}) => ({
  frontMatter: parsed[path.relative(siteDir, filePath)]!,
  content: '',
});
const check = (file: string) =>
  withRequiredTitle(
    siteDir,
    parse,
  )({
    filePath: path.join(siteDir, file),
    fileContent: '',
    defaultParseFrontMatter: parse,
  });

test('a page with a title passes, as parsed', async () => {
  await expect(check('docs/partner-center/with-title.mdx')).resolves.toEqual({
    frontMatter: {title: '브라우저 캐시 지우기'},
    content: '',
  });
});

test('a docs page without a title, in either language, fails naming the file and the fix', async () => {
  await expect(check('docs/partner-center/no-title.mdx')).rejects.toThrow(
    'docs/partner-center/no-title.mdx: the front matter has no title, so the page would be published under its file name. Fix: add a line "title: …"',
  );
  await expect(
    check('i18n/en/docusaurus-plugin-content-docs/current/partner-center/blank-title.mdx'),
  ).rejects.toThrow(/blank-title\.mdx: the front matter has no title/);
});

test('pages outside the docs are left to Docusaurus', async () => {
  await expect(check('src/pages/about.mdx')).resolves.toEqual({frontMatter: {}, content: ''});
});
