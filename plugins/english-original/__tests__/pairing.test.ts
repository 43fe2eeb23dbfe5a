import {unified} from 'unified';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import {VFile} from 'vfile';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseMdx} from '../../../lib/mdx';
import {collectBlocks, describeDivergence, pairBlocks} from '../pairing';
import remarkEnglishOriginal from '../remark';
import {hashEnglish} from '../../../lib/content';

const korean = `---
title: 테스트
---

첫 문장입니다.
둘째 문장입니다.

## 자세히 보기 {/* #see-more */}

<Steps>

1. **다음**을 선택합니다.

   <Screenshot name="sign-in" alt="로그인 화면" caption="로그인 화면" />

2. [링크](./x.mdx)를 엽니다.

</Steps>

:::note[참고]

한 문단입니다. 두 문장이 한 줄에 있습니다.

:::

| 이름 | 설명 |
| --- | --- |
| 암호 | 비밀 문자열 |
`;

const english = `---
title: Test
---

The first sentence.
The second sentence.

## See more {/* #see-more */}

<Steps>

1. Select **Next**.

   <Screenshot name="sign-in" alt="The sign-in screen" caption="Sign-in screen" />

2. Open [the link](./x.mdx).

</Steps>

:::note[Note]

One paragraph.
Two lines here, one line in Korean.

:::

| Name | Description |
| --- | --- |
| Password | A secret string |
`;

const blocks = (content: string) => collectBlocks(parseMdx(content));

test('finds each block, in reading order, with the same keys in both languages', () => {
  const keys = blocks(korean).map((block) => `${block.key} @${block.line}`);
  expect(keys).toEqual([
    'paragraph @5',
    'heading 2 #see-more @8',
    'step @12',
    'screenshot sign-in @14',
    'step @16',
    'admonition note @20',
    'admonition title @20',
    'paragraph @22',
    'table cell 1,1 @26',
    'table cell 1,2 @26',
    'table cell 2,1 @28',
    'table cell 2,2 @28',
  ]);
  expect(blocks(english).map((block) => block.key)).toEqual(
    blocks(korean).map((block) => block.key),
  );
  expect(pairBlocks(blocks(korean), blocks(english)).divergences).toEqual([]);
});

test('names the block missing on either side, and nothing after it', () => {
  const withoutStep = english.replace('2. Open [the link](./x.mdx).\n\n', '');
  const {divergences} = pairBlocks(blocks(korean), blocks(withoutStep));
  expect(
    divergences.map((divergence) => describeDivergence(divergence, 'docs/x.mdx', 'i18n/en/x.mdx')),
  ).toEqual([
    "docs/x.mdx:16: block 5 (step '링크를 엽니다.') has no English counterpart in i18n/en/x.mdx: add its English to i18n/en/x.mdx, or remove it here.",
  ]);

  const extraParagraph = english.replace('## See more', 'An extra paragraph.\n\n## See more');
  expect(
    pairBlocks(blocks(korean), blocks(extraParagraph)).divergences.map((divergence) =>
      describeDivergence(divergence, 'docs/x.mdx', 'i18n/en/x.mdx'),
    ),
  ).toEqual([
    "i18n/en/x.mdx:8: block 2 (paragraph 'An extra paragraph.') has no Korean counterpart in docs/x.mdx: translate it into docs/x.mdx, or remove it here.",
  ]);
});

test('a different screenshot, heading id or number of links is a divergence', () => {
  const changed = english
    .replace('name="sign-in"', 'name="account-type"')
    .replace('#see-more', '#more')
    .replace('Open [the link](./x.mdx)', 'Open the link');
  const messages = pairBlocks(blocks(korean), blocks(changed)).divergences.map((divergence) =>
    describeDivergence(divergence, 'ko.mdx', 'en.mdx'),
  );
  expect(messages).toEqual(
    expect.arrayContaining([
      // One mistake, said as one: the two headings differ only in their ids.
      "ko.mdx:8: block 2 (heading level 2 #see-more '자세히 보기') has #see-more but its English counterpart (line 8) has #more: give both headings the English one: end each with {/* #more */}.",
      "ko.mdx:14: block 4 (screenshot 'sign-in') has no English counterpart in en.mdx: add its English to en.mdx, or remove it here.",
      "ko.mdx:16: block 5 (step '링크를 엽니다.') has 1 link(s) but its English counterpart (line 16) has 0: give both the same links.",
    ]),
  );
});

