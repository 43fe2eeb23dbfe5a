import fs from 'node:fs';
import path from 'node:path';
import {DOCS_DIR, listPages} from '../../../lib/content';
import {checkGlossary, loadGlossary} from '../glossary';

const siteDir = path.resolve(__dirname, '../../..');
const glossary = loadGlossary(siteDir);
const pages = listPages(path.join(siteDir, DOCS_DIR));

test('there are Korean pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(4);
});

test.each(pages)('docs/%s uses Microsoft terms and no machine-translation slips', (page) => {
  const file = `${DOCS_DIR}/${page}`;
  expect(checkGlossary(file, fs.readFileSync(path.join(siteDir, file), 'utf8'), glossary)).toEqual(
    [],
  );
});

describe('the check', () => {
  const broken = [
    '---',
    'title: 테스트',
    'keywords:',
    '  - 비밀번호 분실',
    '---',
    '',
    '비밀번호를 잊은 경우 **다음**을 선택 하 고 관리자에 게 문의합니다.',
    '',
    '1. 사용자 ID를 입력 합니다.',
    '',
    '   <Screenshot name="sign-in" alt="임시 비밀번호 화면" />',
    '',
    '최대 한 명까지 회사에 대한 정보를 제공합니다.',
  ].join('\n');

  test('names the file, the line and the right term', () => {
    expect(checkGlossary('docs/broken.mdx', broken, glossary)).toEqual([
      `docs/broken.mdx:7: "관리자에 게": write "관리자에게" (a machine-translation spacing slip).`,
      `docs/broken.mdx:7: "비밀번호": write "암호" (password): Microsoft's Korean never writes 비밀번호; readers may type it, so it belongs in search keywords only.`,
      `docs/broken.mdx:7: "선택 하 고": write "선택하고" (a machine-translation spacing slip).`,
      `docs/broken.mdx:9: "입력 합니다": write "입력합니다" (a machine-translation spacing slip).`,
      `docs/broken.mdx:11: "비밀번호": write "암호" (password): Microsoft's Korean never writes 비밀번호; readers may type it, so it belongs in search keywords only.`,
      `docs/broken.mdx:11: "임시 비밀번호": write "임시 암호" (temporary password).`,
    ]);
  });

  test('requires 회사 또는 학교 계정, the label the sign-in screen shows', () => {
    const page = [
      '---',
      'title: 테스트',
      '---',
      '',
      '**직장 또는 학교 계정**을 선택합니다.',
      '',
    ].join('\n');
    expect(checkGlossary('docs/account.mdx', page, glossary)).toEqual([
      `docs/account.mdx:5: "직장 또는 학교 계정": write "회사 또는 학교 계정" (Work or school account): the sign-in screen says 회사 또는 학교 계정; 직장 또는 학교 is a machine-translation slip.`,
      `docs/account.mdx:5: "직장 또는 학교": write "회사 또는 학교 계정" (Work or school account): the sign-in screen says 회사 또는 학교 계정; 직장 또는 학교 is a machine-translation slip.`,
    ]);
    expect(
      checkGlossary('docs/account.mdx', page.replace('직장 또는 학교', '회사 또는 학교'), glossary),
    ).toEqual([]);
  });

  test('finds every slip of the seed page', () => {
    const seed = fs.readFileSync(
      path.join(siteDir, 'scripts/import-sxs/__fixtures__/unable-to-sign-in.ko-KR.sxs.md'),
      'utf8',
    );
    const found = checkGlossary(
      'seed.md',
      seed.replace(/<span class="sxs-lookup">.*?<\/span><\/span>/g, ''),
      glossary,
    ).join('\n');
    for (const slip of [
      '선택 하 고',
      '대 한',
      '관리자에 게',
      '입력 합니다',
      '설정 합니다',
      '로그인 할 수',
      '상승 되',
      '개인 id 정보',
      '지원 에이전트',
      '계정에 액세스할 수 없습니까?',
    ]) {
      expect(found).toContain(`"${slip}"`);
    }
  });
});
