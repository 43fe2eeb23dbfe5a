import {featuredPages, parseOptions} from '../index';

const docs = [
  {id: 'partner-center/a', title: 'A', description: 'About A', permalink: '/partner-center/a'},
  {id: 'partner-center/b', title: 'B', description: 'About B', permalink: '/partner-center/b'},
];

describe('featured pages', () => {
  it('takes each page’s own title, description and address, in the configured order', () => {
    expect(featuredPages(docs, ['partner-center/b', 'partner-center/a'])).toEqual([
      {title: 'B', description: 'About B', permalink: '/partner-center/b'},
      {title: 'A', description: 'About A', permalink: '/partner-center/a'},
    ]);
  });

  it('tells the writer which listed id is not a page, and how to fix it', () => {
    expect(() => featuredPages(docs, ['partner-center/a', 'partner-center/typo'])).toThrow(
      /docusaurus\.config\.ts: the featured pages list names "partner-center\/typo", which is not a page\. Use a doc id/,
    );
  });

  it('refuses an empty list', () => {
    expect(() => parseOptions({options: {pages: []}})).toThrow(/non-empty list of doc ids/);
  });
});
