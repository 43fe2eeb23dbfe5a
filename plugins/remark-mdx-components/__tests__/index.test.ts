import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkMdxComponents, {PAGE_COMPONENTS} from '..';

// A throwaway site: one Korean screenshot, no English one.
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-components-'));
fs.mkdirSync(path.join(siteDir, 'static/screenshots/ko'), {recursive: true});
fs.writeFileSync(
  path.join(siteDir, 'static/screenshots/ko/sign-in.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"/>',
);

const KO_FILE = path.join(siteDir, 'docs/partner-center/page.mdx');
const EN_FILE = path.join(
  siteDir,
  'i18n/en/docusaurus-plugin-content-docs/current/partner-center/page.mdx',
);

function build(source: string, filePath = KO_FILE) {
  return compile(
    {value: source, path: filePath},
    {remarkPlugins: [[remarkMdxComponents, {siteDir, locales: ['ko', 'en']}]]},
  );
}

test('a Screenshot gets its locale file, width and height', async () => {
  const output = String(await build('<Screenshot name="sign-in" alt="로그인 화면" />'));
  assert.match(output, /src: "\/screenshots\/ko\/sign-in\.svg"/);
  assert.match(output, /width: "640"/);
  assert.match(output, /height: "400"/);
});

test('a Screenshot in the first screenful (eager) is inlined, so it paints with the text', async () => {
  const output = String(await build('<Screenshot name="sign-in" alt="로그인 화면" eager />'));
  assert.match(output, /src: "data:image\/svg\+xml,%3Csvg/);
  assert.match(output, /width: "640"/);
});

test('a Screenshot missing in its locale falls back to the other one and warns, naming the file', async () => {
  const warnings: string[] = [];
  const warn = jest
    .spyOn(console, 'warn')
    .mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
  const output = String(
    await build('<Screenshot name="sign-in" alt="The sign-in screen" />', EN_FILE),
  );
  assert.match(output, /src: "\/screenshots\/ko\/sign-in\.svg"/);
  const warning = warnings.join('\n');
  assert.match(
    warning,
    /i18n\/en\/docusaurus-plugin-content-docs\/current\/partner-center\/page\.mdx/,
  );
  assert.match(warning, /static\/screenshots\/en\/sign-in\.svg/);
  warn.mockRestore();
});

test('an image without alt text fails, naming the file, the line and the fix', async () => {
  await assert.rejects(build('Intro\n\n![](./x.png)\n'), (error: Error) => {
    assert.match(error.message, /docs\/partner-center\/page\.mdx:3/);
    assert.match(error.message, /no alt text/);
    assert.match(error.message, /Fix: describe what it shows/);
    return true;
  });
});

test('a Screenshot without alt text fails', async () => {
  await assert.rejects(
    build('<Screenshot name="sign-in" />'),
    /page\.mdx:1: <Screenshot> has no alt text/,
  );
  await assert.rejects(build('<Screenshot name="sign-in" alt="  " />'), /has no alt text/);
});

test('an <img> without alt text fails', async () => {
  await assert.rejects(build('<img src="/x.svg" />'), /<img> has no alt text/);
});

test('a Screenshot whose file does not exist fails with the path to add', async () => {
  await assert.rejects(build('<Screenshot name="sing-in" alt="로그인 화면" />'), (error: Error) => {
    assert.match(error.message, /screenshot "sing-in" was not found/);
    assert.match(error.message, /static\/screenshots\/ko\/sing-in\.svg/);
    return true;
  });
});

test('Steps must wrap a numbered list', async () => {
  await assert.rejects(
    build('<Steps>\n\n- not numbered\n\n</Steps>\n'),
    /<Steps> must wrap exactly one numbered list/,
  );
  const output = String(await build('<Steps>\n\n1. One\n2. Two\n\n</Steps>\n'));
  assert.match(output, /_components\.ol/);
});

describe('components and their props, as the site has them', () => {
  test('a misspelt prop fails, naming the props the component takes', async () => {
    await assert.rejects(
      build('<Screenshot name="sign-in" alt="로그인 화면" captoin="로그인" />'),
      (error: Error) =>
        error.message.startsWith(
          'docs/partner-center/page.mdx:1: <Screenshot> takes no "captoin".',
        ) && error.message.includes('Fix: use "name", "alt", "caption", "eager", spelt so.'),
    );
  });

  test('a component the site does not have fails, naming the ones it has', async () => {
    await assert.rejects(
      build('<Step>\n\n1. 첫 단계\n\n</Step>'),
      /page\.mdx:1: <Step> is not a component pages can use\.\n {2}Fix: use one of <Screenshot>, <ImagePlaceholder>, <Steps>/,
    );
  });

  test('a component the page imports itself, and plain HTML, are left alone', async () => {
    await build(
      'import Tabs from \'@theme/Tabs\';\n\n<Tabs groupId="os">\n\n<div className="note">글</div>\n\n</Tabs>',
    );
  });

  test('the components listed are the ones pages get by name (src/theme/MDXComponents.tsx)', () => {
    const registered = fs.readFileSync(
      path.join(__dirname, '../../../src/theme/MDXComponents.tsx'),
      'utf8',
    );
    // The object's own entries by name ("  Screenshot,"), not the tags it replaces (strong: UiLabel).
    const byName = [...registered.matchAll(/^ {2}([A-Z]\w+),$/gm)].map(([, name]) => name).sort();
    expect(byName.length).toBeGreaterThan(0);
    const docusaurusOwn = ['Details', 'Head'];
    expect(
      Object.keys(PAGE_COMPONENTS)
        .filter((name) => !docusaurusOwn.includes(name))
        .sort(),
    ).toEqual(byName);
  });

  test('every prop listed is one the component declares', () => {
    for (const [component, props] of Object.entries(PAGE_COMPONENTS)) {
      const file = path.join(__dirname, '../../../src/components', component, 'index.tsx');
      if (!fs.existsSync(file)) continue; // Docusaurus's own (Details, Head)
      const source = fs.readFileSync(file, 'utf8');
      for (const prop of props) {
        expect(source).toMatch(new RegExp(`\\b${prop}\\??:`));
      }
    }
  });
});

test('an <img> whose file does not exist fails, naming the file', async () => {
  await assert.rejects(
    build('<img src="/img/nope.png" alt="없는 그림" />'),
    /page\.mdx:1: <img src="\/img\/nope\.png"> names a file that does not exist \(static\/img\/nope\.png\)/,
  );
  fs.mkdirSync(path.join(siteDir, 'static/img'), {recursive: true});
  fs.writeFileSync(path.join(siteDir, 'static/img/logo.svg'), '<svg/>');
  await build('<img src="/img/logo.svg" alt="로고" />');
  await build('<img src="https://example.com/a.png" alt="다른 사이트의 그림" />');
});
