import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {SITE_DIR, TSX} from '../siteCopy';

const SCRIPT = path.join(SITE_DIR, 'tests/support/blind-pages.mts');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blind-pages-'));
});
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

/** A built page as Docusaurus minifies it: the article inside data-pagefind-body, end tags dropped. */
function page(file: string, body: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, 'build', file)), {recursive: true});
  fs.writeFileSync(
    path.join(dir, 'build', file),
    `<!doctype html><html><body><nav>Sidebar link</nav><div data-pagefind-body>` +
      `<span data-pagefind-meta=keywords[data-keywords] data-keywords="secret keyword"></span>` +
      `${body}</div><footer>Footer</footer></body></html>`,
  );
}

test('writes each page’s searchable text, site pages and imported pages apart, one file a language', () => {
  page(
    'partner-center/mfa.html',
    '<h1>다단계 인증</h1><p>인증 앱으로 확인합니다.<span lang=en data-pagefind-ignore=all>Verify with the app.</span><ul><li>첫째<li>둘째</ul>',
  );
  page('en/partner-center/mfa.html', '<h1>Multi-factor authentication</h1><p>Verify with the app.');
  page(
    'partner-center/read-your-bill.html',
    '<h1>청구서 읽기</h1><table><tr><td>금액<td>날짜</table>',
  );

  const run = spawnSync(TSX, [SCRIPT, path.join(dir, 'build'), path.join(dir, 'pages')], {
    cwd: SITE_DIR,
    encoding: 'utf8',
  });

  expect(run.stdout).toContain('3 page files written');
  const read = (file: string) => fs.readFileSync(path.join(dir, 'pages', file), 'utf8');
  expect(read('site/mfa.ko.txt')).toBe('다단계 인증\n인증 앱으로 확인합니다.\n첫째\n둘째\n');
  expect(read('site/mfa.en.txt')).toBe('Multi-factor authentication\nVerify with the app.\n');
  expect(read('sample/read-your-bill.ko.txt')).toBe('청구서 읽기\n금액 날짜\n');
  for (const file of ['site/mfa.ko.txt', 'site/mfa.en.txt', 'sample/read-your-bill.ko.txt']) {
    expect(read(file)).not.toMatch(/Sidebar|Footer|secret keyword/);
  }
});

test('names its arguments when one is missing', () => {
  const run = spawnSync(TSX, [SCRIPT], {cwd: SITE_DIR, encoding: 'utf8'});

  expect(run.status).toBe(2);
  expect(run.stderr).toContain(
    'usage: npx tsx tests/support/blind-pages.mts <build-dir> <out-dir>',
  );
});
