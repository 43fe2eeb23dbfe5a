import contractions from '../data/english-contractions.json';
import {expandContractions, stemEnglish} from '../english';

describe('expandContractions', () => {
  it.each([
    [
      ["can't", 'sign', 'in'],
      ['cannot', 'sign', 'in'],
    ],
    [
      ['cant', 'log', 'in'],
      ['cannot', 'log', 'in'],
    ],
    [
      ['can', 'not', 'login'],
      ['cannot', 'login'],
    ],
    [
      ["couldn't", 'login'],
      ['cannot', 'login'],
    ],
    [
      ["won't", 'load'],
      ['will', 'not', 'load'],
    ],
    [
      ["didn't", 'get'],
      ['did', 'not', 'get'],
    ],
    [["needn't"], ['need', 'not']],
    [
      ["employee's", 'password'],
      ['employee', 'password'],
    ],
    [
      ["i'm", 'locked'],
      ['i', 'am', 'locked'],
    ],
  ])('reads %j as %j', (words, expected) => {
    expect(expandContractions(words, contractions)).toEqual(expected);
  });
});

describe('stemEnglish', () => {
  it.each([
    ['passwords', 'password'],
    ['resetting', 'reset'],
    ['resets', 'reset'],
    ['verified', 'verify'],
    ['verifies', 'verify'],
    ['signed', 'sign'],
    ['logging', 'log'],
    ['issues', 'issue'],
    ['boxes', 'box'],
    ['status', 'status'],
    ['access', 'access'],
    ['business', 'business'],
    ['need', 'need'],
    ['log', 'log'],
    ['areas', 'area'],
    ['saas', 'saas'],
    ['paas', 'paas'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});
