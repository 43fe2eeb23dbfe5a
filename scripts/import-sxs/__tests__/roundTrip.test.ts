/**
 * @jest-environment jsdom
 */
// jsdom for DOMParser: the built page is read as a browser would parse it.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {commitAll, copySite, DOCUSAURUS, TSX, SITE_DIR} from '../../../tests/support/siteCopy';

const SLUG = 'sxs-round-trip';

/**
 * Import the source page into a copy of the site, build the Korean site, and read the page: it
 * renders with its English original beside each sentence, the toggle and the machine-translation
 * notice.
 */
test('import, build, and the page renders with its English original', () => {
  const site = copySite('sxs-round-trip-');
  try {
    execFileSync(
      TSX,
      [
        path.join(SITE_DIR, 'scripts/import-sxs/index.ts'),
        path.join(__dirname, '../__fixtures__/unable-to-sign-in.ko-KR.sxs.md'),
        '--slug',
        SLUG,
      ],
      {
        cwd: site,
        stdio: 'pipe',
      },
    );
    // An English page edited after its translation: its Korean page must say it may be behind.
    const edited = path.join(
      site,
      'i18n/en/docusaurus-plugin-content-docs/current/partner-center/reset-a-user-password.mdx',
    );
    fs.writeFileSync(
      edited,
      fs.readFileSync(edited, 'utf8').replace('temporary password', 'one-time password'),
    );
    commitAll(site);
    // Both locales: a one-locale build would serve its locale at / and link the other there too.
    execFileSync(DOCUSAURUS, ['build', '--out-dir', 'build'], {
      cwd: site,
      stdio: 'pipe',
      // Keep this build out of the real site's bundler cache.
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    });
    const html = fs.readFileSync(path.join(site, `build/partner-center/${SLUG}.html`), 'utf8');
    const markdown = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelector('.theme-doc-markdown')!;
    const text = (element: Element | null | undefined) =>
      element?.textContent?.replace(/\s+/g, ' ').trim();
    const originals = [...markdown.querySelectorAll('.english-original')];

    // The title, 2 + 1 paragraph sentences, 4 steps (step 3 has two sentences), a heading, 3 links.
    expect(originals.map(text)).toEqual([
      "If you can't sign into Partner Center",
      "If you have forgotten your password and can't sign into Partner Center, you'll need to create a service request on the Microsoft Partner Network portal.",
      'The support agent can request you be elevated to Global admin if you are able to provide the requisite personal identity information and provide additional information about your company.',
      'Once you are a global admin, you can reset you password in Partner Center.',
      "On the Sign in screen, select Can't access your account? and then select Next.",
      'Select Work or school account.',
      'Enter your user ID and the characters in the picture or audio.',
      'Then select Next.',
      'Set up your new password.',
      'See more',
      'Verify your account information',
      'Reset my password',
      'Reset a user password',
    ]);
    for (const element of originals) {
      expect(element.getAttribute('lang')).toBe('en');
      expect(element.getAttribute('data-pagefind-ignore')).toBe('all');
    }
    // Each English sentence follows its Korean sentence.
    const paragraph = [...markdown.querySelectorAll('p')].find((p) =>
      text(p)?.startsWith('암호를 잊은 경우'),
    );
    expect(text(paragraph)).toMatch(
      /서비스 요청을 만들어야 합니다\.If you have forgotten .*portal\.\s*필수 개인 id 정보를/,
    );

    const toggles = [...markdown.querySelectorAll('button[aria-pressed]')];
    expect(toggles.map((button) => [text(button), button.getAttribute('aria-pressed')])).toEqual([
      ['영어 원문 함께 보기', 'false'],
    ]);
    const notice = markdown.querySelector('[role="note"]');
    expect(text(notice)).toContain('이 페이지는 영어 원문을 기계 번역한 것입니다.');
    expect(
      [...(notice?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
    ).toEqual([`/en/partner-center/${SLUG}`]);
    // The step's screenshot survived the import and the pairing.
    expect(markdown.querySelector('ol > li img')?.getAttribute('src')).toBe(
      '/screenshots/ko/sign-in.svg',
    );

    const outdated = new DOMParser().parseFromString(
      fs.readFileSync(path.join(site, 'build/partner-center/reset-a-user-password.html'), 'utf8'),
      'text/html',
    );
    const outdatedNotice = [...outdated.querySelectorAll('article [role="note"] p')].map(text);
    expect(outdatedNotice).toEqual([
      '이 페이지를 번역한 뒤 영어 원문이 바뀌어 최신 내용이 반영되지 않았을 수 있습니다.',
      '정확한 내용은 영어 원문을 확인하세요.',
    ]);

    // The English page the notice links to is there, in English, without originals or toggle.
    const englishHtml = fs.readFileSync(
      path.join(site, `build/en/partner-center/${SLUG}.html`),
      'utf8',
    );
    const english = new DOMParser().parseFromString(englishHtml, 'text/html');
    expect(text(english.querySelector('h1'))).toBe("If you can't sign into Partner Center");
    expect(
      english.querySelectorAll('.english-original, button[aria-pressed], [role="note"]'),
    ).toHaveLength(0);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
}, 240_000);

test('the build fails, naming file and block, where a Korean page and its English diverge', () => {
  const site = copySite('sxs-divergence-');
  try {
    const english = path.join(
      site,
      'i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in.mdx',
    );
    fs.writeFileSync(english, fs.readFileSync(english, 'utf8').replace(/\n## See more[^]*$/, '\n'));
    commitAll(site);
    const build = spawnSync(DOCUSAURUS, ['build', '--locale', 'ko'], {
      cwd: site,
      encoding: 'utf8',
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    });
    // The message points at the Korean heading's own line.
    const korean = fs.readFileSync(
      path.join(site, 'docs/partner-center/unable-to-sign-in.mdx'),
      'utf8',
    );
    const line = korean.split('\n').findIndex((text) => text.includes('{/* #see-more */}')) + 1;
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toMatch(
      new RegExp(
        `docs/partner-center/unable-to-sign-in\\.mdx:${line}: block \\d+ \\(heading level 2 #see-more '자세히 보기'\\) has no English counterpart in i18n/en/docusaurus-plugin-content-docs/current/partner-center/unable-to-sign-in\\.mdx`,
      ),
    );
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
}, 120_000);
