import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import {visit} from 'unist-util-visit';
import {hashEnglish} from '../../../lib/content';
import {parseMdx} from '../../../lib/mdx';
import {importFingerprint} from '../imported';
import {importSxs} from '../importSxs';
import {SxsImportError} from '../problems';
import {writePages} from '../writePages';

const siteRoot = path.resolve(__dirname, '../../..');
const fixtures = path.join(__dirname, '../__fixtures__');
const seed = path.join(fixtures, 'unable-to-sign-in.ko-KR.sxs.md');
const tsx = path.join(siteRoot, 'node_modules/.bin/tsx');
const cli = path.join(siteRoot, 'scripts/import-sxs/index.ts');

let siteDir: string;
beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-sxs-'));
});
afterEach(() => {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

function runCli(...args: string[]) {
  const result = spawnSync(tsx, [cli, ...args, '--site-dir', siteDir], {
    cwd: siteRoot,
    encoding: 'utf8',
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => fs.statSync(path.join(dir, file)).isFile());
}

/** A site with the real site's pages of the section, but not the one `seed` would replace. */
function siteWithoutSeedPage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-sxs-site-'));
  for (const docs of ['docs', 'i18n/en/docusaurus-plugin-content-docs/current']) {
    fs.cpSync(path.join(siteRoot, docs, 'partner-center'), path.join(dir, docs, 'partner-center'), {
      recursive: true,
    });
    fs.rmSync(path.join(dir, docs, 'partner-center', 'unable-to-sign-in.mdx'));
  }
  return dir;
}

describe('the source page', () => {
  // Beside the site's other pages, so links to them are page links (nothing is written).
  const site = siteWithoutSeedPage();
  const result = importSxs({file: seed, siteDir: site});
  afterAll(() => fs.rmSync(site, {recursive: true, force: true}));
  const korean = matter(result.korean.content);
  const english = matter(result.english.content);

  test('is named after the file and goes to both locales', () => {
    expect(result.slug).toBe('unable-to-sign-in');
    expect(result.korean.path).toBe('docs/partner-center/unable-to-sign-in.mdx');
    expect(result.english.path).toBe(
      'i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx',
    );
  });

  test('maps the front matter', () => {
    expect(korean.data).toEqual({
      title: '파트너 센터에 로그인 할 수 없습니다.',
      description: '파트너 센터에 로그인 할 수 없는 경우 수행 해야 하는 단계입니다.',
      keywords: ['로그인 문제', '암호 잊음', '암호'],
      translation: {
        type: 'machine',
        source: hashEnglish(result.english.content),
        upstream: {
          openlocfilehash: '99b0f40c0fe1ebd3185344e25d9de48d3a88a87e',
          sourcegitcommit: 'c856a0e90d58e90f87e244e49dc3ce66b4e0b0fb',
          date: '04/01/2020',
          locfileid: '80589524',
        },
        imported: importFingerprint(result.korean.content, result.english.content),
      },
    });
    expect(english.data).toEqual({title: "If you can't sign into Partner Center"});
  });

  test('keeps every segment, Korean in the Korean page and English in the English page, one per line', () => {
    const source = fs.readFileSync(seed, 'utf8');
    const englishSegments = [...source.matchAll(/data-stu-id="[^"]+">([^<]+)</g)].map(
      (match) => match[1],
    );
    expect(englishSegments).toHaveLength(13);
    for (const segment of englishSegments) {
      expect(korean.content).not.toContain(segment.replace(/\*\*|\[|\]\([^)]*\)/g, ''));
    }
    expect(english.content).toContain(
      "If you have forgotten your password and can't sign into Partner Center, you'll need to create a service request on the [Microsoft Partner Network portal](https://partner.microsoft.com/commercial#/).\nThe support agent can request",
    );
    expect(korean.content).toContain(
      '[Microsoft 파트너 네트워크 포털](https://partner.microsoft.com/commercial#/)에서 서비스 요청을 만들어야 합니다.\n필수 개인 id 정보를',
    );
    expect(korean.content).toContain(
      '3. 사진 또는 오디오에 사용자 ID와 문자를 입력 합니다.\n   그런 후 **다음**을 선택 합니다.',
    );
    expect(english.content).toContain(
      '3. Enter your user ID and the characters in the picture or audio.\n   Then select **Next**.',
    );
  });

  test('turns the numbered list into steps with the screenshot under step 1', () => {
    for (const [content, alt] of [
      [korean.content, '액세스 계정'],
      [english.content, 'Access account'],
    ]) {
      const steps = content.slice(content.indexOf('<Steps>'), content.indexOf('</Steps>'));
      expect(steps.match(/^\d\. /gm)).toEqual(['1. ', '2. ', '3. ', '4. ']);
      expect(steps).toMatch(
        new RegExp(`^1\\. .*\\n\\n   <Screenshot name="sign-in" alt="${alt}" />\\n\\n2\\. `, 'm'),
      );
    }
  });

  test('gives headings one id in both languages and fixes the links', () => {
    expect(korean.content).toContain('## 자세히 보기 {/* #see-more */}');
    expect(english.content).toContain('## See more {/* #see-more */}');
    expect(korean.content).toContain('- [암호 다시 설정하기](./reset-my-password.mdx)');
    expect(english.content).toContain('- [Reset my password](./reset-my-password.mdx)');
    expect(english.content).toContain(
      '- [Verify your account information](./verification-responses.mdx)',
    );
    expect(result.english.content).not.toContain('.md)');
  });
});

describe('bad input: names the file and line, exits non-zero, writes nothing', () => {
  test.each([
    ['empty.sxs.md', 1, 'the file is empty'],
    // A plain Markdown page, or a README beside the set: said for what it is.
    ['not-sxs.md', 1, 'this is not a side-by-side (sxs) file'],
    ['not-utf8.sxs.md', 5, 'the file is not UTF-8 text'],
    ['no-front-matter.sxs.md', 1, 'no front matter'],
    ['invalid-front-matter.sxs.md', 4, 'invalid front matter'],
    ['wrong-translation-type.sxs.md', 3, '"ms.translationtype" must be MT'],
    ['unclosed-span.sxs.md', 10, 'unbalanced spans: <span data-ttu-id="a-2"> is never closed'],
    ['stray-end-tag.sxs.md', 10, 'unbalanced spans: "</span>" closes nothing'],
    ['korean-without-english.sxs.md', 10, 'Korean segment a-2 has no English original'],
    ['english-without-korean.sxs.md', 11, 'English segment a-3 has no Korean translation'],
    [
      'duplicate-id.sxs.md',
      12,
      'segment id a-2 is used for two different segments (lines 10 and 12)',
    ],
  ])('%s', (fixture, line, message) => {
    const file = path.join(fixtures, fixture);
    let error: unknown;
    try {
      importSxs({file, siteDir});
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SxsImportError);
    expect((error as SxsImportError).message).toContain(
      `${path.relative(process.cwd(), file)}:${line}: ${message}`,
    );
  });

  test.each(['unclosed-span.sxs.md', 'not-utf8.sxs.md'])(
    'the command line, given %s',
    (fixture) => {
      const {status, stderr} = runCli(path.join(fixtures, fixture));
      expect(status).toBe(1);
      expect(stderr).toMatch(
        new RegExp(`^error: scripts/import-sxs/__fixtures__/${fixture.replace('.', '\\.')}:\\d+: `),
      );
      expect(stderr).toContain(`${fixture}: refused; nothing was written for it.`);
      expect(filesIn(siteDir)).toEqual([]);
    },
  );

  test('a page that already exists is kept as it is: a notice, not an error', () => {
    const existing = path.join(
      siteDir,
      'i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx',
    );
    fs.mkdirSync(path.dirname(existing), {recursive: true});
    fs.writeFileSync(existing, 'hand-written\n');

    // Running the same import again is no mistake: the run succeeds and says what it left alone.
    const kept = runCli(seed);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toContain(
      'warning: scripts/import-sxs/__fixtures__/unable-to-sign-in.ko-KR.sxs.md:1: i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx already exists and was written on the site (or imported before imports were stamped): left as it is, even with --force. To replace it with the import, delete i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx first.',
    );
    expect(kept.stderr).not.toContain('error:');
    expect(kept.stdout).toContain('Imported 0 of 1 file(s)');
    expect(kept.stdout).toContain(
      'kept 1 already on the site as they are (see the notices above); refused 0.',
    );
    expect(filesIn(siteDir)).toEqual([path.relative(siteDir, existing)]);
    expect(fs.readFileSync(existing, 'utf8')).toBe('hand-written\n');
  });

  describe('--force', () => {
    const korean = () => path.join(siteDir, 'docs/partner-center/unable-to-sign-in.mdx');
    const english = () =>
      path.join(
        siteDir,
        'i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx',
      );

    test('never replaces a page written on the site', () => {
      fs.mkdirSync(path.dirname(korean()), {recursive: true});
      fs.mkdirSync(path.dirname(english()), {recursive: true});
      fs.writeFileSync(korean(), 'written by hand\n');
      fs.writeFileSync(english(), 'written by hand\n');

      const forced = runCli(seed, '--force');
      expect(forced.status).toBe(0);
      expect(forced.stderr).toContain('left as it is, even with --force');
      expect(fs.readFileSync(korean(), 'utf8')).toBe('written by hand\n');
      expect(fs.readFileSync(english(), 'utf8')).toBe('written by hand\n');
    });

    test('replaces a page an import wrote, as long as no one has edited it', () => {
      expect(runCli(seed).status).toBe(0);
      const asImported = fs.readFileSync(korean(), 'utf8');
      // Stand in for an older import: the same stamp over older text is not an edit.
      const older = asImported.replace('파트너 센터', '예전 파트너 센터');
      expect(older).not.toBe(asImported);
      const stamp = importFingerprint(older, fs.readFileSync(english(), 'utf8'));
      fs.writeFileSync(korean(), older.replace(/imported: '?\w+'?/, `imported: '${stamp}'`));

      const kept = runCli(seed);
      expect(kept.stderr).toContain('already exist: left as it is (pass --force to replace it).');
      const forced = runCli(seed, '--force');
      expect(forced.status).toBe(0);
      expect(forced.stdout).toContain('Imported 1 of 1 file(s)');
      expect(fs.readFileSync(korean(), 'utf8')).toBe(asImported);
    });

    test.each([
      ['its text', (text: string) => text.replace('파트너 센터', '파트너센터')],
      ['its keywords', (text: string) => text.replace('keywords:\n', 'keywords:\n  - 새 키워드\n')],
      [
        'its translation, marked current',
        (text: string) => text.replace('type: machine', 'type: human'),
      ],
    ])('keeps an imported page a writer has since edited: %s', (_, edit) => {
      expect(runCli(seed).status).toBe(0);
      const imported = fs.readFileSync(korean(), 'utf8');
      const edited = edit(imported);
      expect(edited).not.toBe(imported);
      fs.writeFileSync(korean(), edited);

      const forced = runCli(seed, '--force');
      expect(forced.status).toBe(0);
      expect(forced.stderr).toContain(
        'was edited on the site after it was imported: left as it is, even with --force.',
      );
      expect(fs.readFileSync(korean(), 'utf8')).toBe(edited);
    });

    test('keeps an imported page whose English a writer has since edited', () => {
      expect(runCli(seed).status).toBe(0);
      fs.appendFileSync(english(), '\nOne more sentence.\n');

      runCli(seed, '--force');
      expect(fs.readFileSync(english(), 'utf8')).toContain('One more sentence.');
    });
  });

  test('a slug that cannot be a page name', () => {
    const {status, stderr} = runCli(seed, '--slug', 'Not A Slug');
    expect(status).toBe(1);
    expect(stderr).toContain('"Not A Slug" cannot be a page name');
  });
});

describe('markup that could run in a browser', () => {
  const result = importSxs({
    file: path.join(fixtures, 'unsafe-markup.sxs.md'),
    siteDir: os.tmpdir(),
  });

  test.each(['korean', 'english'] as const)('never reaches the %s page', (language) => {
    const tree = parseMdx(result[language].content);
    const found: string[] = [];
    visit(tree, (node) => {
      if (
        node.type === 'mdxjsEsm' ||
        node.type === 'mdxJsxFlowElement' ||
        node.type === 'mdxJsxTextElement'
      ) {
        found.push(node.type);
      }
      if (
        (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
        !/^\/\* #[a-z0-9-]+ \*\/$/.test(String(node.value))
      ) {
        found.push(`expression ${node.value}`);
      }
      if ((node.type === 'link' || node.type === 'image') && !/^(https?:|\.\/)/.test(node.url)) {
        found.push(`${node.type} ${node.url}`);
      }
    });
    expect(found).toEqual([]);
    expect(result[language].content).not.toMatch(/<script|javascript:/i);
  });

  test('keeps the words around it and says what it removed', () => {
    expect(result.korean.content).toContain('여기를 선택합니다.\n링크와 **굵게**');
    expect(result.english.content).toContain('Select here.\nLink and **bold**');
    expect(result.korean.content).toContain('&#x69;mport x from "y" 로 시작하는');
    const messages = result.warnings.map((warning) => `${warning.line}: ${warning.message}`);
    expect(messages).toContain(
      '10: removed <script>: markup that could run in a browser is not imported.',
    );
    expect(messages).toContain(
      '12: removed <script>: markup that could run in a browser is not imported.',
    );
    expect(messages).toContain(
      '10: removed the link address "javascript:alert(1)": it could run code. The link text stays.',
    );
  });
});

test('the command line lists what the machine translation needs post-editing', () => {
  fs.mkdirSync(path.join(siteDir, 'i18n'));
  fs.copyFileSync(
    path.join(siteRoot, 'i18n/glossary.json'),
    path.join(siteDir, 'i18n/glossary.json'),
  );
  const {status, stdout} = runCli(seed);
  expect(status).toBe(0);
  expect(stdout).toContain('The machine translation breaks the glossary in');
  expect(stdout).toContain(
    'docs/partner-center/unable-to-sign-in.mdx:26: "선택 하 고": write "선택하고" (a machine-translation spacing slip).',
  );
});

describe('writing the pair', () => {
  test('writes both pages or neither', () => {
    const pages = [
      {path: 'docs/partner-center/x.mdx', content: 'Korean\n'},
      {path: 'i18n/en/x.mdx', content: 'English\n'},
    ];
    // A folder where the English file should go makes its rename fail after the Korean one moved.
    fs.mkdirSync(path.join(siteDir, 'i18n/en/x.mdx/blocker'), {recursive: true});
    expect(() => writePages(siteDir, pages)).toThrow();
    expect(fs.existsSync(path.join(siteDir, 'docs/partner-center/x.mdx'))).toBe(false);
    expect(filesIn(siteDir).filter((file) => file.endsWith('.tmp'))).toEqual([]);

    fs.rmSync(path.join(siteDir, 'i18n/en/x.mdx'), {recursive: true});
    writePages(siteDir, pages);
    expect(fs.readFileSync(path.join(siteDir, 'i18n/en/x.mdx'), 'utf8')).toBe('English\n');
  });

  test('the command line writes the source page into the site', () => {
    const output = execFileSync(tsx, [cli, seed, '--site-dir', siteDir, '--slug', 'imported'], {
      cwd: siteRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toContain('Wrote docs/partner-center/imported.mdx');
    // Without a glossary in the site, no post-editing list.
    expect(output).not.toContain('breaks the glossary');
    expect(filesIn(siteDir).sort()).toEqual([
      'docs/partner-center/imported.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/partner-center/imported.mdx',
    ]);
  });
});
