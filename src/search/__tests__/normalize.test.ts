import {
  MAX_QUERY_CHARS,
  capLength,
  normalizeQuery,
  normalizeText,
  splitScripts,
} from '../normalize';

describe('normalizeText', () => {
  it.each([
    ['  Reset   MY Password  ', 'reset my password'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['.*+?^${}()|[]\\ password', 'password'],
    ['비밀번호\u200B를\u200D 잊었어요', '비밀번호를 잊었어요'],
    ['\u202Epassword\u202C \u2067로그인\u2069', 'password 로그인'],
    ['🔒 locked out 😭', 'locked out'],
    ['비번 까먹었어요ㅠㅠ', '비번 까먹었어요'],
    ['ㅋㅋ 로그인 ㅇㅇ', '로그인'],
    ['Ｐａｓｓｗｏｒｄ', 'password'],
    ['can’t sign‐in', "can't sign in"],
    ["'quoted' words", 'quoted words'],
  ])('cleans %j into %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('capLength', () => {
  it('keeps the first characters, counting an emoji as one', () => {
    expect(capLength('😀'.repeat(5), 3)).toBe('😀😀😀');
    expect(capLength('abc', 10)).toBe('abc');
  });

  it('reads only the first MAX_QUERY_CHARS characters of a long paste', () => {
    const paste = 'password '.repeat(1200);
    const query = normalizeQuery(paste);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(query.startsWith('password password')).toBe(true);
  });
});

describe('splitScripts', () => {
  it('splits where Hangul starts or ends', () => {
    expect(splitScripts('id를')).toEqual(['id', '를']);
    expect(splitScripts('파트너center')).toEqual(['파트너', 'center']);
  });
});
