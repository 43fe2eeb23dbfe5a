// Broken content fails loudly: each test breaks things in a temporary copy of the site, runs
// `docusaurus build` there and expects a non-zero exit whose output names every file to fix.
// The copy is made once (tracked and untracked files, node_modules symlinked, a git repository
// because docs show their last-update date) and reset after each test. Builds are slow, so each
// builds the Korean locale only: every check here runs for any locale.
//
// Only what a build alone shows is here, in as few builds as report everything: what a remark or
// rehype plugin refuses is tested on the plugin with fixtures (plugins/*/__tests__: alt text,
// screenshots, <Steps>, the English original's blocks and record, missing translations, unsafe
// HTML), and this file checks once that those messages reach the writer through a real build.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {commitAll, copySite, DOCUSAURUS, SITE_DIR as root} from '../support/siteCopy';

const KO = 'docs/partner-center';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/partner-center';
const BUILD_TIMEOUT = 240_000;
jest.setTimeout(BUILD_TIMEOUT);

let site: string;

function git(...args: string[]) {
  return execFileSync('git', args, {
    cwd: site,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

type Change = string | ((text: string) => string);

/** Writes (or, with a function, rewrites) files of the copy. */
function edit(changes: Record<string, Change>) {
  for (const [file, change] of Object.entries(changes)) {
    const full = path.join(site, file);
    fs.mkdirSync(path.dirname(full), {recursive: true});
    const text = typeof change === 'function' ? change(fs.readFileSync(full, 'utf8')) : change;
    fs.writeFileSync(full, text);
  }
}

function build() {
  const result = spawnSync(DOCUSAURUS, ['build', '--locale', 'ko'], {cwd: site, encoding: 'utf8', timeout: BUILD_TIMEOUT, env: {...process.env, FORCE_COLOR: '0'}},
  );
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** Builds and expects a failure whose output names each file (and matches its pattern). */
function expectBuildFailure(expected: [file: string, also?: RegExp][]) {
  const {status, output} = build();
  assert.notEqual(status, 0, `the build should fail:\n${output.slice(-3000)}`);
  for (const [file, also] of expected) {
    assert.ok(output.includes(file), `the build output should name ${file}:\n${output.slice(-4000)}`);
    if (also) assert.match(output, also);
  }
  // SHOW_BUILD_ERRORS=1 prints the error lines, to see at a glance that each build failed for the
  // reason under test and not another.
  if (process.env.SHOW_BUILD_ERRORS) {
    const lines = output
      .split('\n')
      .filter((line) => /ERROR|Error:|Fix:|broken|alt text|translation/i.test(line));
    console.log(lines.slice(0, 6).join('\n'));
  }
}

const appendTo = (line: string) => (text: string) => `${text.trimEnd()}\n\n${line}\n`;

/**
 * The same edit to a Korean page and its English original: every Korean page must keep the
 * English original's blocks (plugins/english-original), so a one-sided edit would fail the build
 * for that reason instead of the one under test.
 */
const bothLocales = (slug: string, change: Change) => ({
  [`${KO}/${slug}.mdx`]: change,
  [`${EN}/${slug}.mdx`]: change,
});

describe('broken content fails the build and names the file', () => {
  beforeAll(() => {
    site = copySite('broken-content-');
    commitAll(site);
  });
  afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

  afterEach(() => {
    git('checkout', '-q', '--', '.');
    git('clean', '-fdq', '-e', 'node_modules', '-e', 'build', '-e', '.docusaurus');
  });

  test(
    'the intact copy builds, and pasted script-capable HTML is removed from the page (sanitizer)',
    () => {
      const unsafe = fs.readFileSync(
        path.join(root, 'plugins/rehype-sanitize-html/__fixtures__/unsafe.mdx'),
        'utf8',
      );
      // A standalone page (src/pages, same sanitizer as the docs): it needs no English original.
      edit({'src/pages/sanitizer-check.mdx': `---\ntitle: Sanitizer check\n---\n\n${unsafe}`});
      const {status, output} = build();
      assert.equal(status, 0, output.slice(-3000));
      assert.match(output, /sanitizer-check\.mdx:\d+: removed <script>/);
      // …and nothing the site's own pages and plugins write is taken for pasted HTML.
      const falseAlarms = output
        .split('\n')
        .filter((line) => /: removed /.test(line) && !line.includes('sanitizer-check.mdx'));
      assert.deepEqual(falseAlarms, []);
      const html = fs.readFileSync(path.join(site, 'build/sanitizer-check.html'), 'utf8');
      assert.match(html, /Paragraph kept\./);
      const article = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      assert.ok(article.length > 100, 'the page has its content');
      assert.deepEqual(
        [...article.matchAll(/<(script|iframe|svg><script)\b|\son[a-z]+=|javascript:/gi)].map(
          (m) => m[0],
        ),
        [],
      );
    },
  );

  // Everything refused while the pages compile, one mistake per page, reported together.
  test('while compiling: a link to a missing file or heading, a missing image, an image without alt text, a missing screenshot, blocks that differ from the English', () => {
    edit({
      ...bothLocales('reset-my-password', appendTo('[없는 문서](./no-such-page.mdx)')),
      ...bothLocales(
        'missing-pages-roles',
        appendTo('[자세히 보기](./unable-to-sign-in.mdx#no-such-section)'),
      ),
      ...bothLocales('unable-to-sign-in', appendTo('![로그인 화면](./no-such-image.png)')),
      ...bothLocales('mfa', appendTo('![](/img/logo.svg)')),
      ...bothLocales(
        'become-global-admin',
        appendTo('<Screenshot name="no-such-screen" alt="없는 화면" />'),
      ),
      // Checked while the page compiles (plugins/english-original/remark.ts), not before the build.
      [`${KO}/suspended-account.mdx`]: appendTo('영어 원문에는 없는 문단입니다.'),
    });
    expectBuildFailure([
      [`${KO}/reset-my-password.mdx`, /no-such-page\.mdx/],
      [`${KO}/missing-pages-roles.mdx`, /no heading with the id "no-such-section"/],
      [`${KO}/unable-to-sign-in.mdx`, /no-such-image\.png/],
      [`${KO}/mfa.mdx`, /no alt text/],
      [`${KO}/become-global-admin.mdx`, /no-such-screen/],
      [`${KO}/suspended-account.mdx`, /same blocks/],
    ]);
  });

  // Checked once every page is rendered: a site-absolute link to an address that is no doc file
  // (plugins/remark-links leaves those to Docusaurus, which names the page's address).
  test('a broken link (to a page that does not exist)', () => {
    edit(bothLocales('reset-my-password', appendTo('[없는 문서](/partner-center/no-such-page)')));
    expectBuildFailure([['/partner-center/reset-my-password', /no-such-page/]]);
  });

  // Docusaurus stops at the first page whose front matter it cannot read: one build each, both
  // fast (they fail before anything is compiled).
  test('invalid front matter (YAML that does not parse)', () => {
    edit({
      [`${KO}/reset-my-password.mdx`]: (text) =>
        text.replace(/^title: .*$/m, 'title: [닫히지 않은 목록'),
    });
    expectBuildFailure([[`${KO}/reset-my-password.mdx`]]);
  });

  test('invalid front matter (a field of the wrong type)', () => {
    edit({
      [`${KO}/reset-my-password.mdx`]: (text) =>
        text.replace(/^sidebar_position: .*$/m, 'sidebar_position: 둘째'),
    });
    expectBuildFailure([[`${KO}/reset-my-password.mdx`, /sidebar_position/]]);
  });

  // A page missing in one locale stops the build before the pages compile
  // (plugins/translation-check, whose messages are tested on the plugin).
  test('a page missing its translation', () => {
    edit({[`${KO}/new-page.mdx`]: '---\ntitle: 새 문서\n---\n\n번역이 없는 새 문서입니다.\n'});
    expectBuildFailure([[`${KO}/new-page.mdx`, /en/]]);
  });
});
