import {
  MAX_RESULTS,
  PAGES_READ_PER_RESULT,
  type Pagefind,
  type PagefindResult,
  runSearch,
} from '../engine';
import {siteLexicon} from '../siteLexicon';

interface FakePage {
  url: string;
  title: string;
  content: string;
  anchors?: {element: string; id: string; text: string; location: number}[];
}

/**
 * A stand-in for pagefind.js: every term is found where it occurs in a page's words, scored as
 * Pagefind does, roughly: saturating term frequency times the term's rarity across the pages.
 */
function fakePagefind(
  pages: FakePage[],
  {backtrack = false}: {backtrack?: boolean} = {},
): Pagefind & {searched: string[]} {
  const searched: string[] = [];
  return {
    searched,
    options: async () => {},
    init: async () => {},
    search: async (term: string) => {
      searched.push(term);
      // A quoted term matches whole words only, as in Pagefind; any other, words it starts. A
      // term of several words finds the pages that hold them all, anywhere, at all their places.
      const quoted = /^"(.*)"$/.exec(term);
      const [first, ...others] = (quoted?.[1] ?? term).toLowerCase().split(' ');
      let needle = first!;
      const results: PagefindResult[] = [];
      const find = () =>
        pages.map((page) => {
          const words = page.content.toLowerCase().split(' ');
          const places = [needle, ...others].map((n) =>
            words.flatMap((w, at) => ((quoted ? w === n : w.startsWith(n)) ? [at] : [])),
          );
          return places.every((l) => l.length > 0)
            ? [...new Set(places.flat())].sort((a, b) => a - b)
            : [];
        });
      let found = find();
      // Pagefind searches a word no page holds as its longest start that some page does.
      while (backtrack && !quoted && needle.length > 1 && found.every((l) => l.length === 0)) {
        needle = needle.slice(0, -1);
        found = find();
      }
      const idf = Math.log(1 + pages.length / Math.max(1, found.filter((l) => l.length).length));
      pages.forEach((page, i) => {
        const locations = found[i]!;
        if (locations.length > 0) {
          results.push({
            id: `p${i}`,
            score: ((2.2 * locations.length) / (locations.length + 1.2)) * idf,
            words: locations,
            data: async () => ({
              url: `${page.url}.html`,
              content: page.content,
              anchors: page.anchors ?? [],
              meta: {title: page.title, url: page.url},
            }),
          });
        }
      });
      return {results: results.sort((a, b) => b.score - a.score)};
    },
  };
}

const korean = (url: string) => !url.startsWith('/en/');

/** Counts the pages' fragments a search reads; `searched` runs as each Pagefind search returns. */
function countReads(pagefind: Pagefind, searched: () => void = () => {}): {pages: number} {
  const read = {pages: 0};
  const search = pagefind.search;
  pagefind.search = async (term) => {
    const response = await search(term);
    searched();
    return (
      response && {
        results: response.results.map((r) => ({...r, data: () => ((read.pages += 1), r.data())})),
      }
    );
  };
  return read;
}

