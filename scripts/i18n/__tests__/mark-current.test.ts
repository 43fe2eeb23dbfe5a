import matter from 'gray-matter';
import {withTranslation} from '../mark-current';

const page = '---\ntitle: 시험 문서\n---\n\n본문입니다.\n';

test.each(['3f2a9c1b7d4e', '794207900000', '12e456789012'])(
  'the recorded hash %s reads back as the same string',
  (hash) => {
    const {data} = matter(withTranslation(page, 'human', hash));
    expect(data.translation).toEqual({type: 'human', source: hash});
  },
);
