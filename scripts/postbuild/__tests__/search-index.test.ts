import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import buildSearchIndex, {LINK_TEXT_WEIGHT, pageForIndex} from '../search-index';
import {POLL_MS, patchPagefind} from '../pagefind-bundle';
import {DECOMPRESSED_MARK, PAGEFIND_DATA, decompressed} from '../pagefind-files';
import {listFiles} from '../files';
import {GLUED_META} from '../../../src/search/indexAttributes';
import {lexiconFromJson} from '../../../src/search/lexicon';
import {siteLexicon} from '../../../src/search/siteLexicon';
import {understandQuery} from '../../../src/search/understand';

const FIXTURE = path.join(__dirname, '..', '__fixtures__', 'search-site');

/** Pagefind stores each page as a fragment: "pagefind_dcd" then JSON (stored decompressed). */
interface Fragment {
  content: string;
  meta: Record<string, string>;
  anchors: {id: string; text: string}[];
}

async function fragments(site: string): Promise<Fragment[]> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const files = await fs.readdir(dir);
  return Promise.all(
    files.map(async (f) =>
      JSON.parse(
        (await fs.readFile(path.join(dir, f))).subarray(DECOMPRESSED_MARK.length).toString('utf8'),
      ),
    ),
  );
}

async function copyFixture(tmp: string) {
  const site = path.join(tmp, 'build');
  await fs.cp(FIXTURE, site, {recursive: true});
  return site;
}

