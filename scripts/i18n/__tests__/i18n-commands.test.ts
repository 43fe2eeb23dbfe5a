import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {hashEnglish} from '../../../lib/content';
import {copySite, SITE_DIR, TSX} from '../../../tests/support/siteCopy';

const ENGLISH = 'i18n/en/docusaurus-plugin-content-docs/current/partner-center';

let site: string;
beforeEach(() => {
  site = copySite('i18n-commands-');
});
afterEach(() => {
  fs.rmSync(site, {recursive: true, force: true});
});

function run(script: string, ...args: string[]) {
  const result = spawnSync(TSX, [path.join(SITE_DIR, 'scripts/i18n', script), ...args], {
    cwd: site,
    encoding: 'utf8',
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');
const write = (file: string, content: string) => fs.writeFileSync(path.join(site, file), content);

test('i18n:check passes on the site and fails, naming file and block, where the pages diverge', () => {
  expect(run('check.ts').status).toBe(0);

  const file = `${ENGLISH}/reset-a-user-password.mdx`;
  write(file, read(file).replace(/\n3\. Select the user[^\n]*\n/, '\n'));
  const {status, stderr} = run('check.ts');
  expect(status).toBe(1);
  expect(stderr).toMatch(
    /docs\/partner-center\/reset-a-user-password\.mdx:\d+: block \d+ \(step '목록에서 암호를 재설정할 사용자를 선택합니다\.'\) has no English counterpart in i18n\/en\/docusaurus-plugin-content-docs\/current\/partner-center\/reset-a-user-password\.mdx: add its English/,
  );
});

test('i18n:status says which translations are current, outdated or missing; mark-current records a review', () => {
  const before = run('status.ts');
  expect(before.status).toBe(0);
  expect(before.stdout).toMatch(/^partner-center\/unable-to-sign-in\s+ko\s+current\s+human/m);

  const english = `${ENGLISH}/unable-to-sign-in.mdx`;
  write(english, `${read(english)}\nA new English paragraph.\n`);
  fs.rmSync(path.join(site, 'docs/partner-center/verification-responses.mdx'));
  const after = run('status.ts').stdout;
  expect(after).toMatch(
    /^partner-center\/unable-to-sign-in\s+ko\s+outdated\s+human\s+English changed since/m,
  );
  expect(after).toMatch(
    /^partner-center\/verification-responses\s+ko\s+missing\s+-\s+no Korean page/m,
  );

  const korean = 'docs/partner-center/unable-to-sign-in.mdx';
  const original = read(korean);
  const marked = run('mark-current.ts', 'unable-to-sign-in');
  expect(marked.status).toBe(0);
  const {data, content} = matter(read(korean));
  expect(data.translation).toEqual({type: 'human', source: hashEnglish(read(english))});
  // Everything else in the page is as the writer left it.
  expect(content).toBe(matter(original).content);
  expect(read(korean).replace(/\n {2}source: '?\w+'?/, '')).toBe(
    original.replace(/\n {2}source: '?\w+'?/, ''),
  );
  expect(run('status.ts').stdout).toMatch(
    /^partner-center\/unable-to-sign-in\s+ko\s+current\s+human/m,
  );

  expect(run('mark-current.ts', 'no-such-page').status).toBe(1);
});

test("mark-current keeps the importer's upstream record and can change the type", () => {
  const korean = 'docs/partner-center/reset-my-password.mdx';
  write(
    korean,
    read(korean).replace(
      /translation:\n(?: {2}.*\n)+/,
      'translation:\n  type: machine\n  source: 000000000000\n  upstream:\n    sourcegitcommit: abc\n',
    ),
  );
  expect(run('mark-current.ts', 'partner-center/reset-my-password', '--type', 'human').status).toBe(
    0,
  );
  expect(matter(read(korean)).data.translation).toEqual({
    type: 'human',
    source: hashEnglish(read(`${ENGLISH}/reset-my-password.mdx`)),
    upstream: {sourcegitcommit: 'abc'},
  });
});
