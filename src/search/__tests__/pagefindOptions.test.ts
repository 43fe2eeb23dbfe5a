import {TITLE_META_WEIGHT, pagefindOptions} from '../pagefindOptions';

describe('pagefindOptions', () => {
  it("gives each language's index its own title weight and the rest alike", () => {
    const ko = pagefindOptions('ko');
    const en = pagefindOptions('en');
    expect(ko.ranking.metaWeights.title).toBe(TITLE_META_WEIGHT.ko);
    expect(en.ranking.metaWeights.title).toBe(TITLE_META_WEIGHT.en);
    expect(en.ranking.metaWeights.title).not.toBe(ko.ranking.metaWeights.title);
    expect({...en.ranking, metaWeights: {...en.ranking.metaWeights, title: 0}}).toEqual({
      ...ko.ranking,
      metaWeights: {...ko.ranking.metaWeights, title: 0},
    });
  });

  it('reads a page language with a region or in capitals as its language', () => {
    expect(pagefindOptions('en-US')).toEqual(pagefindOptions('en'));
    expect(pagefindOptions('KO')).toEqual(pagefindOptions('ko'));
  });

  it("gives a language it has no weight for the default language's options", () => {
    expect(pagefindOptions('fr')).toEqual(pagefindOptions('ko'));
    expect(pagefindOptions('')).toEqual(pagefindOptions('ko'));
  });

  it('never scores the glued acronyms or the images, in any language', () => {
    for (const language of ['ko', 'en']) {
      const {metaWeights} = pagefindOptions(language).ranking;
      expect([metaWeights.glued, metaWeights.image, metaWeights.image_alt]).toEqual([0, 0, 0]);
    }
  });
});
