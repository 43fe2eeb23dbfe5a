import {readFrontMatter} from '../../../lib/content';
import {readTranslationRecord} from '../../../lib/translation';

describe('front matter', () => {
  it('reads a hash that looks like a number in exponent form as the text it is', () => {
    // 62333740e323 is a float to a YAML 1.1 parser; Docusaurus and the check must both see text.
    const frontMatter = readFrontMatter(
      '---\ntitle: 예\ntranslation:\n  type: machine\n  source: 62333740e323\n---\n본문\n',
      'docs/partner-center/example.mdx',
    );
    expect(readTranslationRecord(frontMatter)).toEqual({type: 'machine', source: '62333740e323'});
  });
});
