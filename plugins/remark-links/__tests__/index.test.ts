import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkLinks, {pageAnchors} from '..';

// A throwaway site with two pages in each language, in our own words.
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remark-links-'));
const KO = 'docs/help';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/help';
const pages: Record<string, string> = {
  [`${KO}/first.mdx`]:
    '---\ntitle: 첫 문서\n---\n\n## 시작하기 {/* #getting-started */}\n\n본문입니다.\n',
  [`${KO}/second.mdx`]:
    '---\ntitle: 둘째 문서\n---\n\n## 설정 바꾸기 {/* #change-settings */}\n\n## 도움 받기 {/* #get-help */}\n',
  // Ids written the old way, which only Docusaurus's own pre-processing reads.
  [`${KO}/legacy.mdx`]: '---\ntitle: 옛 문서\n---\n\n## 옛 제목 {#old-id}\n',
  [`${EN}/first.mdx`]:
    '---\ntitle: First page\n---\n\n## Getting started {/* #getting-started */}\n',
  [`${EN}/second.mdx`]:
    '---\ntitle: Second page\n---\n\n## Change settings {/* #change-settings */}\n\n## Only in English {/* #english-only */}\n',
};
for (const [file, text] of Object.entries(pages)) {
  fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  fs.writeFileSync(path.join(siteDir, file), text);
}
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

/** Compiles `body` as the page `file` (front matter first, so lines count as in the file). */
function check(body: string, file = `${KO}/first.mdx`) {
  const value = `---\ntitle: 시험\n---\n\n## 시작하기 {/* #getting-started */}\n\n${body}\n`;
  return compile(
    {value, path: path.join(siteDir, file)},
    {remarkPlugins: [[remarkLinks, {siteDir}]]},
  );
}

async function failure(body: string, file?: string): Promise<string> {
  try {
    await check(body, file);
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error(`expected the links in ${JSON.stringify(body)} to be refused`);
}

test('sound links pass: the same page, another page by file or by address, other sites', async () => {
  await check(
    [
      '[위로](#getting-started)',
      '[설정](./second.mdx#change-settings) [도움](second.mdx#get-help) [문서](./second.mdx)',
      '[주소로](/help/second#get-help) [끝에 빗금](/help/second/)',
      '[외부](https://learn.microsoft.com/partner-center/#top) [메일](mailto:help@example.com)',
      // Left to Docusaurus: an address that is no doc file (a generated index, a page in src/pages).
      '[색인](/help/category/all#x) [검색](/search#q)',
    ].join('\n\n'),
  );
});

test('a link to a heading the page does not have fails, naming the file, line, id and the ids there are', async () => {
  const message = await failure('문단입니다.\n\n[위로](#getting-startd)');
  assert.match(
    message,
    /docs\/help\/first\.mdx:9: links to "#getting-startd", but this page has no heading with the id "getting-startd"/,
  );
  assert.match(message, /Fix: end the link with one of its ids: #getting-started \(/);
});

test('a link to another page’s heading is checked against that page', async () => {
  const message = await failure('[도움](./second.mdx#help)');
  assert.match(
    message,
    /first\.mdx:7: links to "\.\/second\.mdx#help", but docs\/help\/second\.mdx has no heading with the id "help"/,
  );
  assert.match(message, /#change-settings, #get-help/);
  // …and by its address, in the page's own language's docs.
  assert.match(
    await failure('[도움](/help/second#english-only)'),
    /docs\/help\/second\.mdx has no heading with the id "english-only"/,
  );
  await check('[Only here](/help/second#english-only)', `${EN}/first.mdx`);
});

test('a link to a page that writes ids the old way ({#id}) is left to Docusaurus', async () => {
  await check('[옛 제목](./legacy.mdx#old-id) [다른 곳](./legacy.mdx#elsewhere)');
});

test('a link to a file that does not exist fails, naming where it was looked for', async () => {
  const message = await failure('[없는 문서](./no-such-page.mdx)');
  assert.match(
    message,
    /first\.mdx:7: links to "\.\/no-such-page\.mdx", but there is no docs\/help\/no-such-page\.mdx\./,
  );
  assert.match(message, /Fix: link to a page's file by its name in docs\/help\//);
});

test('every broken link of a page is reported at once', async () => {
  const message = await failure('[하나](#one)\n\n[둘](./second.mdx#two)\n\n[셋](./third.mdx)');
  assert.deepEqual(
    [...message.matchAll(/first\.mdx:(\d+):/g)].map((m) => Number(m[1])),
    [7, 9, 11],
  );
});

test('anchors: written ids, slugs of headings without one (as Docusaurus makes them), JSX and HTML ids', () => {
  assert.deepEqual(
    pageAnchors(
      '## Written {/* #written-id */}\n\n## Plain **bold** heading\n\n## Plain bold heading\n\n<div id="box" />\n\n<a name="old-anchor"></a>\n',
    ),
    ['written-id', 'plain-bold-heading', 'plain-bold-heading-1', 'box', 'old-anchor'],
  );
});
