import {type PageText, summarise} from '../excerpt';

const words = (n: number, from = 0) => Array.from({length: n}, (_, i) => `w${from + i}`);

function page(content: string[], anchors: PageText['anchors'] = []): PageText {
  return {content: content.join(' '), anchors};
}

const text = (parts: {text: string}[]) => parts.map((p) => p.text).join('');
const marked = (parts: {text: string; mark: boolean}[]) =>
  parts.filter((p) => p.mark).map((p) => p.text);

describe('summarise', () => {
  const content = [
    ...words(10),
    'Reset',
    'the',
    'password',
    ...words(30, 13),
    'See',
    'more',
    'temporary',
    'password',
    ...words(20, 47),
  ];
  const anchors = [
    {element: 'h2', id: 'steps', text: 'Steps\u200B', location: 10},
    {element: 'h2', id: 'see-more', text: 'See more', location: 43},
    {element: 'div', id: 'not-a-heading', location: 20},
  ];

  it('picks the section where most of the query’s concepts match, with its heading', () => {
    const summary = summarise(
      page(content, anchors),
      new Map([
        [0, [12, 46]],
        [1, [45]],
      ]),
    );
    expect(summary.section).toEqual({id: 'see-more', title: 'See more'});
    expect(marked(summary.excerpt)).toEqual(['temporary password']);
    // The heading is shown as the section: the excerpt is the text under it.
    expect(text(summary.excerpt)).toMatch(/^temporary password w47/);
  });

  describe('a page whose title names the question', () => {
    const titled: PageText = {
      content: [
        'Cannot sign in',
        'There are reasons you cannot sign in.',
        'Forgot password',
        'Ask your admin. You cannot sign in without it.',
      ].join(' '),
      anchors: [{element: 'h2', id: 'forgot', text: 'Forgot password', location: 10}],
      meta: {title: 'Cannot sign in'},
    };
    // cannot: 0, 5, 15; sign: 1, 6, 16; password: 11.
    it('is landed on at its top, its excerpt the text under the title', () => {
      const summary = summarise(
        titled,
        new Map([
          [0, [0, 5, 15]],
          [1, [1, 6, 16]],
        ]),
      );
      expect(summary.section).toBeUndefined();
      expect(text(summary.excerpt)).toMatch(/^There are reasons/);
    });

    it('is landed on at the section whose heading names part of the question', () => {
      const summary = summarise(
        titled,
        new Map([
          [0, [0, 5, 15]],
          [1, [11]],
        ]),
      );
      expect(summary.section).toEqual({id: 'forgot', title: 'Forgot password'});
    });

    it('leaves hints out: a hint in a heading does not make it the place to land', () => {
      const locations = new Map([
        [0, [0, 5, 15]],
        [1, [1, 6, 16]],
        [2, [4, 10]],
      ]);
      expect(summarise(titled, locations, {hints: new Set([2])}).section).toBeUndefined();
      expect(summarise(titled, locations).section).toEqual({
        id: 'forgot',
        title: 'Forgot password',
      });
    });
  });

  it('prefers, among equally matching sections, the one whose heading has the reader’s words', () => {
    const text = [
      'intro',
      'Steps',
      'reset',
      'password',
      'body',
      'More',
      'reset',
      'password',
      'reset',
      'password',
    ];
    const summary = summarise(
      page(text, [
        {element: 'h2', id: 'steps', text: 'Steps reset password', location: 1},
        {element: 'h2', id: 'more', text: 'More', location: 5},
      ]),
      new Map([
        [0, [2, 6, 8]],
        [1, [3, 7, 9]],
      ]),
    );
    expect(summary.section).toEqual({id: 'steps', title: 'Steps reset password'});
  });

  it('takes sections from headings only, not from other elements with an id', () => {
    const summary = summarise(page(content, anchors), new Map([[0, [25]]]));
    expect(summary.section).toEqual({id: 'steps', title: 'Steps'});
  });

  it('reports no section when the matches are above the first heading', () => {
    const summary = summarise(page(content, anchors), new Map([[0, [2]]]));
    expect(summary.section).toBeUndefined();
    expect(marked(summary.excerpt)).toEqual(['w2']);
  });

  it('cuts long sections to a window around the matches, with ellipses', () => {
    const summary = summarise(page(content, anchors), new Map([[0, [50]]]), {length: 6});
    expect(text(summary.excerpt)).toBe('… password w47 w48 w49 w50 w51 …');
    expect(marked(summary.excerpt)).toEqual(['w50']);
  });

  it('treats the page text as text: markup in it is never markup', () => {
    const summary = summarise(
      page(['<img', 'src=x', 'onerror=alert(1)>', 'password']),
      new Map([[0, [3]]]),
    );
    expect(text(summary.excerpt)).toBe('<img src=x onerror=alert(1)> password');
    expect(marked(summary.excerpt)).toEqual(['password']);
  });

  it('counts words the way Pagefind does for zero-width-separated text', () => {
    const summary = summarise(
      {content: '로그인할수없음', raw_content: '로그인\u200B할수\u200B&lt;없음&gt;', anchors: []},
      new Map([[0, [2]]]),
    );
    expect(marked(summary.excerpt)).toEqual(['<없음>']);
  });
});

test('a sentence repeated across a table row is shown once', () => {
  const row = ['Billed', 'by', 'customer', 'currency.'];
  const content = ['Compare', 'offers.', ...row, ...row, ...row, ...row, 'Partner', 'currency.'];
  const summary = summarise(page(content), new Map([[0, [3, 7, 11, 15]]]));
  expect(text(summary.excerpt)).toBe(
    'Compare offers. Billed by customer currency. Partner currency.',
  );
  expect(marked(summary.excerpt)).toEqual(['by']);
});
