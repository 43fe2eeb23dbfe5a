/**
 * Constructs of Microsoft's real files that once stopped a set from importing or building, each
 * reproduced in __fixtures__/constructs with text of our own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkPairs} from '../../../plugins/english-original/check';
import {importSet, type ImportSetResult} from '../importSet';
import {loadData, pageNameOf} from '../importSxs';

const fixtures = path.join(__dirname, '../__fixtures__/constructs');
const KO = 'docs/partner-center';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/partner-center';

let siteDir: string;
let result: ImportSetResult;
const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');
const warnings = (name: string) =>
  result.files
    .find((file) => file.file.endsWith(`/${name}`))!
    .warnings.map(
      (warning) => `${path.basename(warning.file)}:${warning.line}: ${warning.message}`,
    );

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-constructs-'));
  result = importSet({sources: [fixtures], siteDir});
});
afterAll(() => {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

describe('page names from any file name', () => {
  test.each([
    ['some_page_name', 'some-page-name'],
    ['a--b--c', 'a-b-c'],
    ['Mixed_-_Case', 'mixed-case'],
    ['_edge_', 'edge'],
    ['reset-my-pasword', 'reset-my-password'],
    ['suspended-partner-center-account', 'suspended-account'],
    ['index', 'overview'],
  ])('%s → %s', (source, page) => {
    expect(pageNameOf(source, loadData())).toBe(page);
  });

  test('files named with underscores or doubled hyphens are imported, not refused', () => {
    expect(result.refused).toBe(0);
    expect(result.files.map((file) => [path.basename(file.file), file.slug, file.status])).toEqual([
      ['Shipping_Label__Guide.md', 'shipping-label-guide', 'imported'],
      ['parcel--size--chart.md', 'parcel-size-chart', 'imported'],
    ]);
  });

  test('the product name Microsoft appends to titles goes, with or without a space before its bar', () => {
    expect(read(`${KO}/shipping-label-guide.mdx`)).toMatch(/^title: 배송 라벨 안내$/m);
    expect(read(`${KO}/parcel-size-chart.mdx`)).toMatch(/^title: 상자 크기 표$/m);
  });

  test('the original address redirects to the page', () => {
    expect(JSON.parse(read('redirects.json'))).toEqual([
      {from: '/partner-center/parcel--size--chart', to: '/partner-center/parcel-size-chart'},
      {from: '/partner-center/Shipping_Label__Guide', to: '/partner-center/shipping-label-guide'},
    ]);
  });

  test('links written with the original file names reach the pages', () => {
    expect(read(`${KO}/shipping-label-guide.mdx`)).toContain('](./parcel-size-chart.mdx)');
    expect(read(`${EN}/parcel-size-chart.mdx`)).toContain('](./shipping-label-guide.mdx)');
  });
});

test("an author's comment, and text commented out, stay out of both pages", () => {
  for (const page of [`${KO}/parcel-size-chart.mdx`, `${EN}/parcel-size-chart.mdx`]) {
    expect(read(page)).not.toMatch(/<!--|-->|Kim wrote|new boxes|Extra large|two metres/);
  }
});

describe('every image alike, wherever it stands', () => {
  test('two images in one paragraph, or in a list item, are two placeholders, never raw Markdown', () => {
    const korean = read(`${KO}/shipping-label-guide.mdx`);
    for (const name of ['front', 'back', 'print', 'preview']) {
      expect(korean).toMatch(
        new RegExp(`^ *<ImagePlaceholder src="images/${name}.png" alt="`, 'm'),
      );
    }
    expect(korean).not.toMatch(/!\[[^\]]*\]\(images\//);
    expect(read(`${EN}/shipping-label-guide.mdx`)).toContain(
      '<ImagePlaceholder src="images/back.png" alt="To translate: 라벨 뒷면" />',
    );
  });

  test('an image inside a sentence is copied when found; in a table cell it is an inline placeholder', () => {
    const korean = read(`${KO}/shipping-label-guide.mdx`);
    expect(korean).toContain('![도장](./images/stamp.png)');
    expect(fs.existsSync(path.join(siteDir, KO, 'images/stamp.png'))).toBe(true);
    expect(fs.existsSync(path.join(siteDir, EN, 'images/stamp.png'))).toBe(true);
    expect(korean).toMatch(
      /\| <ImagePlaceholder inline src="images\/top.png" alt="윗면 그림" \/> +\|/,
    );
    expect(warnings('Shipping_Label__Guide.md')).toContain(
      'Shipping_Label__Guide.md:21: the image images/top.png was not found beside the source: the page shows a placeholder with its alt text. Add the image and import again (--images DIR), or replace the <ImagePlaceholder>.',
    );
  });
});

describe('a table cell the translation broke with "|"', () => {
  test('keeps the English cell structure, shows the bar as text and says how to fix the source', () => {
    const row = (file: string, first: string) =>
      read(file)
        .split('\n')
        .find((line) => line.startsWith(`| ${first}`))!
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
        .filter(Boolean);
    expect(row(`${KO}/shipping-label-guide.mdx`, '밑면')).toEqual([
      '밑면 \\| 바닥',
      '비워 둡니다.',
    ]);
    expect(row(`${EN}/shipping-label-guide.mdx`, 'Bottom')).toEqual(['Bottom', 'Leave it blank.']);
    expect(warnings('Shipping_Label__Guide.md')).toContain(
      'Shipping_Label__Guide.md:22: the Korean of segment z7-a09 has "|" inside a table cell, which split the cell: the cell keeps the English original\'s structure and shows the "|" as text. Fix the source: remove the "|" from that segment, or write it as "\\|".',
    );
  });
});

test('the imported pages pair block by block with their English', () => {
  expect(
    fs.readdirSync(path.join(siteDir, KO)).filter((file) => file.endsWith('.mdx')),
  ).toHaveLength(2);
  expect(checkPairs(siteDir)).toEqual([]);
});

test('heading ids are made as Docusaurus makes them: repeats numbered, no Latin letter kept', () => {
  const ids = (file: string) =>
    [...read(file).matchAll(/^#+ .*\{\/\* #(\S+) \*\/\}$/gm)].map((found) => found[1]);
  const expected = [
    'small-boxes',
    'large-boxes',
    'weight',
    'small-boxes-1',
    'weight-1',
    'section',
    '배송비',
  ];
  expect(ids(`${KO}/parcel-size-chart.mdx`)).toEqual(expected);
  expect(ids(`${EN}/parcel-size-chart.mdx`)).toEqual(expected);
});
