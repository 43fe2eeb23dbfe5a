import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import {checkPairs} from '../../../plugins/english-original/check';
import {importSet, type ImportSetResult} from '../importSet';

const siteRoot = path.resolve(__dirname, '../../..');
const set = path.join(__dirname, '../__fixtures__/set');
const tsx = path.join(siteRoot, 'node_modules/.bin/tsx');
const cli = path.join(siteRoot, 'scripts/import-sxs/index.ts');
const KO = 'docs/partner-center';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/partner-center';

let siteDir: string;
beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-set-'));
  fs.copyFileSync(path.join(siteRoot, 'sidebar.json'), path.join(siteDir, 'sidebar.json'));
});
afterEach(() => {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');
const fileResult = (result: ImportSetResult, name: string) =>
  result.files.find((file) => file.file.endsWith(`/${name}`))!;
const messages = (result: ImportSetResult, name: string) =>
  [...fileResult(result, name).problems, ...fileResult(result, name).warnings].map(
    (problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`,
  );

describe('a folder imported in one run', () => {
  let result: ImportSetResult;
  beforeEach(() => {
    result = importSet({sources: [set], siteDir});
  });

  test('imports each page that can be, and refuses the broken one with its line', () => {
    expect(result.files.map((file) => [path.basename(file.file), file.status])).toEqual([
      ['billing-basics.md', 'imported'],
      ['broken.md', 'refused'],
      ['getting-started.md', 'imported'],
      ['index.md', 'imported'],
    ]);
    expect(result.refused).toBe(1);
    expect(messages(result, 'broken.md')).toEqual([
      'broken.md:13: unbalanced spans: <span data-ttu-id="q1-900"> is never closed; add its </span>.',
    ]);
    expect(fs.existsSync(path.join(siteDir, KO, 'broken.mdx'))).toBe(false);
    expect(fs.existsSync(path.join(siteDir, EN, 'broken.mdx'))).toBe(false);
  });

  test('index.md takes another name: the section route is the category page', () => {
    expect(fileResult(result, 'index.md').slug).toBe('overview');
    expect(matter(read(`${EN}/overview.mdx`)).data.title).toBe('Overview');
  });

  test('links between pages of the set become page links, with their anchors', () => {
    const korean = read(`${KO}/getting-started.mdx`);
    expect(korean).toContain('[청구 기본 사항](./billing-basics.mdx#pay-online)');
    // A site-absolute link to a page of the set, too.
    expect(korean).toContain('[사이트 절대 경로](./billing-basics.mdx)');
    expect(read(`${EN}/billing-basics.mdx`)).toContain('[getting started](./getting-started.mdx)');
  });

  test('links to other docs pages go to the public page, in the page language', () => {
    expect(read(`${KO}/getting-started.mdx`)).toContain(
      '[계정 만들기](https://docs.microsoft.com/ko-kr/partner-center/create-account)',
    );
    expect(read(`${EN}/getting-started.mdx`)).toContain(
      '[create an account](https://docs.microsoft.com/en-us/partner-center/create-account)',
    );
    expect(read(`${EN}/getting-started.mdx`)).toContain(
      '[Azure costs](https://docs.microsoft.com/en-us/azure/cost-management/overview)',
    );
    expect(messages(result, 'getting-started.md')).toContain(
      'getting-started.md:13: links to create-account.md, which is not among the imported pages: it now goes to the public page https://docs.microsoft.com/en-us/partner-center/create-account.',
    );
  });

  test('an anchor no heading has: the link becomes its text, and the writer is told', () => {
    expect(read(`${EN}/billing-basics.mdx`)).toContain('A missing anchor becomes text.');
    expect(messages(result, 'billing-basics.md')).toContain(
      'billing-basics.md:43: links to #nowhere, which no heading of this page has: the link text stays, without the link.',
    );
  });

  test('a link the machine translation doubled is kept once, so the blocks still pair', () => {
    const korean = read(`${KO}/billing-basics.mdx`);
    expect(korean.match(/\]\(\.\/getting-started\.mdx\)/g)).toHaveLength(1);
    expect(messages(result, 'billing-basics.md')).toContain(
      'billing-basics.md:15: the Korean has 2 link(s) where the English has 1: the extra link text stays, without the link. Check the translation.',
    );
    expect(checkPairs(siteDir)).toEqual([]);
  });

  test('alerts become admonitions in both languages', () => {
    expect(read(`${KO}/getting-started.mdx`)).toContain(':::note\n메모 상자 안의 문장입니다.\n:::');
    expect(read(`${EN}/getting-started.mdx`)).toContain(
      ':::info[Important]\nThis part matters.\nA second sentence.\n:::',
    );
    expect(read(`${KO}/getting-started.mdx`)).toContain(':::info[중요]');
    // A marker, a blank line, then the text: still one alert.
    expect(read(`${EN}/getting-started.mdx`)).toContain(':::tip\nA tip after a blank line.\n:::');
  });

  test('INCLUDE, [!div] and unknown markers are reported, never dropped silently', () => {
    const told = messages(result, 'getting-started.md');
    expect(told).toContain(
      'getting-started.md:27: [!INCLUDE [공통 안내](../includes/common-note.md)] was not imported: the included text lives in another file. Write it into both pages, or leave it out.',
    );
    expect(told).toContain(
      'getting-started.md:24: the [!div] styling was not imported; its text was, as a quote.',
    );
    expect(told).toContain(
      'getting-started.md:29: [!SOMETHING] is not an alert this importer knows (NOTE, TIP, IMPORTANT, WARNING, CAUTION): it stays a quote, with its marker; edit it by hand.',
    );
    expect(read(`${EN}/getting-started.mdx`)).toContain('> [Next step](./billing-basics.mdx)');
    expect(read(`${EN}/getting-started.mdx`)).toContain('An unknown marker.');
  });

  test('pipe and HTML tables (blank lines, lists, <br>, spans in cells) pair cell by cell', () => {
    const rows = (content: string) =>
      content
        .split('\n')
        .filter((line) => line.startsWith('|') && !line.startsWith('| -'))
        .map((line) =>
          line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        );
    expect(rows(read(`${EN}/billing-basics.mdx`))).toEqual([
      ['Item', 'Description'],
      ['Invoice', 'Issued every month.'],
      ['Method', 'Notes'],
      ['Card', '• First item<br />• Second item'],
      ['Transfer<br />Bank wire', 'It takes two days.'],
    ]);
    expect(rows(read(`${KO}/billing-basics.mdx`))).toEqual([
      ['항목', '설명'],
      ['청구서', '매달 발행됩니다.'],
      ['방법', '참고'],
      ['카드', '• 첫째 항목<br />• 둘째 항목'],
      ['송금<br />은행 이체', '이틀이 걸립니다.'],
    ]);
  });

  test('an anchor on an empty heading stays, without an empty heading', () => {
    expect(read(`${EN}/getting-started.mdx`)).toContain('<a id="contact" />');
    expect(read(`${EN}/getting-started.mdx`)).not.toMatch(/^#+ *\{/m);
  });

  test('autolinks and angle-bracket placeholders are text, not tags', () => {
    const english = read(`${EN}/getting-started.mdx`);
    expect(english).toContain('[help@example.com](mailto\\:help@example.com)');
    expect(english).toContain('give your \\<tenant ID>.');
    expect(read(`${KO}/getting-started.mdx`)).toContain('\\<테넌트 ID>가 아니라 \\<tenant ID>를');
  });

  test('images found beside the source are copied for each locale', () => {
    for (const dir of [KO, EN]) {
      expect(fs.readFileSync(path.join(siteDir, dir, 'images/settings.png'))).toEqual(
        fs.readFileSync(path.join(set, 'images/settings.png')),
      );
    }
    expect(read(`${KO}/getting-started.mdx`)).toContain('![설정 화면](./images/settings.png)');
  });

  test('alt text in one language is carried to the other, marked for translation', () => {
    expect(read(`${EN}/getting-started.mdx`)).toContain(
      '![To translate: 설정 화면](./images/settings.png)',
    );
    expect(read(`${KO}/getting-started.mdx`)).toContain(
      '![번역 필요: Settings screen](./images/settings.png)',
    );
    expect(messages(result, 'getting-started.md')).toContain(
      'getting-started.md:38: the image images/settings.png has alt text in Korean only: the English page carries it as "To translate: 설정 화면"; translate it.',
    );
  });

  test('a missing image becomes a placeholder, with a warning naming page and image', () => {
    expect(read(`${EN}/getting-started.mdx`)).toContain(
      '<ImagePlaceholder src="images/missing.png" alt="To translate: Screenshot" />',
    );
    expect(messages(result, 'getting-started.md')).toContain(
      'getting-started.md:42: the image images/missing.png was not found beside the source: the page shows a placeholder with its alt text. Add the image and import again (--images DIR), or replace the <ImagePlaceholder>.',
    );
  });

  test('front matter: the title loses its suffix, HT is human, ms.date and upstream ids stay', () => {
    const {data} = matter(read(`${KO}/getting-started.mdx`));
    expect(data.title).toBe('시작하기');
    expect(data.translation.type).toBe('human');
    expect(data.translation.upstream.date).toBe('03/15/2020');
    expect(data.keywords).toEqual(['청구', '결제']);
    expect(matter(read(`${KO}/billing-basics.mdx`)).data.translation.type).toBe('machine');
  });

  test('the TOC becomes sidebar categories, in its order, labelled in both languages', () => {
    const sidebar = JSON.parse(read('sidebar.json'));
    expect(sidebar.items.slice(1)).toEqual([
      {
        key: 'getting-started',
        label: '시작',
        doc: 'partner-center/getting-started',
        items: ['partner-center/billing-basics'],
      },
      {key: 'group-overview', label: '참고 자료', items: ['partner-center/overview']},
    ]);
    // The four hand-written pages keep their category, first.
    expect(sidebar.items[0].key).toBe('partner-center-sign-in');
    const labels = JSON.parse(read('i18n/en/docusaurus-plugin-content-docs/current.json'));
    expect(labels['sidebar.partnerCenter.category.getting-started'].message).toBe(
      'Getting started',
    );
    expect(labels['sidebar.partnerCenter.category.group-overview'].message).toBe('참고 자료');
    const told = result.toc!.warnings.map((warning) => `${warning.line}: ${warning.message}`);
    expect(told).toContain(
      '5: the category "참고 자료" links no page, so it has no English label: write one in i18n/en/docusaurus-plugin-content-docs/current.json, "sidebar.partnerCenter.category.group-overview" (it shows the Korean until then).',
    );
    expect(told).toContain(
      '1: skipped 2 entries whose pages are not on the site (line and link): 1 index.yml, 4 create-account.md.',
    );
  });
});

test('the order of the files does not change what is written', () => {
  const files = fs.readdirSync(set).filter((name) => name.endsWith('.md'));
  importSet({sources: files.map((name) => path.join(set, name)), siteDir});
  const forward = read(`${KO}/getting-started.mdx`);
  fs.rmSync(path.join(siteDir, 'docs'), {recursive: true});
  fs.rmSync(path.join(siteDir, 'i18n'), {recursive: true});
  importSet({sources: files.reverse().map((name) => path.join(set, name)), siteDir});
  expect(read(`${KO}/getting-started.mdx`)).toBe(forward);
  expect(forward).toContain('./billing-basics.mdx#pay-online');
});

test('--check reports and writes nothing', () => {
  const before = read('sidebar.json');
  const result = importSet({sources: [set], siteDir, check: true});
  expect(fileResult(result, 'getting-started.md').written).toContain(`${KO}/getting-started.mdx`);
  expect(fs.readdirSync(siteDir)).toEqual(['sidebar.json']);
  expect(read('sidebar.json')).toBe(before);
});

test('a page that exists is left alone; --force replaces it only if an import wrote it, unedited', () => {
  const index = path.join(set, 'index.md');
  fs.mkdirSync(path.join(siteDir, EN), {recursive: true});
  fs.writeFileSync(path.join(siteDir, EN, 'overview.mdx'), 'hand-written\n');
  for (const force of [false, true]) {
    const kept = importSet({sources: [index], siteDir, force});
    expect(kept.refused).toBe(0);
    expect(fileResult(kept, 'index.md').status).toBe('kept');
    expect(messages(kept, 'index.md')).toEqual([
      `index.md:1: ${EN.replace('partner-center', '')}partner-center/overview.mdx already exists and was written on the site (or imported before imports were stamped): left as it is, even with --force. To replace it with the import, delete ${EN}/overview.mdx first.`,
    ]);
    expect(read(`${EN}/overview.mdx`)).toBe('hand-written\n');
  }

  fs.rmSync(path.join(siteDir, EN, 'overview.mdx'));
  expect(fileResult(importSet({sources: [index], siteDir}), 'index.md').status).toBe('imported');
  expect(fileResult(importSet({sources: [index], siteDir}), 'index.md').status).toBe('kept');
  const again = importSet({sources: [index], siteDir, force: true});
  expect(fileResult(again, 'index.md').status).toBe('imported');
  expect(read(`${EN}/overview.mdx`)).toContain('title: Overview');
});

test('the command line reports each file and exits non-zero when one was refused', () => {
  const run = spawnSync(tsx, [cli, set, '--check', '--site-dir', siteDir], {
    cwd: siteRoot,
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(
    'error: scripts/import-sxs/__fixtures__/set/broken.md:13: unbalanced spans:',
  );
  expect(run.stderr).toContain(
    'warning: scripts/import-sxs/__fixtures__/set/getting-started.md:42: the image images/missing.png was not found',
  );
  expect(run.stdout).toMatch(/Would import 3 of 4 file\(s\) in [\d.]+ s; refused 1/);
  expect(fs.readdirSync(siteDir)).toEqual(['sidebar.json']);
});

test('headings never skip a level, in both languages, and the writer is told which moved', () => {
  const result = importSet({sources: [path.join(__dirname, '../__fixtures__/outline')], siteDir});
  const levels = (file: string) =>
    read(file)
      .split('\n')
      .filter((line) => /^#+ /.test(line))
      .map((line) => `${line.split(' ')[0].length} ${/#([\w-]+) \*\/\}$/.exec(line)?.[1]}`);
  const outline = ['2 deep-first', '3 deeper', '2 back-up', '3 skip-again'];
  expect(levels(`${KO}/skipped-levels.mdx`)).toEqual(outline);
  expect(levels(`${EN}/skipped-levels.mdx`)).toEqual(outline);
  expect(messages(result, 'skipped-levels.md')).toEqual(
    expect.arrayContaining([
      'skipped-levels.md:11: a level-3 heading after a level-1 one became level 2, so the outline skips no level.',
      'skipped-levels.md:15: a level-4 heading after a level-2 one became level 3, so the outline skips no level.',
      'skipped-levels.md:19: a level-4 heading after a level-2 one became level 3, so the outline skips no level.',
    ]),
  );
});

test('a line in bold alone in the text heads a part of its section, and moves no heading after it', () => {
  importSet({sources: [path.join(__dirname, '../__fixtures__/outline')], siteDir});
  const headings = (file: string) =>
    read(file)
      .split('\n')
      .filter((line) => /^#+ /.test(line));
  expect(headings(`${EN}/bold-lines.mdx`)).toEqual([
    '## What you need {/* #what-you-need */}',
    '## Sending parcels {/* #parcels */}',
    '### To book a parcel {/* #to-book-a-parcel */}',
    '### Labels {/* #labels */}',
  ]);
  expect(headings(`${KO}/bold-lines.mdx`)).toEqual([
    '## 준비물 {/* #what-you-need */}',
    '## 소포 보내기 {/* #parcels */}',
    '### 소포를 예약하려면 {/* #to-book-a-parcel */}',
    '### 라벨 {/* #labels */}',
  ]);
  // Above the text, a bold line labels whom the page is for; a bold sentence stresses a point;
  // bold words that start a line lead into it.
  expect(read(`${EN}/bold-lines.mdx`)).toContain('\n**Roles you need:**\n');
  expect(read(`${EN}/bold-lines.mdx`)).toMatch(/\n {2,}\*\*Form number\*\*\n/);
  expect(read(`${EN}/bold-lines.mdx`)).toContain("\n**A booking can't be undone.**\n");
  expect(read(`${EN}/bold-lines.mdx`)).toContain('\n**Note** Check the address before you book.\n');
});

test('a folder with no page in it is an error that says where the pages may be', () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'import-parent-'));
  try {
    fs.mkdirSync(path.join(parent, 'empty'));
    fs.writeFileSync(path.join(parent, 'empty', 'notes.txt'), 'not a page\n');
    fs.mkdirSync(path.join(parent, 'pages'));
    fs.copyFileSync(path.join(set, 'index.md'), path.join(parent, 'pages', 'index.md'));

    const empty = importSet({sources: [path.join(parent, 'empty')], siteDir, check: true});
    expect(empty.refused).toBe(1);
    expect(empty.empty).toEqual([
      expect.stringMatching(
        /empty: no page \(\.md file\) in this folder: give the folder that holds the sxs pages\.$/,
      ),
    ]);

    const above = importSet({sources: [parent], siteDir, check: true});
    expect(above.refused).toBe(1);
    expect(above.empty).toEqual([
      expect.stringMatching(
        /: no page \(\.md file\) in this folder; its subfolders are not searched: import .*pages instead\.$/,
      ),
    ]);

    // With a file of its own (a README), the folder is read, and its subfolders are named.
    fs.writeFileSync(path.join(parent, 'README.md'), '# 설명\n');
    const withReadme = importSet({sources: [parent], siteDir, check: true});
    expect(withReadme.empty).toEqual([]);
    expect(withReadme.unsearched).toEqual([
      expect.stringMatching(/: its subfolders are not searched \([^)]*pages\): give them too/),
    ]);
    expect(messages(withReadme, 'README.md')[0]).toMatch(
      /README\.md:1: this is not a side-by-side \(sxs\) file/,
    );
  } finally {
    fs.rmSync(parent, {recursive: true, force: true});
  }
});
