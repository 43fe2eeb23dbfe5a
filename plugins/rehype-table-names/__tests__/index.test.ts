import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import rehypeTableNames from '../index';

/** The `aria-label` each table of a page is compiled with, in page order. */
async function tableNames(mdx: string): Promise<(string | undefined)[]> {
  const code = String(
    await compile(mdx, {remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableNames], jsx: true}),
  );
  return [...code.matchAll(/<_components\.table(?: aria-label="([^"]*)")?>/g)].map((m) => m[1]);
}

const table = '| 역할 | 할 수 있는 일 |\n| --- | --- |\n| 전역 관리자 | 모든 일 |\n';

describe('table names', () => {
  it('names a table after the section heading above it, without its written id', async () => {
    expect(await tableNames(`## 역할과 권한 {/* #roles */}\n\n${table}`)).toEqual(['역할과 권한']);
  });

  it('takes the nearest h2 or h3, with the text of code and bold inside it', async () => {
    const page = `## 시작하기 전에\n\n### \`contoso.com\` **도메인** 확인\n\n${table}\n## 다음 단계\n\n${table}`;
    expect(await tableNames(page)).toEqual(['contoso.com 도메인 확인', '다음 단계']);
  });

  it('leaves a table above the first section heading unnamed', async () => {
    expect(await tableNames(`# 제목\n\n${table}`)).toEqual([undefined]);
  });
});