test('headings that write no id, in both files, are named with the id to write', () => {
  const noIds = (text: string) => text.replace(/ \{\/\* #[a-z-]+ \*\/\}/g, '');
  const messages = pairBlocks(blocks(noIds(korean)), blocks(noIds(english))).divergences.map(
    (divergence) => describeDivergence(divergence, 'ko.mdx', 'en.mdx'),
  );
  expect(messages).toEqual([
    "ko.mdx:8: block 2 (heading level 2 '자세히 보기') has no id, nor has its English counterpart (line 8), so each language would make its own from its text: give both headings the English one: end each with {/* #see-more */}.",
  ]);
});

describe('the remark plugin', () => {
  let siteDir: string;
  beforeAll(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'english-original-'));
    fs.mkdirSync(path.join(siteDir, 'docs'), {recursive: true});
    fs.mkdirSync(path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current'), {
      recursive: true,
    });
    fs.writeFileSync(
      path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/page.mdx'),
      english,
    );
  });
  afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

  function render(frontMatter: Record<string, unknown>, content = korean): string {
    const file = new VFile({
      path: path.join(siteDir, 'docs/page.mdx'),
      value: content,
      data: {frontMatter},
    });
    const tree = parseMdx(content);
    remarkEnglishOriginal({siteDir})(tree, file);
    // The page as MDX again: what Docusaurus compiles after this plugin.
    return unified()
      .use(remarkMdx)
      .use(remarkFrontmatter)
      .use(remarkDirective)
      .use(remarkGfm)
      .use(remarkStringify)
      .stringify(tree);
  }

  const translated = {translation: {type: 'human', source: hashEnglish(english)}};

  test('puts each English sentence after its Korean sentence when both have one per line', () => {
    const html = render(translated);
    expect(html).toContain(
      '첫 문장입니다.<span lang="en" className="english-original" data-pagefind-ignore="all">The first sentence.</span>\n둘째 문장입니다.<span lang="en" className="english-original" data-pagefind-ignore="all">The second sentence.</span>\n',
    );
  });

  test('puts the whole English block after a block whose lines do not pair', () => {
    const html = render(translated);
    expect(html).toContain(
      '한 문단입니다. 두 문장이 한 줄에 있습니다.<span lang="en" className="english-original" data-pagefind-ignore="all">One paragraph.\nTwo lines here, one line in Korean.</span>',
    );
  });

  test('keeps headings and the table of contents Korean, with the English after the heading', () => {
    const html = render(translated);
    expect(html).toContain(
      '## 자세히 보기 {/* #see-more */}\n\n<div lang="en" className="english-original" data-pagefind-ignore="all">\n  See more\n</div>',
    );
  });

  test('unlinks the English copy of a link and keeps UI labels marked', () => {
    const html = render(translated);
    expect(html).toContain(
      '[링크](./x.mdx)를 엽니다.<span lang="en" className="english-original" data-pagefind-ignore="all">Open the link.</span>',
    );
    expect(html).toContain(
      '**다음**을 선택합니다.<span lang="en" className="english-original" data-pagefind-ignore="all">Select **Next**.</span>',
    );
  });

  test('gives a screenshot the English of its caption, and pairs table cells', () => {
    const html = render(translated);
    expect(html).toContain(
      '| 암호<span lang="en" className="english-original" data-pagefind-ignore="all">Password</span> | 비밀 문자열<span lang="en" className="english-original" data-pagefind-ignore="all">A secret string</span> |',
    );
    // The component shows the caption's English under the Korean (src/components/Screenshot).
    expect(html).toContain(
      '<Screenshot name="sign-in" alt="로그인 화면" caption="로그인 화면" originalCaption="Sign-in screen" />',
    );
    // Two sentences, a heading, two steps, the admonition's title and paragraph, four cells.
    expect(html.match(/english-original/g)).toHaveLength(11);
  });

  test('adds nothing to a page that does not say it was translated', () => {
    expect(render({})).not.toContain('english-original');
  });

  test('fails on divergence, naming the files and the block', () => {
    expect(() =>
      render(
        translated,
        korean.replace(
          '2. [링크](./x.mdx)를 엽니다.',
          '2. [링크](./x.mdx)를 엽니다.\n\n3. 셋째 단계입니다.',
        ),
      ),
    ).toThrow(
      "docs/page.mdx:18: block 6 (step '셋째 단계입니다.') has no English counterpart in i18n/en/docusaurus-plugin-content-docs/current/page.mdx",
    );
  });
});
