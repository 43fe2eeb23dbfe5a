// What the remark plugin refuses, on a fixture site: a Korean page whose blocks diverge from its
// English original fails, naming both files (the build shows this message; see
// tests/build/broken-content.test.ts for the one build that checks it surfaces).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkEnglishOriginal from '../remark';
import {DOCS_DIR, ENGLISH_DOCS_DIR, hashEnglish} from '../../../lib/content';

let siteDir: string;
const ENGLISH = '# Title\n\nA paragraph.\n\n## See more {/* #see-more */}\n\nThe end.\n';

function write(file: string, content: string): string {
  const full = path.join(siteDir, file);
  fs.mkdirSync(path.dirname(full), {recursive: true});
  fs.writeFileSync(full, content);
  return full;
}

function compileKorean(korean: string) {
  const file = write(`${DOCS_DIR}/a/page.mdx`, korean);
  return compile(
    {value: korean.replace(/^---[\s\S]*?\n---\n/, ''), path: file},
    {remarkPlugins: [[remarkEnglishOriginal, {siteDir}]]},
  );
}

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remark-english-original-'));
  write(`${ENGLISH_DOCS_DIR}/a/page.mdx`, ENGLISH);
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

const frontMatter = `---\ntitle: 제목\ntranslation:\n  type: human\n  source: ${hashEnglish(ENGLISH)}\n---\n`;

test('a Korean page with the same blocks gets the English under each block', async () => {
  const output = String(
    await compileKorean(
      `${frontMatter}# 제목\n\n문단입니다.\n\n## 더 보기 {/* #see-more */}\n\n끝.\n`,
    ),
  );
  expect(output).toContain('english-original');
  expect(output).toContain('A paragraph.');
});

test('a Korean page with a paragraph its English original lacks fails, naming both files', async () => {
  await expect(
    compileKorean(
      `${frontMatter}# 제목\n\n문단입니다.\n\n덧붙인 문단입니다.\n\n## 더 보기 {/* #see-more */}\n\n끝.\n`,
    ),
  ).rejects.toThrow(
    new RegExp(
      `same blocks[\\s\\S]*${DOCS_DIR}/a/page\\.mdx[\\s\\S]*${ENGLISH_DOCS_DIR}/a/page\\.mdx`,
    ),
  );
});

test('a malformed translation record fails, naming the file', async () => {
  const bad = '---\ntitle: 제목\ntranslation:\n  type: robot\n  source: abc\n---\n';
  await expect(
    compileKorean(`${bad}# 제목\n\n문단입니다.\n\n## 더 보기 {/* #see-more */}\n\n끝.\n`),
  ).rejects.toThrow(/docs\/a\/page\.mdx: "translation\.type" must be machine or human/);
});