describe('runSearch', () => {
  const pages: FakePage[] = [
    {
      url: '/partner-center/reset-a-user-password',
      title: '사용자 암호 재설정',
      content: '사용자 암호 재설정 전역 관리자가 사용자의 임시 암호를 만듭니다 암호 암호 암호',
    },
    {
      url: '/partner-center/unable-to-sign-in',
      title: '파트너 센터에 로그인할 수 없는 경우',
      content:
        '파트너 센터에 로그인할 수 없는 경우 직접 암호를 잊어버려 로그인할 수 없다면 서비스 요청을 만듭니다 자세히 보기 링크',
      anchors: [{element: 'h2', id: 'see-more', text: '자세히 보기', location: 13}],
    },
    {
      url: '/en/partner-center/unable-to-sign-in',
      title: 'Sign in',
      content: '암호 잊어버려 로그인 없는',
    },
  ];

  it('finds the page that answers every part of the question, in the page’s own words', async () => {
    const {results} = await runSearch(fakePagefind(pages), '비밀번호를 잊어버렸어요', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results[0]).toMatchObject({
      url: '/partner-center/unable-to-sign-in',
      title: '파트너 센터에 로그인할 수 없는 경우',
    });
    expect(results[0]!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual([
      '암호를 잊어버려',
    ]);
  });

  it('marks only the words the reader typed, not those of an assumed concept', async () => {
    const {results, query} = await runSearch(fakePagefind(pages), '비밀번호 분실', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(query.concepts.some((c) => c.assumed)).toBe(true);
    const marks = results.flatMap((r) => r.excerpt.filter((p) => p.mark).map((p) => p.text));
    expect(marks.join(' ')).not.toMatch(/직접|내 /);
  });

  it('shows no page for a word Pagefind found only by cutting it short: "asdf" is not "as"', async () => {
    const english: FakePage[] = [
      {url: '/en/a', title: 'Roles', content: 'roles such as admin agent assign roles'},
      {url: '/en/b', title: 'Invoices', content: 'read your invoice as a pdf'},
    ];
    const search = (query: string) =>
      runSearch(fakePagefind(english, {backtrack: true}), query, {
        locale: 'en',
        lexicon: siteLexicon(),
        acceptUrl: () => true,
      });
    expect((await search('asdf')).results).toEqual([]);
    expect((await search('asdf invoice')).results.map((r) => r.url)).toEqual(['/en/b']);
    // A typo that keeps most of the word still finds it: invoise → invoi → invoice.
    expect((await search('invoise')).results.map((r) => r.url)).toEqual(['/en/b']);
  });

  it('reads a bounded number of pages to fill the results, however many it leaves out', async () => {
    // Forty pages Pagefind finds for "asdf" only by cutting it to "as": none is a result.
    const many: FakePage[] = Array.from({length: 40}, (_, i) => ({
      url: `/en/p${i}`,
      title: `Page ${i}`,
      content: `as page ${i}`,
    }));
    const pagefind = fakePagefind(many, {backtrack: true});
    const read = countReads(pagefind);
    const {results} = await runSearch(pagefind, 'asdf', {
      locale: 'en',
      lexicon: siteLexicon(),
      acceptUrl: () => true,
    });
    expect(results).toEqual([]);
    expect(read.pages).toBeLessThanOrEqual(PAGES_READ_PER_RESULT * MAX_RESULTS);
  });

  it('never returns another locale’s pages', async () => {
    const {results} = await runSearch(fakePagefind(pages), '암호', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results.map((r) => r.url)).not.toContain('/en/partner-center/unable-to-sign-in');
    expect(results).toHaveLength(2);
  });

  it('links to the section heading the matches sit under', async () => {
    const {results} = await runSearch(fakePagefind(pages), '자세히 보기 링크', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results[0]).toMatchObject({
      url: '/partner-center/unable-to-sign-in#see-more',
      section: '자세히 보기',
    });
  });

  it('does not call Pagefind for a query with nothing to search', async () => {
    const pagefind = fakePagefind(pages);
    const {results} = await runSearch(pagefind, '<>()[]{}*+?^$|\\ 🔒', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results).toEqual([]);
    expect(pagefind.searched).toEqual([]);
  });

  it('sends each term once and stops at the term limit', async () => {
    const pagefind = fakePagefind(pages);
    await runSearch(
      pagefind,
      'password password 암호 '.repeat(3) + ' a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12',
      {
        locale: 'ko',
        acceptUrl: korean,
        lexicon: siteLexicon(),
      },
    );
    expect(new Set(pagefind.searched).size).toBe(pagefind.searched.length);
    expect(pagefind.searched.length).toBeLessThanOrEqual(16);
  });

  /**
   * Makes each page's fragment arrive a moment later, as over the network, and counts the most
   * fetches of pages that `counted` accepts (by URL) that were on their way at once.
   */
  function slowFragments(pagefind: Pagefind, counted: (url: string) => boolean = () => true) {
    const fetches = {inFlight: 0, most: 0};
    const search = pagefind.search;
    pagefind.search = async (term) => {
      const response = await search(term);
      for (const result of response?.results ?? []) {
        const data = result.data;
        result.data = async () => {
          const page = await data();
          if (counted(page.url)) {
            fetches.most = Math.max(fetches.most, ++fetches.inFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            fetches.inFlight -= 1;
          }
          return page;
        };
      }
      return response;
    };
    return fetches;
  }

  it('fetches the result pages’ fragments all at once, not one after another', async () => {
    const pagefind = fakePagefind(pages);
    const fetches = slowFragments(pagefind);
    const {results} = await runSearch(pagefind, '암호', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results).toHaveLength(2);
    expect(fetches.most).toBe(3);
  });

  it('reads the pages that take the place of those left out all at once too', async () => {
    // Eight English pages rank first on a Korean site and are left out; eight Korean ones follow.
    const mixed: FakePage[] = [
      ...Array.from({length: 8}, (_, i) => ({
        url: `/en/e${i}`,
        title: `E ${i}`,
        content: 'quota quota quota',
      })),
      ...Array.from({length: 8}, (_, i) => ({url: `/k${i}`, title: `K ${i}`, content: 'quota'})),
    ];
    const pagefind = fakePagefind(mixed);
    const fetches = slowFragments(pagefind, korean);
    const {results} = await runSearch(pagefind, 'quota', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results).toHaveLength(8);
    expect(fetches.most).toBe(8);
  });

  it('stops a search the reader has typed past before it reads any page', async () => {
    const pagefind = fakePagefind(pages);
    const typedOn = new AbortController();
    // The reader types the next key while Pagefind searches.
    const read = countReads(pagefind, () => typedOn.abort());
    await expect(
      runSearch(pagefind, '암호', {
        locale: 'ko',
        acceptUrl: korean,
        lexicon: siteLexicon(),
        signal: typedOn.signal,
      }),
    ).rejects.toMatchObject({name: 'AbortError'});
    expect(read.pages).toBe(0);
  });

  it('finds 내 (my) only as a word, not as the start of 내용 (content) or 내보내기 (export)', async () => {
    const {results} = await runSearch(
      fakePagefind([
        {url: '/export', title: '암호 정책', content: '암호 정책 내용 내용 내보내기 내용 정리'},
        {url: '/mine', title: '암호 정책 안내', content: '내 암호 정책 안내'},
      ]),
      '내 암호 정책',
      {locale: 'ko', acceptUrl: korean, lexicon: siteLexicon()},
    );
    expect(results.map((r) => r.url)).toEqual(['/mine', '/export']);
  });

  it('returns at most `limit` results', async () => {
    const {results} = await runSearch(fakePagefind(pages), '암호', {
      locale: 'ko',
      acceptUrl: () => true,
      lexicon: siteLexicon(),
      limit: 1,
    });
    expect(results).toHaveLength(1);
  });

  describe('a short word the table does not know', () => {
    const acronymPages: FakePage[] = [
      {url: '/en/partner-center/plans', title: 'Plans', content: 'plan plans plan pricing plan'},
      {
        url: '/en/partner-center/accounts',
        title: 'Accounts',
        content: 'the pla is a location account',
      },
    ];
    const english = (url: string) => url.startsWith('/en/');

    it('is found as a whole word, not as the start of a longer one (PLA, not plan)', async () => {
      const {results} = await runSearch(fakePagefind(acronymPages), 'PLA', {
        locale: 'en',
        acceptUrl: english,
        lexicon: siteLexicon(),
      });
      expect(results.map((r) => r.url)).toEqual(['/en/partner-center/accounts']);
    });

    it('is still found as the start of words while no page has it whole (still typing)', async () => {
      const {results} = await runSearch(fakePagefind(acronymPages), 'pri', {
        locale: 'en',
        acceptUrl: english,
        lexicon: siteLexicon(),
      });
      expect(results.map((r) => r.url)).toEqual(['/en/partner-center/plans']);
    });
  });

  it('puts the page whose title is about the question above one that only holds its words', async () => {
    // Both pages hold "customer" and "subscriptions" equally often; one is titled with them.
    const titled: FakePage[] = [
      {
        url: '/en/partner-center/create',
        title: 'Create, suspend or cancel customer subscriptions',
        content: 'customer subscriptions',
      },
      {
        url: '/en/partner-center/subs',
        title: 'Customer subscriptions',
        content: 'customer subscriptions',
      },
    ];
    const {results} = await runSearch(fakePagefind(titled), 'customer subscriptions', {
      locale: 'en',
      acceptUrl: (url) => url.startsWith('/en/'),
      lexicon: siteLexicon(),
    });
    expect(results.map((r) => r.url)).toEqual([
      '/en/partner-center/subs',
      '/en/partner-center/create',
    ]);
  });

  it('puts the page with a section headed by the question above one whose title shares a word', async () => {
    // Both pages hold the words once; the first is titled with "company", the second has a
    // section headed with three of the question's four concepts.
    const pages: FakePage[] = [
      {
        url: '/en/partner-center/become-admin',
        title: "Become your company's admin",
        content: 'check company already tenant',
      },
      {
        url: '/en/partner-center/accounts',
        title: 'Sign in with your work account',
        content: 'check company already tenant',
        anchors: [
          {element: 'h2', id: 'tenant', text: 'Check that your company has a tenant', location: 0},
        ],
      },
    ];
    const {results} = await runSearch(
      fakePagefind(pages),
      'how do I check if my company already has a tenant',
      {locale: 'en', acceptUrl: (url) => url.startsWith('/en/'), lexicon: siteLexicon()},
    );
    expect(results.map((r) => r.url)[0]).toBe('/en/partner-center/accounts#tenant');
  });

  it('finds a Korean phrase only where its words stand together: 일시 중단 is no 서비스 중단', async () => {
    // 서비스 장애 (an outage) is searched as the pages' 서비스 중단. The first page says 서비스 and
    // 중단 apart (a suspension); only the second says them together.
    const pages: FakePage[] = [
      {
        url: '/partner-center/suspended',
        title: '계정 복원',
        content: '서비스 계정 일시 중단',
      },
      {url: '/partner-center/health', title: '상태', content: '서비스 중단 기간'},
    ];
    const {results} = await runSearch(fakePagefind(pages), '서비스 장애', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results.map((r) => r.url)).toEqual(['/partner-center/health']);
  });

  it("lets the table's word stand for a typed word no page holds when titles reorder", async () => {
    // 안 쓰는 is on no page; its group's word 사용 is, as in the second title. The query's words
    // start half of each title's words, and the first page wins a tie, so only the concepts the
    // titles name tell them apart.
    const titled: FakePage[] = [
      {url: '/partner-center/customers', title: '고객 목록', content: '고객 사용'},
      {url: '/partner-center/usage', title: '고객 사용 보고서 양식', content: '고객 사용'},
    ];
    const {results} = await runSearch(fakePagefind(titled), '안 쓰는 고객', {
      locale: 'ko',
      acceptUrl: korean,
      lexicon: siteLexicon(),
    });
    expect(results.map((r) => r.url)[0]).toBe('/partner-center/usage');
  });
});
