// The build-wide pairing check: every Korean page against its English original, except the pages
// the remark plugin already checked while compiling them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkPairs, recordCheckedPair, startCheckedPairs} from '../check';
import {DOCS_DIR, ENGLISH_DOCS_DIR} from '../../../lib/content';

let siteDir: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  fs.writeFileSync(path.join(siteDir, file), content);
};

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-pairs-'));
  write(`${DOCS_DIR}/a/same.mdx`, '# 제목\n\n문단입니다.\n');
  write(`${ENGLISH_DOCS_DIR}/a/same.mdx`, '# Title\n\nA paragraph.\n');
  // The Korean has a paragraph the English does not.
  write(`${DOCS_DIR}/a/diverged.mdx`, '# 제목\n\n문단입니다.\n\n덧붙인 문단입니다.\n');
  write(`${ENGLISH_DOCS_DIR}/a/diverged.mdx`, '# Title\n\nA paragraph.\n');
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

test('a page whose blocks diverge is named, with its file', () => {
  const problems = checkPairs(siteDir);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(`${DOCS_DIR}/a/diverged.mdx`);
});

test('pages the remark plugin checked during the build are not parsed again', () => {
  const checked = startCheckedPairs(siteDir);
  recordCheckedPair(siteDir, `${DOCS_DIR}/a/diverged.mdx`);
  expect(checked.has(`${DOCS_DIR}/a/diverged.mdx`)).toBe(true);
  expect(checkPairs(siteDir, checked)).toEqual([]);
  // A new build starts with nothing checked.
  expect(checkPairs(siteDir, startCheckedPairs(siteDir))).toHaveLength(1);
});
