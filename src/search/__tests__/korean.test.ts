import endings from '../data/korean-endings.json';
import {normalizeText} from '../normalize';
import {
  compileKoreanSuffixes,
  connectiveStem,
  endsVerbConnective,
  isOnlyEndings,
  isParticle,
  isShiftSlip,
  modifierStem,
  negatedForms,
  pastTenseStem,
  soundAlike,
  stripKoreanSuffixes,
  unshifted,
  withPastTenseFinal,
} from '../korean';

const suffixes = compileKoreanSuffixes(endings);

describe('data/korean-endings.json', () => {
  it('lists only what a cleaned-up query can hold', () => {
    // A lone Hangul letter (ㄹ때) is cleaned out of every query, so such an entry never matches.
    const unreachable = [...endings.particles, ...endings.endings].filter(
      (entry) => normalizeText(entry).replace(/ /g, '') !== entry.replace(/\s+/g, ''),
    );
    expect(unreachable).toEqual([]);
  });
});

describe('stripKoreanSuffixes', () => {
  it.each([
    ['로그인을', '로그인'],
    ['로그인이', '로그인'],
    ['비밀번호를', '비밀번호'],
    ['메일이', '메일'],
    ['재설정하는', '재설정'],
    ['방법은', '방법'],
    ['서류를', '서류'],
    ['관리자에게', '관리자'],
    ['도메인', '도메인'],
    // Particles stack, and plural and honorific suffixes come before them.
    ['담당자들한테', '담당자'],
    // Particles that mean only, as, by, even (프로필밖에 안 보여요: only My profile shows).
    ['프로필밖에', '프로필'],
    ['관리자로서', '관리자'],
    ['인증마저', '인증'],
    // A noun's own last syllables stay: 최대로 is 최대 + 로, not 최 + 대로.
    ['최대로', '최대'],
    ['단위로도', '단위'],
    ['팀장님이', '팀장'],
  ])('strips %s to %s', (word, stem) => {
    expect(stripKoreanSuffixes(word, suffixes)).toBe(stem);
  });

  it('never leaves less than two syllables of an unknown word', () => {
    expect(stripKoreanSuffixes('메일', suffixes)).toBe('메일');
    expect(stripKoreanSuffixes('기가', suffixes)).toBe('기가');
  });
});

