import {
  HINT_WEIGHT,
  PHRASE_WEIGHT,
  PROXIMITY_WEIGHT,
  PROXIMITY_WINDOW,
  type TermHit,
  conceptScore,
  headingCoverage,
  rankPages,
  titleCoverage,
  titleShare,
} from '../rank';

const hit = (page: string, score: number, locations: number[] = [0]): TermHit => ({
  page,
  score,
  locations,
});

describe('rankPages', () => {
  it('adds up the concepts, so a page answering more of the question usually comes first', () => {
    const ranked = rankPages([
      [[hit('a', 2.5), hit('b', 1)]], // concept 0: password
      [[hit('b', 1)]], // concept 1: forgot
    ]);
    expect(ranked.map((r) => [r.page, r.covered])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('lets a page strong on the rare word beat one that only holds filler words', () => {
    // "difference between PGA and PLA": Pagefind scores a rare word (PGA) far above common ones.
    // Filler words stand wherever they fall, the rare words together.
    const ranked = rankPages([
      [[hit('filler', 1.9, [10])]],
      [[hit('filler', 4.7, [200])]],
      [[hit('about', 12.4, [5])]],
      [[hit('about', 3.2, [7]), hit('filler', 2.4, [400])]],
    ]);
    expect(ranked.map((r) => r.page)).toEqual(['about', 'filler']);
  });

  it('scores a concept by its best alternative', () => {
    const [b, a] = rankPages([[[hit('a', 2)], [hit('a', 3), hit('b', 4)]]]);
    expect([b!.page, a!.page]).toEqual(['b', 'a']);
    expect(a!.score).toBeCloseTo(conceptScore(3));
    expect(b!.score).toBeCloseTo(conceptScore(4));
  });

  it('dampens scores, so one word that fills a page cannot outweigh the rest of the question', () => {
    // Summed as they are, b would lead (6.2 against 4).
    const ranked = rankPages([[[hit('a', 2), hit('b', 0.2)]], [[hit('a', 2), hit('b', 6)]]]);
    expect(ranked.map((r) => r.page)).toEqual(['a', 'b']);
  });

  it('lets a hint concept break ties with a small weight, without counting as coverage', () => {
    const [b, a] = rankPages([[[hit('a', 2), hit('b', 2)]], [[hit('b', 4)]]], [false, true]);
    expect([b!.page, b!.covered, a!.page, a!.covered]).toEqual(['b', 1, 'a', 1]);
    expect(b!.score - a!.score).toBeCloseTo(HINT_WEIGHT * conceptScore(4));
  });

  it('puts the page that says the typed words as a phrase above one that has them apart', () => {
    // "partner global account": both pages hold all three words, equally well.
    const ranked = rankPages([
      [[hit('apart', 2, [5]), hit('phrase', 2, [40])]],
      [[hit('apart', 2, [20]), hit('phrase', 2, [41])]],
      [[hit('apart', 2, [60]), hit('phrase', 2, [43])]],
    ]);
    expect(ranked.map((r) => r.page)).toEqual(['phrase', 'apart']);
    // Both are near enough in "phrase"; in "apart", only "partner" and "global" (15 words apart).
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(
      2 * PHRASE_WEIGHT + PROXIMITY_WEIGHT * (1 - 1 / 3),
    );
  });

  it('counts a phrase only in the order typed, between typed concepts (a hint between them is skipped)', () => {
    // Near each other, so the proximity share is whole; no phrase.
    const reversed = rankPages([[[hit('a', 2, [11])]], [[hit('a', 2, [10])]]]);
    expect(reversed[0]!.score).toBeCloseTo(2 * conceptScore(2) + PROXIMITY_WEIGHT);
    const throughHint = rankPages(
      [[[hit('a', 2, [10])]], [[hit('a', 2, [11])]], [[hit('a', 2, [12])]]],
      [false, true, false],
    );
    expect(throughHint[0]!.score).toBeCloseTo(
      (2 + HINT_WEIGHT) * conceptScore(2) + PHRASE_WEIGHT + PROXIMITY_WEIGHT,
    );
  });

  it("reads the parts of one compound word as a phrase: Pagefind gives them the word's one location", () => {
    // "Syndication_Partner_Subscription_Number", typed as a field name, against the same words apart.
    const ranked = rankPages([
      [[hit('apart', 2, [5]), hit('field', 2, [30])]],
      [[hit('apart', 2, [50]), hit('field', 2, [30])]],
      [[hit('apart', 2, [90]), hit('field', 2, [30])]],
    ]);
    expect(ranked.map((r) => r.page)).toEqual(['field', 'apart']);
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(2 * PHRASE_WEIGHT + PROXIMITY_WEIGHT);
  });

  it('puts the page that says the concepts near one another, in any order, above one that has them apart', () => {
    // "where do I pick the reseller for a new customer": both pages hold both words, equally well.
    const window = PROXIMITY_WINDOW;
    const ranked = rankPages([
      [[hit('apart', 2, [3]), hit('together', 2, [200 + window])]],
      [[hit('apart', 2, [3 + window + 1]), hit('together', 2, [200])]],
    ]);
    expect(ranked.map((r) => r.page)).toEqual(['together', 'apart']);
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(PROXIMITY_WEIGHT);
  });

  it('weighs proximity by the share of concept pairs that are near, hints left out', () => {
    // Three typed concepts: only the first two near each other, one pair of three.
    const [partly] = rankPages([[[hit('a', 2, [0])]], [[hit('a', 2, [5])]], [[hit('a', 2, [90])]]]);
    expect(partly!.score).toBeCloseTo(3 * conceptScore(2) + PROXIMITY_WEIGHT / 3);
    // The far concept is a hint: the one pair left is near.
    const [hinted] = rankPages(
      [[[hit('a', 2, [0])]], [[hit('a', 2, [5])]], [[hit('a', 2, [90])]]],
      [false, false, true],
    );
    expect(hinted!.score).toBeCloseTo((2 + HINT_WEIGHT) * conceptScore(2) + PROXIMITY_WEIGHT);
  });

  it('keeps the match locations of every concept for the excerpt', () => {
    const [page] = rankPages([[[hit('a', 1, [3, 7])], [hit('a', 1, [9])]], [[hit('a', 1, [12])]]]);
    expect(page!.locations.get(0)).toEqual([3, 7, 9]);
    expect(page!.locations.get(1)).toEqual([12]);
  });

  it('returns nothing for no hits', () => {
    expect(rankPages([[[]], [[]]])).toEqual([]);
  });
});

describe('titleShare', () => {
  const stop = new Set(['for', 'the', 'of']);

  it('is the share of the title words that a query term starts, filler left out', () => {
    expect(
      titleShare('Customer subscriptions', ['customer', 'subscription', 'overview'], stop),
    ).toBe(1);
    expect(
      titleShare(
        'Commercial marketplace overview for the Cloud Solution Provider',
        ['overview'],
        stop,
      ),
    ).toBeCloseTo(1 / 6);
  });

  it('reads the words of a phrase term one by one, and Korean titles as written', () => {
    expect(titleShare('Partner Center account', ['partner center'], stop)).toBeCloseTo(2 / 3);
    expect(titleShare('고객 구독', ['고객', '구독', '한눈', '관리'], stop)).toBe(1);
  });

  it('is 0 for a title of filler only, or no title', () => {
    expect(titleShare('', ['customer'], stop)).toBe(0);
    expect(titleShare('For the', ['for'], stop)).toBe(0);
  });
});

describe('titleCoverage', () => {
  const customers = {terms: ['customers', 'customer'], typed: 'customer'};
  const subscription = {terms: ['subscription']};
  const overview = {terms: ['overview']};

  it('is the share of the typed concepts the title names', () => {
    const query = [customers, subscription, overview];
    expect(titleCoverage('Customer subscriptions', query)).toBeCloseTo(2 / 3);
    expect(titleCoverage('Commercial marketplace overview', query)).toBeCloseTo(1 / 3);
  });

  it("counts a synonym group by the reader's own word, not the table's other words", () => {
    const query = [{terms: ['기본 연락처']}, {terms: ['재설정', '변경'], typed: '변경'}];
    expect(titleCoverage('내 암호 재설정', query)).toBe(0);
    expect(titleCoverage('기본 연락처 변경', query)).toBe(1);
  });

  it("counts the table's words that the reader's phrase holds as typed", () => {
    const query = [
      {terms: ['add']},
      {terms: ['location', 'office location'], typed: 'office location'},
    ];
    expect(titleCoverage('Manage your partner account: Locations', query)).toBeCloseTo(1 / 2);
    expect(titleCoverage('Add a new customer', query)).toBeCloseTo(1 / 2);
  });

  it('finds a word typed without its spaces', () => {
    const query = [{terms: ['파트너 센터'], typed: '파트너센터'}];
    expect(titleCoverage('파트너 센터 계정 만들기', query)).toBe(1);
    expect(titleCoverage('파트너 관리 센터', query)).toBe(0);
  });

  it('leaves hints and assumptions out', () => {
    const query = [subscription, {terms: ['my'], hint: true}, {terms: ['csp'], assumed: true}];
    expect(titleCoverage('My CSP subscription', query)).toBe(1);
    expect(titleCoverage('Anything', [{terms: ['my'], hint: true}])).toBe(0);
  });
});

describe('headingCoverage', () => {
  const concepts = [
    {terms: ['check']},
    {terms: ['company']},
    {terms: ['already']},
    {terms: ['tenant']},
  ];

  it('counts the heading that names most of the question', () => {
    const headings = [
      'Why one address can have two accounts',
      'Check that your company has a tenant',
    ];
    expect(headingCoverage(headings, concepts)).toBe(0.75);
  });

  it('counts nothing for a heading with only a word or two of it', () => {
    expect(headingCoverage(['If your company has no tenant'], concepts)).toBe(0);
  });

  it('counts nothing for a question of one concept, which any heading with its word names', () => {
    expect(headingCoverage(['Check your tenant'], [{terms: ['tenant']}])).toBe(0);
  });

  it('leaves hints and assumptions out of the share', () => {
    const withHint = [...concepts, {terms: ['my'], hint: true}];
    expect(headingCoverage(['Check that your company has a tenant'], withHint)).toBe(0.75);
  });
});
