import {correctQuery, correctWord, editDistance, prepareVocabulary} from '../spelling';

// A vocabulary in our own words, commonest first, as the post-build step writes it.
const vocabulary = prepareVocabulary([
  'the',
  'invoice',
  'customer',
  'customers',
  'billing',
  'subscription',
  'error',
  'role',
  'list',
  '비밀번호',
  '암호를',
  '구독',
  '추천을',
  '카탈로그',
  '위치',
]);

test('edits: a letter added, dropped, changed, or two swapped, each count one', () => {
  expect(editDistance('invoce', 'invoice', 2)).toBe(1);
  expect(editDistance('recieve', 'receive', 2)).toBe(1);
  expect(editDistance('bilingg', 'billing', 2)).toBe(2);
  expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
});

test.each([
  ['invoce', 'invoice'],
  ['Invoise', 'invoice'],
  ['custmer', 'customer'],
  ['bilingg', 'billing'],
  ['subscriotion', 'subscription'],
  ['비밀번흐', '비밀번호'],
  ['카탈러그', '카탈로그'],
])('%s is read as %s', (typed, meant) => {
  expect(correctWord(typed, vocabulary)).toBe(meant);
});

test('a Korean word is measured in the letters it is typed with, and read as the start of a page word that carries an ending', () => {
  expect(correctWord('츄천', vocabulary)).toBe('추천');
  expect(correctWord('구돆', vocabulary)).toBe('구독');
});

test('a word a page holds, or starts, is left as typed', () => {
  expect(correctWord('Customer', vocabulary)).toBe('Customer');
  expect(correctWord('subscr', vocabulary)).toBe('subscr');
});

test('a query is corrected word by word, and only when every unknown word has a correction', () => {
  expect(correctQuery('custmer list', vocabulary)).toBe('customer list');
  expect(correctQuery('invoice list', vocabulary)).toBeUndefined();
  expect(correctQuery('<img src=x onerror=alert(1)>', vocabulary)).toBeUndefined();
  expect(correctQuery('asdfgh', vocabulary)).toBeUndefined();
});

test('a short word is never corrected: too many short words are one edit apart', () => {
  expect(correctWord('rule', vocabulary)).toBeUndefined();
  expect(correctWord('rol', vocabulary)).toBe('rol');
  expect(correctWord('위차', vocabulary)).toBe('위차');
});
