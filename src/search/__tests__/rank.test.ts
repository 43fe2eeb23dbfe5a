import {HINT_WEIGHT, type TermHit, rankPages} from '../rank';

const hit = (page: string, score: number, locations: number[] = [0]): TermHit => ({
  page,
  score,
  locations,
});

describe('rankPages', () => {
  it('puts pages that answer more of the question first, even over a stronger single match', () => {
    const ranked = rankPages([
      [[hit('a', 9), hit('b', 1)]], // concept 0: password
      [[hit('b', 1)]], // concept 1: forgot
    ]);
    expect(ranked.map((r) => [r.page, r.covered])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('scores a concept by its best alternative, relative to the best page for that concept', () => {
    const [b, a] = rankPages([[[hit('a', 2)], [hit('a', 3), hit('b', 4)]]]);
    expect([b!.page, a!.page]).toEqual(['b', 'a']);
    expect(a!.score / b!.score).toBeCloseTo(0.75);
  });

  it('sums concepts, so among equally complete pages the stronger one leads', () => {
    const [b, a] = rankPages([[[hit('a', 1), hit('b', 2)]], [[hit('a', 1), hit('b', 2)]]]);
    expect([b!.page, a!.page]).toEqual(['b', 'a']);
    expect(b!.score).toBeCloseTo(2 * a!.score);
  });

  it('weighs a concept found on few pages above one found on many', () => {
    const ranked = rankPages([[[hit('c', 1)]], [[hit('a', 1), hit('b', 1)]]]);
    expect(ranked.map((r) => [r.page, r.covered])).toEqual([
      ['c', 1],
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('does not let one concept that scores very high outweigh the rest of the question', () => {
    const ranked = rankPages(
      [[[hit('a', 1), hit('b', 0.2)]], [[hit('a', 1), hit('b', 0.2)]], [[hit('b', 50)]]],
      [false, false, true],
    );
    expect(ranked.map((r) => r.page)).toEqual(['a', 'b']);
  });

  it('lets a hint concept break ties with a small fixed weight, without counting as coverage', () => {
    const [b, a] = rankPages([[[hit('a', 2), hit('b', 2)]], [[hit('b', 4)]]], [false, true]);
    expect([b!.page, b!.covered, a!.page, a!.covered]).toEqual(['b', 1, 'a', 1]);
    expect(b!.score - a!.score).toBeCloseTo(HINT_WEIGHT);
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