describe('isOnlyEndings', () => {
  it.each(['을', '하는', '었어요', '어버렸어요', '했는데', '할', '이에요', '들이', '님께', ''])(
    '%j is grammar only',
    (text) => {
      expect(isOnlyEndings(text, suffixes)).toBe(true);
    },
  );

  it.each(['화면', '암호', '용'])('%j is a word', (text) => {
    expect(isOnlyEndings(text, suffixes)).toBe(false);
  });

  // A backtracking reader would take minutes here; a second is a bound no busy machine reaches.
  it('gives up on long text without trying every split', () => {
    const started = performance.now();
    expect(isOnlyEndings('어요'.repeat(100) + '암', suffixes)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('isParticle', () => {
  it.each(['가', '의', '에서'])('%s is a particle', (text) => {
    expect(isParticle(text, suffixes)).toBe(true);
  });

  it.each(['되', '돼요', '요', '관리'])('%s is not, or is also an ending', (text) => {
    expect(isParticle(text, suffixes)).toBe(false);
  });
});

describe('endsVerbConnective', () => {
  it.each([
    ['어', true],
    ['내', true],
    ['해', true],
    ['봐', true],
    ['줘', true],
    ['구', false],
    ['들', false],
    ['은', false],
    ['a', false],
    ['', false],
  ])('%s → %s', (syllable, expected) => {
    expect(endsVerbConnective(syllable)).toBe(expected);
  });
});

describe('pastTenseStem', () => {
  it.each([
    ['꿨', '꾸'], // 바꿨 (바꾸었)
    ['줬', '주'],
    ['봤', '보'],
    ['됐', '되'],
    ['겼', '기'], // 잠겼 (잠기었)
    ['혔', '히'],
    ['냈', '내'], // 보냈 (보내었)
  ])('%s is the past tense of a stem ending in %s', (syllable, stem) => {
    expect(pastTenseStem(syllable)).toBe(stem);
  });

  it.each(['했', '았', '었', '였', '있', '갔', '구', '돼', 'a', ''])(
    '%s is left alone: an ending already, no contraction, or no syllable',
    (syllable) => {
      expect(pastTenseStem(syllable)).toBeUndefined();
    },
  );
});

describe('connectiveStem', () => {
  it.each([
    ['둬', '두'], // 그만둬서 (그만두어서)
    ['꿔', '꾸'], // 바꿔요 (바꾸어요)
    ['봐', '보'],
    ['돼', '되'],
    ['겨', '기'], // 잠겨서 (잠기어서)
  ])('%s is a stem ending in %s with -어 or -아 contracted into it', (syllable, stem) => {
    expect(connectiveStem(syllable)).toBe(stem);
  });

  it.each(['해', '내', '워', '와', '어', '꿨', '두', 'a', ''])(
    '%s is left alone: its own stem, an ending, a final, no contraction, or no syllable',
    (syllable) => {
      expect(connectiveStem(syllable)).toBeUndefined();
    },
  );
});

describe('modifierStem', () => {
  it.each([
    ['뀐', '뀌'], // 바뀐 (바뀌 + ㄴ)
    ['뀔', '뀌'],
    ['뀜', '뀌'],
    ['든', '드'], // 만든 (만드 + ㄴ)
    ['둠', '두'], // 그만둠
  ])('%s is a -ㄴ, -ㄹ or -ㅁ form of a stem ending in %s', (syllable, stem) => {
    expect(modifierStem(syllable)).toBe(stem);
  });

  it.each(['바', '꿨', '정', '닭', 'a', ''])(
    '%s is left alone: no final, another final, or no syllable',
    (syllable) => {
      expect(modifierStem(syllable)).toBeUndefined();
    },
  );
});

describe('negatedForms', () => {
  it('says a verb did not or could not happen in every form, short and long', () => {
    expect(negatedForms('들어가')).toEqual([
      '못 들어가',
      '안 들어가',
      '들어갈 수 없',
      '들어갈 수가 없',
      '들어갈 수도 없',
      '들어가지 못',
      '들어가지 않',
    ]);
  });

  it.each([
    ['받', '받을 수 없'], // a closed syllable takes 을
    ['만들', '만들 수 없'], // a stem ending in ㄹ keeps it
    ['오', '올 수 없'], // an open syllable takes ㄹ
  ])('writes the -ㄹ form of %s before 수: %s', (stem, form) => {
    expect(negatedForms(stem)).toContain(form);
  });

  it('rejects what is not a Korean stem', () => {
    expect(() => negatedForms('go')).toThrow('"go" is not a Korean verb stem');
  });
});

describe('soundAlike', () => {
  it('writes the vowels heard alike one way: ㅔ as ㅐ, ㅖ as ㅒ, ㅚ and ㅞ as ㅙ', () => {
    expect(soundAlike('상테 도메인')).toBe(soundAlike('상태 도매인'));
    expect(soundAlike('됬 됐 웬')).toBe('됐 됐 왠');
    expect(soundAlike('예약 얘기')).toBe('얘약 얘기');
    expect(soundAlike('login 로그인')).toBe('login 로그인');
  });
});

describe('a Shift let go too early', () => {
  it('spells a word as typed with Shift never held: ㄲ ㄸ ㅃ ㅆ ㅉ, ㅒ ㅖ and final ㄲ ㅆ', () => {
    expect(unshifted('까먹었')).toBe('가먹엇');
    expect(unshifted('때 빼고 짜 썼')).toBe('대 배고 자 섯');
    expect(unshifted('얘기 계정 밖')).toBe('애기 게정 박');
    expect(unshifted('login 로그인')).toBe('login 로그인');
  });

  it.each([
    ['잠겻', '잠겼'],
    ['가먹', '까먹'],
    ['게정', '계정'],
    ['갓엇', '갔었'],
  ])('reads %s as a slip for %s', (typed, word) => {
    expect(isShiftSlip(typed, word)).toBe(true);
  });

  it.each([
    ['까지', '가지'], // a Shift letter typed is meant
    ['제까', '제가'],
    ['잠겼', '잠겼'], // no slip at all
    ['잠겻', '잠겼다'],
    ['잠궜', '잠겼'], // another vowel is no slip
  ])('does not read %s as a slip for %s', (typed, word) => {
    expect(isShiftSlip(typed, word)).toBe(false);
  });

  it('gives a contracted past tense its ㅆ back, for the stem the table lists (바꿧 → 바꿨)', () => {
    expect(withPastTenseFinal('바꿧')).toBe('바꿨');
    expect(withPastTenseFinal('잠겻')).toBe('잠겼');
    expect(withPastTenseFinal('바꿔')).toBeUndefined();
    expect(withPastTenseFinal('')).toBeUndefined();
  });
});