describe('search-index post-build step', () => {
  let tmp: string;
  let site: string;
  let pages: Record<string, number>;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    site = await copyFixture(tmp);
    pages = await buildSearchIndex(site, {log: () => {}});
  });
  afterAll(() => fs.rm(tmp, {recursive: true, force: true}));

  it('indexes one index per language, pages with data-pagefind-body only', async () => {
    assert.deepEqual(pages, {ko: 1, en: 1});
    const entry = JSON.parse(
      await fs.readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    );
    assert.deepEqual(Object.keys(entry.languages).sort(), ['en', 'ko']);
  });

  it('indexes the article and leaves navigation, ignored text and controls out', async () => {
    const ko = (await fragments(site)).find((f) => f.meta.url === '/partner-center/page');
    assert.ok(ko, 'the Korean page is in the index');
    assert.match(ko.content, /본문단어/);
    assert.match(ko.content, /문서 제목/);
    for (const word of [
      '다른문서제목단어',
      '탐색막대단어',
      '사이드바단어',
      '이동경로단어',
      '바닥글단어',
      '목차단어',
      '영어원문단어',
      '크게보기단추',
      '대화상자단어',
    ]) {
      assert.doesNotMatch(ko.content, new RegExp(word), `${word} must not be indexed`);
    }
  });

  it('keeps the permalink, the title and the keywords as metadata', async () => {
    const ko = (await fragments(site)).find((f) => f.meta.url === '/partner-center/page')!;
    assert.equal(ko.meta.title, '문서 제목');
    assert.equal(ko.meta.keywords, '키워드단어, 두번째 키워드');
    assert.deepEqual(
      ko.anchors.map((a) => [a.id, a.text.trim()]),
      [['steps', '단계']],
    );
  });

  it('lists the short Latin words Korean glues particles to, for whole-word search', async () => {
    const ko = (await fragments(site)).find((f) => f.meta.url === '/partner-center/page')!;
    // Longer words (Azure에서) are searched as prefixes already; one letter is not a word.
    assert.equal(ko.meta[GLUED_META], 'abc xyz q9');
    // Shown text stays as written.
    assert.match(ko.content, /ABC는 약어이고, XYZ를 켜고 Q9에서/);
  });

  it('publishes only what the site loads: no ready-made UI, no worker', async () => {
    const files = await fs.readdir(path.join(site, 'pagefind'));
    assert.ok(files.includes('pagefind.js'));
    expect(files.filter((f) => /ui|worker|highlight/.test(f))).toEqual([]);
  });

  it('writes the search data the browser fetches, compiled, without the editors’ comments', async () => {
    const data = JSON.parse(await fs.readFile(path.join(site, 'search', 'lexicon.json'), 'utf8'));
    assert.deepEqual(Object.keys(data).sort(), ['lexicon', 'preload']);
    // What the browser rebuilds is what Node compiles from the table, and reads queries alike.
    const lexicon = lexiconFromJson(data.lexicon);
    const compiled = siteLexicon();
    expect([...lexicon.korean]).toEqual([...compiled.korean]);
    expect([...lexicon.koreanSpacing]).toEqual([...compiled.koreanSpacing]);
    expect([...lexicon.koreanUnshifted]).toEqual([...compiled.koreanUnshifted]);
    expect(lexicon.koreanMixed).toEqual(compiled.koreanMixed);
    expect([...lexicon.english]).toEqual([...compiled.english]);
    expect([...lexicon.stopWords]).toEqual([...compiled.stopWords]);
    assert.equal(lexicon.korean.get('비밀번호'), 'password');
    const queries = [
      '비번 까먹었어요',
      "can't sign in",
      '로그인할수없어요',
      '기술지원 요청',
      '잠겻어요',
      '2단계인증이 안 떠요',
    ];
    for (const query of queries) {
      expect(understandQuery(query, 'ko', lexicon)).toEqual(understandQuery(query, 'ko', compiled));
    }
    assert.doesNotMatch(JSON.stringify(data), /"comment"|"match"/);
  });

  it('lists, per language, the Pagefind files its first search needs, for the browser to preload', async () => {
    const {preload} = JSON.parse(
      await fs.readFile(path.join(site, 'search', 'lexicon.json'), 'utf8'),
    ) as {preload: Record<string, string[]>};
    assert.deepEqual(Object.keys(preload).sort(), ['en', 'ko']);
    // Korean has no stemmer in Pagefind: its index uses the language-neutral WebAssembly.
    assert.equal(preload.ko![0], 'wasm.unknown.pagefind');
    assert.equal(preload.en![0], 'wasm.en.pagefind');
    for (const [lang, files] of Object.entries(preload)) {
      assert.match(files[1]!, new RegExp(`^pagefind\\.${lang}_\\w+\\.pf_meta$`));
      // A site this small: its whole index and every page's fragment, and only its own language's.
      assert.ok(
        files.some((f) => f.startsWith(`index/${lang}_`)),
        `${lang} index chunks`,
      );
      assert.ok(
        files.some((f) => f.startsWith(`fragment/${lang}_`)),
        `${lang} fragments`,
      );
      assert.deepEqual(
        files.filter((f) => /^(index|fragment)\//.test(f) && !f.includes(`/${lang}_`)),
        [],
      );
      for (const file of files) {
        await fs.access(path.join(site, 'pagefind', file));
      }
    }
  });

  it('stores every Pagefind data file decompressed, for the browser to decode, not pagefind.js', async () => {
    const files = (await listFiles(path.join(site, 'pagefind'))).filter((f) =>
      PAGEFIND_DATA.test(f),
    );
    const kinds = new Set(files.map((f) => path.extname(f)));
    assert.deepEqual([...kinds].sort(), ['.pagefind', '.pf_fragment', '.pf_index', '.pf_meta']);
    for (const file of files) {
      const data = await fs.readFile(file);
      // pagefind.js takes a file that begins with its mark as it is, and inflates anything else.
      assert.equal(
        data.subarray(0, DECOMPRESSED_MARK.length).toString('latin1'),
        DECOMPRESSED_MARK,
        file,
      );
    }
  });

  it('ships pagefind.js minified, its wait for the WebAssembly in short steps', async () => {
    const bundle = await fs.readFile(path.join(site, 'pagefind', 'pagefind.js'), 'utf8');
    assert.doesNotMatch(bundle, /\n\s+/, 'minified');
    assert.doesNotMatch(bundle, /getPtr\(\)\{while\(this\.raw_ptr===null\)/, 'names mangled too');
    assert.match(bundle, /export\{/);
  });

  it('fails the build when a language of the site has no indexed page', async () => {
    const broken = await copyFixture(await fs.mkdtemp(path.join(os.tmpdir(), 'search-index-')));
    const html = await fs.readFile(path.join(broken, 'en', 'page.html'), 'utf8');
    await fs.writeFile(
      path.join(broken, 'en', 'page.html'),
      html.replace(' data-pagefind-body=""', ''),
    );
    await assert.rejects(buildSearchIndex(broken, {log: () => {}}), /no pages in en/);
    await fs.rm(path.dirname(broken), {recursive: true, force: true});
  });
});

describe('Pagefind data files stored decompressed', () => {
  it('takes a gzip holding Pagefind’s mark, and a file already decompressed, as they are', async () => {
    const plain = Buffer.from(`${DECOMPRESSED_MARK}{"content":"x"}`);
    assert.deepEqual(await decompressed('pagefind/a.pf_fragment', gzipSync(plain)), plain);
    assert.deepEqual(await decompressed('pagefind/a.pf_fragment', plain), plain);
  });

  it('fails naming the file when a new Pagefind writes something else', async () => {
    await assert.rejects(
      decompressed('pagefind/index/en_1.pf_index', gzipSync(Buffer.from('something else'))),
      /pagefind\/index\/en_1\.pf_index is not a Pagefind data file.*update that step/,
    );
  });
});

describe('pageForIndex', () => {
  /** A built page as Docusaurus writes it: minified, the article inside data-pagefind-body. */
  const page = (article: string) =>
    '<!doctype html><html lang=ko><head><title>Page</title></head><body><nav class=menu><ul><li>Menu<li>Items</ul></nav>' +
    `<main><div data-pagefind-body=""><article>${article}</article></div><footer><p>Edit</footer></main></body></html>`;
  const indexed = (article: string) =>
    pageForIndex(page(article)).split('<article>')[1].split('</article>')[0];

  it('marks a "see more" section, up to the next heading of its level, for Pagefind to skip', () => {
    assert.equal(
      indexed(
        '<h2 id=see-more>See more</h2><ul><li>a</ul><h3>Sub</h3><p>b</p><h2 id=next>Next</h2><p>c</p>',
      ),
      '<h2 id="see-more" data-pagefind-ignore="all">See more</h2><ul data-pagefind-ignore="all"><li>a</li></ul><h3 data-pagefind-ignore="all">Sub</h3><p data-pagefind-ignore="all">b</p><h2 id="next">Next</h2><p>c</p>',
    );
  });

  it('skips the link sections of imported Microsoft docs too: see also, next steps, related topics', () => {
    for (const id of ['see-also', 'next-steps', 'related-topics', 'see-also-1']) {
      const html = indexed(
        `<h2 id="${id}">x</h2><ul><li>other page</li></ul><h2 id="after">After</h2>`,
      );
      assert.match(html, new RegExp(`<ul data-pagefind-ignore="all"><li>other page`), id);
      assert.match(html, /<h2 id="after">After/, id);
    }
  });

  it('keeps sections whose id only begins like a link section', () => {
    assert.equal(
      indexed('<h2 id="next-steps-to-enrol">Enrol</h2><p>a</p>'),
      '<h2 id="next-steps-to-enrol">Enrol</h2><p>a</p>',
    );
  });

  it('writes back the end tags the minifier dropped, so neighbouring cells and items stay apart', () => {
    assert.equal(
      indexed('<table><tr><td>Name<td>Owner</table><ul><li>one<li>two</ul><p>last'),
      '<table><tbody><tr><td>Name</td><td>Owner</td></tr></tbody></table><ul><li>one</li><li>two</li></ul><p>last</p>',
    );
  });

  it('weighs the words of a link to another page of the site less than the page text', () => {
    assert.equal(
      indexed(
        '<span data-url=/en/partner-center/mfa></span><p>Ask <a href=/en/partner-center/reset-my-password#steps>how to reset</a> ' +
          'or <a href=#turn-on>turn it on</a>, <a href=/en/partner-center/mfa#turn-on>here</a> ' +
          'or <a href=https://support.microsoft.com>support</a>.',
      ),
      '<span data-url="/en/partner-center/mfa"></span><p>Ask <a href="/en/partner-center/reset-my-password#steps" ' +
        `data-pagefind-weight="${LINK_TEXT_WEIGHT}">how to reset</a> or <a href="#turn-on">turn it on</a>, ` +
        '<a href="/en/partner-center/mfa#turn-on">here</a> or <a href="https://support.microsoft.com">support</a>.</p>',
    );
  });

  it('keeps a word that runs into or out of a weighted link whole, as Pagefind would split it there', () => {
    assert.equal(
      indexed(
        '<p>관리자는 <a href=/partner-center/reset-a-user-password>사용자 암호 재설정</a>에 나온 방법으로, ' +
          '(<a href=/en/partner-center/mfa>MFA</a>). <a href=/en/partner-center/mfa>Alone</a> here.',
      ),
      `<p>관리자는 <a href="/partner-center/reset-a-user-password" data-pagefind-weight="${LINK_TEXT_WEIGHT}">` +
        '사용자 암호 재설정에</a> 나온 방법으로, ' +
        `<a href="/en/partner-center/mfa" data-pagefind-weight="${LINK_TEXT_WEIGHT}">(MFA).</a> ` +
        `<a href="/en/partner-center/mfa" data-pagefind-weight="${LINK_TEXT_WEIGHT}">Alone</a> here.</p>`,
    );
  });

  it('leaves everything outside the indexed part as it was, byte for byte', () => {
    const before = page('<p>a');
    const after = pageForIndex(before);
    const cut = (html: string) => html.replace(/<div data-pagefind-body="">.*?<\/div>/, '');
    assert.equal(cut(after), cut(before));
    assert.ok(after.includes('<nav class=menu><ul><li>Menu<li>Items</ul></nav>'));
  });

  it('leaves pages without an indexed part as they are', () => {
    const html = '<html><body><h2 id=see-more>x</h2><ul><li>a</ul></body></html>';
    assert.equal(pageForIndex(html), html);
  });
});

describe('patchPagefind', () => {
  const POLL =
    'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

  it('makes the wait for the WebAssembly poll every few ms instead of every 50', () => {
    const patched = patchPagefind(`a();${POLL}return 1;}await asyncSleep(50);`);
    assert.ok(patched.includes(`await asyncSleep(${POLL_MS});}`));
    // Only getPtr's wait: other sleeps are Pagefind's business.
    assert.ok(patched.endsWith('await asyncSleep(50);'));
  });

  it('fails loudly when a new Pagefind no longer has the code it patches', () => {
    assert.throws(() => patchPagefind('async getPtr(){return this.ready;}'), /update the patch/);
  });
});
