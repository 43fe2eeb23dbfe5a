import {type Locale} from '../lexicon';
import {siteLexicon} from '../siteLexicon';
import {MAX_CONCEPTS, understandQuery as understandWith} from '../understand';

const understandQuery = (query: string, locale: Locale) =>
  understandWith(query, locale, siteLexicon());

/** The synonym groups a query is read as, in order; words the table does not know as `word:…`. */
function read(query: string, locale: Locale = 'ko'): string[] {
  return understandQuery(query, locale).concepts.map((c) => c.group ?? `word:${c.terms[0]}`);
}

/** The concept a query is read as for one synonym group, or undefined. */
function conceptFor(query: string, group: string, locale: Locale = 'ko') {
  return understandQuery(query, locale).concepts.find((c) => c.group === group);
}

describe('understandQuery: how Korean readers ask', () => {
  it.each([
    ['로그인이 안 돼요', ['signIn', 'cannot']],
    ['로그인이안돼요', ['signIn', 'cannot']],
    ['로그인 할 수 없음', ['signIn', 'cannot']],
    ['로그인할 수 없음', ['signIn', 'cannot']],
    ['로그인을 못 해요', ['signIn', 'cannot']],
    ['파트너센터 접속 불가', ['partnerCenter', 'signIn', 'cannot']],
    ['계정이 잠겼어요', ['account', 'locked', 'signIn', 'cannot']],
    ['비밀번호를 잊어버렸어요', ['password', 'forgot', 'my']],
    ['암호를 잊었어요', ['password', 'forgot', 'my']],
    ['비번 까먹었어요', ['password', 'forgot', 'my']],
    ['패스워드 잊음', ['password', 'forgot', 'my']],
    ['직원 비밀번호 초기화', ['user', 'password', 'reset']],
    ['비번 초기화', ['password', 'reset', 'my']],
    ['비밀번호 다시 설정하는 방법은', ['password', 'reset', 'my']],
    ['임시 암호', ['temporary', 'password']],
    ['인증 메일이 안 와요', ['verification', 'email', 'resend']],
    ['전역관리자 승격', ['globalAdmin', 'elevate']],
    ['사용자 관리자를', ['user', 'admin']],
    ['사용자 관리', ['userManagement']],
    ['지원 티켓 문의', ['serviceRequest', 'word:문의']],
    ['아이디를 잊었어요', ['userId', 'forgot', 'my']],
    ['도메인 인증', ['domain', 'verification']],
    ['고용주 서류', ['employment', 'documents']],
    ['로그인에 실패했어요', ['signIn', 'cannot']],
    ['관리자가 없어요', ['globalAdmin']],
    ['관리자가 퇴사했어요', ['globalAdmin', 'left']],
    ['계정 잠금 해제', ['account', 'locked', 'signIn', 'cannot']],
    // Readers' words for what the Korean pages say otherwise (조정, 필드, 설명, 요구 사항, 전역 계정).
    [
      '라이선스 정산 파일 컬럼 설명',
      ['license', 'reconciliation', 'word:파일', 'field', 'meaning'],
    ],
    ['인보이스 항목 뜻', ['invoice', 'field', 'meaning']],
    ['직접 청구 파트너 자격 요건', ['directBill', 'word:파트너', 'word:자격', 'requirements']],
    ['CSP 다이렉트 빌 요건', ['csp', 'directBill', 'requirements']],
    // 센타 is how many write 센터.
    ['파트너센타 계정 정지', ['partnerCenter', 'account', 'suspended']],
    ['PGA PLA 차이', ['globalAccount', 'word:pla', 'compare']],
    // Sino-Korean and native words for the same thing (신규, 새), loanwords for what the pages
    // translate or keep in English (멀티, 다중, Multipartner), names written in Hangul (비아넷).
    ['신규 고객 등록', ['new', 'customers', 'add']],
    ['중국 멀티파트너', ['china', 'multi', 'word:파트너']],
    ['21비아넷 고객 계정', ['word:21', 'vianet', 'customers', 'account']],
    // Someone named by their job title is someone else: no "my" is read into it, and the
    // honorific and reported-speech endings (-으셨대요) are grammar.
    ['팀장님이 비밀번호 까먹으셨대요', ['user', 'password', 'forgot']],
    ['과장님 계정이 잠겼대요', ['user', 'account', 'locked', 'signIn', 'cannot']],
    // A past tense contracted into the verb (바꾸었는데 → 바꿨는데) still names the verb; a word
    // the table does not know is searched by its stem (보냈는데 → 보내).
    ['폰 바꿨는데 인증 못 받아요', ['phone', 'change', 'verification', 'resend']],
    // "my" before a person says whose colleague it is, not that the reader asks about their own
    // account.
    ['제 동료 비밀번호 재설정', ['user', 'password', 'reset']],
    ['우리 직원이 로그인을 못 해요', ['user', 'signIn', 'cannot']],
    ['구매 제안 보냈는데', ['purchase', 'word:제안', 'word:보내']],
    // 비밀번호 찾기 is what Korean sites call the way back in after a forgotten password; 찾기
    // alone is finding something.
    ['비밀번호 찾기', ['password', 'forgot', 'my']],
    ['비번을 찾고 싶어요', ['password', 'forgot', 'my']],
    ['사용자 찾기', ['user', 'word:찾기']],
    // A Shift let go too early (잠겻 for 잠겼, 가먹 for 까먹, 바꿧 for 바꿨, 게정 for 계정) is read
    // as the word meant; a Shift letter typed is meant (까지 is not 가지, 제까 not 제가), and
    // inside a longer word the letters are another word (바구니 is not 바꾸).
    ['계정이 잠겻어요', ['account', 'locked', 'signIn', 'cannot']],
    ['비번 가먹었어요', ['password', 'forgot', 'my']],
    ['폰 바꿧는데 인증 못 받아요', ['phone', 'change', 'verification', 'resend']],
    ['파트너센터 게정 만들기', ['partnerCenter', 'account', 'issueCreate']],
    ['언제까지 기다려요', ['word:기다']],
    ['장바구니에 담기', ['word:장바구니', 'word:담기']],
    ['바구니 주문', ['word:바구니', 'word:주문']],
    ['고객게정', ['customers', 'account']],
    // A vowel heard alike (ㅐ for ㅔ and back, 됬 for 됐) is read as the table word it misspells,
    // where the word opens: 시장에 (to the market) is no 장애 (an outage).
    ['계정 상테 확인', ['account', 'status', 'word:확인']],
    ['도매인 인증', ['domain', 'verification']],
    ['파트너샌터 로그인', ['partnerCenter', 'signIn']],
    ['시장에 출시', ['word:시장', 'word:출시']],
  ])('%s → %j', (query, groups) => {
    expect(read(query)).toEqual(groups);
  });

  it('keeps unknown words as their stems and drops grammar and filler', () => {
    expect(read('로그인화면이 어떻게 돼요')).toEqual(['signIn', 'word:화면']);
    // A table word inside an unknown word splits it only where a compound could: 이전 (previous)
    // in 에이전트 (agent) leaves one syllable of the word, which is no word or ending of its own.
    expect(read('관리 에이전트 역할')).toEqual(['word:관리', 'word:에이전트', 'role']);
    expect(read('에이전트권한')).toEqual(['word:에이전트', 'role']);
    expect(read('우리고객구독')).toEqual(['customers', 'word:구독']);
    expect(read('우리고객이로그인안돼요')).toEqual(['customers', 'signIn', 'cannot']);
    expect(read('내용을 확인')).toEqual(['word:내용', 'word:확인']);
  });

  it('reads 수 (can) run into its neighbours as it reads it spaced: grammar, not a word', () => {
    const spaced = read('비번 제가 직접 재설정할 수 있나요');
    expect(spaced).toEqual(['password', 'my', 'reset']);
    expect(read('비번 제가 직접 재설정 할수 있나요')).toEqual(spaced);
    expect(read('비번 제가 직접 재설정할수있나요')).toEqual(spaced);
    expect(read('CSP로 팔수있는 제품')).toEqual(read('CSP로 팔 수 있는 제품'));
    expect(read('CSP로 팔 수있는 제품')).toEqual(read('CSP로 팔 수 있는 제품'));
    expect(read('확인할수가 없어요')).toEqual(read('확인할 수가 없어요'));
    // A word that ends in 수 after no -ㄹ form is a word (변수, a variable).
    expect(read('변수가 있어요')).toEqual(['word:변수']);
  });

  it("reads 바꾸 as the pages' 변경 (a change), not 재설정 (a reset): a new company name is no reset password", () => {
    const {concepts} = understandQuery('고객 회사 이름 바꾸기', 'ko');
    expect(concepts.find((c) => c.group === 'change')?.terms).toContain('변경');
    expect(concepts.map((c) => c.group)).not.toContain('reset');
    expect(read('license prices change', 'en')).not.toContain('reset');
  });

  it("reads what changed by itself (바뀌었는데, 바뀐) and the pages' 업데이트 as a change, as English reads update", () => {
    expect(read('고객 회사 주소가 바뀌었는데')).toEqual([
      'customers',
      'company',
      'word:주소',
      'change',
    ]);
    expect(read('가격이 바뀐 날')).toContain('change');
    const change = conceptFor('고객 주소 바꾸기', 'change');
    expect(change?.terms).toEqual(expect.arrayContaining(['변경', '업데이트']));
  });

  it('reads a verb with -어 or -아 contracted into it (그만둬서, 잠겨요) as the verb the table lists, only before endings', () => {
    expect(read('관리자가 그만둬서')).toEqual(['admin', 'left']);
    expect(read('전역 관리자가 그만둬요')).toEqual(['globalAdmin', 'left']);
    expect(conceptFor('관리자가 그만둬서', 'left')?.typed).toBe('그만두');
    // 과 ends many words (결과, a result) and is no contraction of 고: nothing is read into it.
    expect(read('결과 보고서')).toEqual(['word:결과', 'report']);
  });

  it('reads an admin who moved to another department or team as one who left, and another team or a move alone as their words', () => {
    expect(read('전역 관리자가 다른 부서로 옮겨서 비번 초기화해 줄 사람이 없어요')).toEqual(
      expect.arrayContaining(['globalAdmin', 'left', 'password']),
    );
    expect(read('관리자가 다른 팀으로 갔어요')).toEqual(['admin', 'left']);
    // 옮겼 is read as 옮기 by the contraction rule, so the table lists 옮기 and 옮겨 only.
    expect(read('관리자가 팀을 옮겼어요')).toEqual(['admin', 'left']);
    expect(read('관리자가 다른 부서로 가서 없어요')).toContain('left');
    // The noun 부서 이동 is said as often of the reader's own transfer: it stays its words.
    expect(read('제가 부서 이동했는데 메뉴가 안 보여요')).not.toContain('left');
    expect(read('다른 팀 구독 보기')).not.toContain('left');
  });

  it("reads a verb's -ㄴ, -ㄹ and -ㅁ forms as the verb the table lists (만든 as 만들다), only as a word of their own", () => {
    expect(read('파트너센터 계정 만든 다음에')).toEqual([
      'partnerCenter',
      'account',
      'issueCreate',
      'word:다음',
    ]);
    const create = conceptFor('계정 만든 뒤', 'issueCreate');
    expect(create?.typed).toBe('만드');
    // Inside a word or across two, the same syllable is another word: 더해질 (to be added) is no
    // 해지 (a cancellation), and 관리 잘하는 (managing well) no 관리자 (an admin).
    expect(read('금액이 더해질 때')).not.toContain('cancel');
    expect(read('애저 관리 잘하는 회사')).not.toContain('admin');
  });

  it('searches a DNS record by its own words, which the pages use, not as the domain it is for', () => {
    expect(read('DNS에 TXT 레코드 넣었는데 도메인 인증이 안돼요')).toEqual(
      expect.arrayContaining(['word:dns', 'word:txt', 'word:레코드', 'domain']),
    );
    expect(read('add the txt record at my dns host', 'en')).not.toContain('domain');
  });

  it('reads no general word in one of its senses', () => {
    // 열 opens a file as often as it is a column; ID names a tenant or an MPN ID as often as a
    // user; 확인 is any check; 이전 a move as often as "previous"; 중단 an outage or a stop as
    // often as a suspension.
    expect(read('파일을 열 수 없어요')).not.toContain('field');
    expect(read('테넌트 ID 찾기')).not.toContain('userId');
    expect(read('역할 확인하는 방법')).not.toContain('verification');
    expect(read('구독 이전')).not.toContain('previous');
    expect(read('자동 갱신 중단')).not.toContain('suspended');
    expect(read('signed in with the wrong account', 'en')).not.toContain('personalAccount');
    expect(read('one-time purchase invoice', 'en')).not.toContain('temporary');
    // A blocked email is not a locked account, nor a code in an email an MFA prompt, nor a
    // profile picture a CAPTCHA, nor personal information a personal account.
    expect(read('메일이 차단됐어요')).not.toContain('locked');
    expect(read('인증 코드가 메일로 안 와요')).not.toContain('mfa');
    expect(read('change my profile picture', 'en')).not.toContain('captcha');
    expect(read('개인 정보 처리')).not.toContain('personalAccount');
    expect(read('설정 메뉴에 들어가는 법')).not.toContain('signIn');
    // Support is also what a partner gives its own customers, and 문의 any question; to become
    // is to become authorized or a partner as often as a Global admin.
    expect(read('21Vianet 리셀러 고객 지원 의무')).not.toContain('serviceRequest');
    expect(read('기술지원 의무')).not.toContain('serviceRequest');
    expect(read('reseller support obligations', 'en')).not.toContain('serviceRequest');
    expect(read('결제 오류는 어디에 문의하나요')).not.toContain('serviceRequest');
    expect(read('when does my status become authorized', 'en')).not.toContain('elevate');
    expect(read('파트너가 되려면')).not.toContain('elevate');
    // Turning MFA off is no suspension, nor a page one is stuck on a status; a role is granted
    // to others, not an elevation; missing pages are no missing email; "send" is any sending.
    expect(read('MFA 비활성화하는 법')).not.toContain('suspended');
    expect(read('stuck on the sign-in page', 'en')).not.toContain('status');
    expect(read('not authorized to view this page', 'en')).not.toContain('status');
    expect(read('grant a role to a user', 'en')).not.toContain('elevate');
    expect(read('missing pages after sign in', 'en')).not.toContain('resend');
    expect(read('send an invitation to a customer', 'en')).not.toContain('issueCreate');
    expect(read('does this work for my customer', 'en')).not.toContain('employment');
    expect(read('subscription owner', 'en')).not.toContain('admin');
    expect(read('device registration', 'en')).not.toContain('documents');
    // A suspended account is restored, not reset; a ticket is raised and a price 상승s, neither
    // elevated; an Enterprise Agreement is no company; a security code comes by phone.
    expect(read('restore a suspended account', 'en')).not.toContain('reset');
    expect(read('raise a support ticket', 'en')).not.toContain('elevate');
    expect(read('가격 상승')).not.toContain('elevate');
    expect(read('enterprise agreement', 'en')).not.toContain('company');
    expect(read('security code from my phone', 'en')).not.toContain('captcha');
    // A service goes down once; prices and license counts go down every month.
    expect(read('what if license prices go down', 'en')).not.toContain('outage');
    expect(read('exchange went down last night', 'en')).toContain('outage');
  });

  it('reads a negated verb in its long Korean forms as it reads the short one', () => {
    // 못 들어가요, 들어갈 수가 없어요 and 들어가지 못해요 say the same (the table's "negated").
    for (const query of [
      '파트너센터에 못 들어가요',
      '파트너센터에 들어갈 수가 없어요',
      '들어갈수 없어요',
      '파트너센터에 들어가지 못하고 있어요',
    ]) {
      expect(read(query)).toEqual(expect.arrayContaining(['signIn', 'cannot']));
    }
    for (const query of [
      '인증 코드를 못 받았어요',
      '인증 코드를 받을 수가 없어요',
      '코드가 오지 않아요',
    ]) {
      expect(read(query)).toContain('resend');
    }
  });

  it('searches a contracted past tense by its stem, which the pages spell out (바꾸었거나)', () => {
    const change = conceptFor('폰 바꿨는데', 'change');
    expect(change?.typed).toBe('바꾸');
    expect(change?.terms).toContain('바꾸');
    expect(change?.terms).not.toContain('바꿨');
  });

  it('searches the words the Korean pages use, and the reader’s own words beside them', () => {
    const {concepts} = understandQuery('비밀번호 초기화', 'ko');
    expect(concepts.map((c) => c.terms)).toEqual([
      ['암호', '비밀번호'],
      ['재설정', '초기화'],
      ['내', '직접'],
    ]);
  });

  it('searches a compound the reader wrote without its space as the table spaces it', () => {
    // The pages write 기술 지원 (technical support); 기술지원 is no word on them.
    const {concepts} = understandQuery('기술지원 받는 법', 'ko');
    expect(concepts[0]!.terms).toContain('기술 지원');
    expect(concepts[0]!.terms).not.toContain('기술지원');
  });

  it('never searches grammar as typed: 안돼 would find any page that says no', () => {
    const {concepts} = understandQuery('로그인이 안돼요', 'ko');
    expect(concepts.map((c) => c.terms)).toEqual([['로그인'], ['없', '못']]);
  });

  it('drops a filler word followed by its endings: 뭐예요, 뭐가, 있는', () => {
    expect(read('테넌트가 뭐예요')).toEqual(['tenant']);
    expect(read('액션팩이 뭐예요')).toEqual(['actionPack']);
    expect(read('가입하려면 뭐가 필요해요')).toEqual(['signUp', 'requirements']);
    // A word that only begins like filler stays.
    expect(read('이름 변경')).toEqual(['word:이름', 'change']);
  });

  it('drops the Korean filler words whose English the stop list has: who, which, just, still', () => {
    expect(read('관리 에이전트 역할은 누가 줄 수 있나요')).not.toContain('word:누가');
    expect(read('비번은 누구한테 물어봐요')).toEqual(['password', 'word:물어봐', 'my']);
    expect(read('어느 계정으로 로그인해요')).toEqual(['account', 'signIn']);
    expect(read('그냥 로그인 안 돼요')).toEqual(['signIn', 'cannot']);
    expect(read('회사 메일이 아직 없어요')).not.toContain('word:아직');
    expect(read('what did who which', 'en')).toEqual([]);
  });

  it('drops the English filler words whose Korean the stop list has: happen (어떻게 돼요), something (뭔가)', () => {
    expect(read('what happens if we ignore a referral', 'en')).toEqual(['word:ignore', 'referral']);
    expect(read('everything else is gone', 'en')).toEqual(['word:else', 'word:gone']);
  });

  it('drops another as it drops other: filler, whatever follows it', () => {
    expect(read('add another office location', 'en')).toEqual(['add', 'location']);
    expect(read('a customer in another country', 'en')).toEqual(['customers', 'word:country']);
  });

  it('reads 주기 by what precedes it: a cycle after a noun, "give" after a verb', () => {
    expect(read('종량제 요금 청구 주기')).toEqual(['usage', 'billing', 'frequency']);
    expect(read('임시 암호 만들어 주기')).toEqual(['temporary', 'password', 'issueCreate']);
    expect(read('새 암호 만들어줘야 해요')).toEqual(['word:새', 'password', 'issueCreate', 'my']);
  });

  it('splits a compound written without spaces at a word the table knows', () => {
    expect(read('구독일시중지 어떻게 해요')).toEqual(['word:구독', 'suspended']);
    expect(read('오피스365 먹통')).toEqual(['office', 'word:365', 'outage']);
  });

  it('reads a table word that mixes Hangul with Latin letters or digits, spaced or not', () => {
    // Split by script, 2 and 단계 would never meet: 2단계 인증 read as 단계 + verification.
    expect(read('고객 메뉴 들어갈 때마다 2단계인증 떠요')).toEqual([
      'customers',
      'word:메뉴',
      'word:들어갈',
      'mfa',
      'word:떠요',
    ]);
    expect(read('2차 인증이 안 돼요')).toEqual(['mfa', 'cannot']);
    expect(read('ms 계정으로 로그인')).toEqual(['personalAccount', 'signIn']);
    expect(read('파워bi로 보고서')).toEqual(['powerBi', 'report']);
    // The Latin part is a whole word, and a lone digit still means nothing.
    expect(read('cms 계정')).toEqual(['word:cms', 'account']);
    expect(read('2단계')).toEqual(['word:단계']);
  });

  it('reads the everyday verbs 사다 (buy) and 빼다 (take out) as the words the pages use', () => {
    expect(read('고객이 산 SQL 서버 구독')).toEqual([
      'customers',
      'purchase',
      'word:sql',
      'word:서버',
      'word:구독',
    ]);
    expect(read('라이선스 하나 더 샀는데')).toEqual(['license', 'word:더', 'purchase']);
    expect(read('도메인부터 사야 하나요')).toEqual(['domain', 'purchase']);
    expect(read('좌석 하나 뺐는데')).toEqual(['seat', 'remove']);
    expect(read('구독 사고 다음날')).toEqual(['word:구독', 'purchase', 'word:다음날']);
    // The stem alone is not listed: 사이 (between) and 사서함 (a mailbox) start with it.
    expect(read('사용자 사이에')).toEqual(['user', 'word:사이']);
    expect(read('사서함')).toEqual(['word:사서']);
  });

  it("reads 당일 and 같은날 as the pages' 같은 날, and 종량제 as usage", () => {
    expect(read('당일에 라이선스 추가')).toEqual(['sameDay', 'license', 'add']);
    expect(read('같은날 청구')).toEqual(['sameDay', 'billing']);
    expect(read('애저 종량제 청구 방식')).toEqual(['azure', 'usage', 'billing', 'word:방식']);
  });

  it('reads English product words written in Hangul as the English the pages keep', () => {
    expect(read('오피스 365 비즈니스 에센셜 업그레이드')).toContain('essentials');
    expect(read('애저 데브옵스나 비주얼 스튜디오 구독')).toEqual([
      'azure',
      'devops',
      'visualStudio',
      'word:구독',
    ]);
    expect(read('애저 거버먼트 클라우드')).toEqual(['azure', 'government', 'word:클라우드']);
    // Expert, which the Korean pages translate (Azure 전문가 MSP).
    expect(read('애저 엑스퍼트 MSP 혜택')).toEqual(['azure', 'expert', 'word:msp', 'benefit']);
    // A personal mail service is a personal account.
    expect(read('지메일로 파트너센터 가입')).toEqual([
      'personalAccount',
      'partnerCenter',
      'signUp',
    ]);
    expect(read('쉐어드 서비스')).toEqual(['shared', 'word:서비스']);
  });

  it("reads 조건 as the pages' requirements, 위약금 as their fee, and 헬프데스크 as the role", () => {
    expect(read('PEC 받는 조건')).toEqual(['word:pec', 'word:받는', 'requirements']);
    expect(read('예약 해지 위약금')).toEqual(['reservation', 'cancel', 'fee']);
    // Conditional Access is a name: its 조건부 is not 조건 (requirements).
    expect(read('조건부 액세스 쓰면 MFA')).toEqual(['conditionalAccess', 'word:쓰면', 'mfa']);
    // The Helpdesk agent role, not a ticket: searched as the 21Vianet pages' Korean, 지원 센터.
    expect(read('헬프데스크 권한')).toEqual(['helpDesk', 'role']);
    expect(understandQuery('헬프데스크', 'ko').concepts[0]!.terms).toContain('지원 센터');
    expect(understandQuery('지원 요청', 'ko').concepts[0]!.terms).toContain('지원 요청');
    expect(understandQuery('support ticket', 'en').concepts[0]!.terms).toContain('support request');
  });

  it('reads 추가 인증 (an extra verification step) as MFA, as readers who meet the prompt call it', () => {
    expect(read('고객 메뉴 누르면 자꾸 추가 인증하라고 떠요')).toEqual([
      'customers',
      'word:메뉴',
      'word:누르',
      'word:자꾸',
      'mfa',
      'word:떠요',
    ]);
    expect(read('추가인증')).toEqual(['mfa']);
    // Apart, the two words stay themselves: adding something, and verifying.
    expect(read('도메인 추가 후 인증')).toEqual(['domain', 'add', 'word:후', 'verification']);
  });

  it("reads 부여 (granting a role) as the pages' 할당", () => {
    expect(read('역할 부여는 누가 해요')).toEqual(['role', 'assign']);
  });

  it("reads 하나뿐, 한 명뿐 and 혼자뿐 as the pages' 유일한 (the only one), and 혼자 alone as the reader's", () => {
    expect(read('회사에 전역 관리자가 저 하나뿐인데 비번을 까먹었어요')).toEqual([
      'company',
      'globalAdmin',
      'only',
      'password',
      'forgot',
    ]);
    expect(read('관리자가 한 명뿐이면')).toContain('only');
    expect(understandQuery('혼자뿐인데', 'ko').concepts[0]!.terms).toContain('유일');
    expect(read('혼자 비번 바꿀 수 있나요')).not.toContain('only');
  });

  it('reads 혼자 said of a role (관리자가 저 혼자인데, 혼자예요, 혼자밖에) as the only one, and 혼자 before a verb as the reader doing it', () => {
    expect(read('전역 관리자가 저 혼자인데 비밀번호를 잊어버렸어요')).toEqual([
      'globalAdmin',
      'only',
      'password',
      'forgot',
    ]);
    expect(read('비번 까먹었는데 전역 관리자가 저 혼자예요')).toContain('only');
    expect(read('관리자가 저 혼자밖에 없어요')).toContain('only');
    expect(read('저 혼자 비번 재설정할 수 있나요')).toEqual(['my', 'password', 'reset']);
  });

  it('reads 혼자 before a role the reader says they are (저 혼자 전역 관리자인데) as the only one, and before a verb as the reader doing it', () => {
    expect(read('저 혼자 전역 관리자인데 비번 잊어버렸어요')).toEqual([
      'only',
      'globalAdmin',
      'password',
      'forgot',
    ]);
    expect(read('혼자 관리자예요')).toEqual(['only', 'admin']);
    expect(read('혼자 비번 재설정하려는데 관리자예요')).toEqual([
      'my',
      'password',
      'reset',
      'admin',
    ]);
  });

  it("reads 정품키 and 제품 키 (a product key) as the pages' 키, not 인증 키 (a verification code)", () => {
    expect(read('윈도우 서버 정품키 다운로드')).toEqual([
      'windows',
      'word:서버',
      'productKey',
      'download',
    ]);
    expect(read('제품 키')).toEqual(['productKey']);
    expect(read('MFA 인증 키')).not.toContain('productKey');
    expect(read('windows server product key', 'en')).toContain('productKey');
    expect(read('windows server activation key', 'en')).not.toContain('productKey');
  });

  it("reads 좌석 (a seat) as the Korean pages' words for it, 시트, 라이선스 and 사용자; an English seat stays the pages' own word", () => {
    expect(read('같은 날 좌석 추가 재청구')).toEqual([
      'sameDay',
      'seat',
      'add',
      'word:재',
      'billing',
    ]);
    const seat = (query: string, locale: Locale) =>
      understandQuery(query, locale).concepts.find((c) => c.group === 'seat')?.terms;
    expect(seat('좌석', 'ko')).toEqual(expect.arrayContaining(['시트', '라이선스', '사용자']));
    expect(seat('add a seat', 'en')).toEqual(['seat']);
  });

  it('reads 개설 (opening an account) as signing up, which the pages call 만들기', () => {
    expect(read('파트너센터 계정 개설 절차')).toContain('signUp');
  });

  it('reads the CSP roles indirect provider and indirect reseller as one name each, as 전역 관리자 is, and 간접 alone as its word', () => {
    // Read as two words, 공급자 (provider) was found in every title that says 클라우드 솔루션 공급자.
    expect(read('간접 공급자인데 고객 목록을 리셀러별로 필터할 수 있어요?')).toEqual([
      'indirectProvider',
      'customers',
      'word:목록',
      'reseller',
      'word:별로',
      'word:필터',
    ]);
    expect(read('간접공급자 고객 목록')[0]).toBe('indirectProvider');
    expect(read('총판한테 부탁')[0]).toBe('indirectProvider');
    expect(read('간접 재판매인 가입')).toEqual(['indirectReseller', 'signUp']);
    expect(read('인다이렉트 리셀러 등록')).toEqual(['indirectReseller', 'add']);
    expect(read('간접 청구')).toEqual(['indirect', 'billing']);
    expect(read('indirect reseller forgot password', 'en')).toEqual([
      'indirectReseller',
      'forgot',
      'password',
      'my',
    ]);
    expect(read('our distributor', 'en')).toEqual(['indirectProvider']);
    expect(read('indirect billing', 'en')).toEqual(['indirect', 'billing']);
  });

  it('reads losing a thing as losing it and a thing gone as gone, not as forgetting or an admin who left', () => {
    // Lost is forgotten only of a password; readers lose phones, customers and credits as often.
    expect(read('lost my phone cant get mfa code', 'en')).not.toContain('forgot');
    expect(read('do we lose partner earned credit', 'en')).not.toContain('forgot');
    expect(read('휴대폰 분실해서 인증을 못 해요')).not.toContain('forgot');
    expect(read('폰을 잃어버렸어요')).not.toContain('forgot');
    expect(read('signed in but the billing tab is gone', 'en')).not.toContain('left');
    // What a phrase says of the admin still reads so.
    expect(read('our admin is gone', 'en')).toContain('left');
    expect(read('forgot my password', 'en')).toContain('forgot');
  });

  it('finds no table word made of the end of one word and the start of the next', () => {
    // Spaces are ignored inside a table word (로그인이안돼요), but only from a word's start.
    expect(read('새 관리자는 어떻게 정해요')).not.toContain('account');
    expect(read('체험판 전환 불가')).toEqual(['trial', 'word:전환', 'cannot']);
    expect(read('예전 달 청구서 다시 받기')).not.toContain('issueCreate');
    expect(read('설정 메뉴만 들어가면 오류가 나요')).not.toContain('issueCreate');
    expect(read('로그인 안 돼요')).toEqual(['signIn', 'cannot']);
    expect(read('회사 계정으로 로그인')).toContain('workOrSchool');
  });

  it('finds no one-syllable word with its particle inside a longer word: 삭제가 is no 제가 (my)', () => {
    expect(read('삭제가 안 돼요')).toEqual(['word:삭제', 'cannot']);
    expect(read('안내가 없어요')).not.toContain('my');
    expect(read('언제가 마감이에요')).not.toContain('my');
    // Opening a word, it is still the reader's own; and a word of two syllables ending in what
    // could be a particle (추가, 평가) is still found inside a longer one.
    expect(read('제가 관리자인데요')).toEqual(['my', 'admin']);
    expect(read('내가 만든 계정')).toContain('my');
    expect(read('고객 추가할때')).toEqual(['customers', 'add']);
  });

  it('reads the spoken endings -네요 and -군요 as endings, not words to search', () => {
    expect(read('삭제가 안되네요')).toEqual(['word:삭제', 'cannot']);
    expect(read('파트너센터에 들어갈 수가 없네요')).toEqual(['partnerCenter', 'signIn', 'cannot']);
  });

  it('reads -으면 (if), glued 때 (when) and the helper verb 버리다 as endings, not words to search', () => {
    expect(read('로그인 안될때')).toEqual(['signIn', 'cannot']);
    expect(read('로그인할때 오류')).toEqual(['signIn', 'problem']);
    expect(read('비번 까먹으면')).toEqual(['password', 'forgot', 'my']);
    expect(read('비번 까먹어버리고')).toEqual(['password', 'forgot', 'my']);
    // A word that only ends like them keeps its letters: 화면 (a screen), 때문 (because).
    expect(read('로그인 화면')).toEqual(['signIn', 'word:화면']);
    expect(read('연체 때문에')).toEqual(['word:연체', 'word:때문']);
  });

  it("reads 팔다 (sell) and 옮기다 (move) as the pages' 판매 and 이동, and a word they only start as its own", () => {
    expect(conceptFor('중국에서 팔 수 있는 SKU', 'sell')?.terms).toContain('판매');
    expect(read('고객한테 팔려면')).toEqual(['customers', 'sell']);
    expect(read('파는 제품')).toEqual(['sell', 'offer']);
    expect(read('팔로우')).toEqual(['word:팔로우']);
    expect(conceptFor('구독을 다른 공급자로 옮기고 싶어요', 'move')?.terms).toEqual(
      expect.arrayContaining(['이동', '전송']),
    );
    expect(read('sold a subscription', 'en')).toEqual(['sell', 'subscription']);
  });

  it('reads extending as extending and a proposal as a proposal, not as a renewal or a product', () => {
    expect(read('can i extend the customers free trial', 'en')).not.toContain('renew');
    expect(read('평가판 기간 연장')).not.toContain('renew');
    expect(read('자동 갱신 끄기')).toContain('renew');
    expect(read('고객한테 보낼 구매 제안 링크')).toContain('word:제안');
    expect(read('고객한테 보낼 구매 제안 링크')).not.toContain('offer');
    expect(read('CSP로 팔 수 있는 제품')).toContain('offer');
  });

  it('reads a status as a status, and only waiting or a review as pending', () => {
    // Read as pending, "check microsoft outage status" opened the account-verification page.
    const terms = (query: string, group: string, locale: Locale = 'ko') =>
      conceptFor(query, group, locale)?.terms;
    expect(terms('check microsoft outage status', 'status', 'en')).toEqual(['status']);
    expect(terms('서비스 상태 확인', 'status')).toEqual(['상태']);
    expect(terms('verification still pending', 'pending', 'en')).toContain('pending');
    expect(terms('verification still pending', 'pending', 'en')).not.toContain('status');
    expect(terms('확인이 계속 보류 중이에요', 'pending')).toEqual(['보류']);
    expect(read('인증 상태가 보류 중이에요')).toEqual(['verification', 'status', 'pending']);
  });

  it('reads a name written in Hangul as the name, not as the table word it starts with', () => {
    // 차이나 is China, not 차이 (difference) with the ending 나.
    expect(read('애저 차이나도 CSP로 팔 수 있나요')).toEqual(['azure', 'china', 'csp', 'sell']);
  });
});

describe('understandQuery: how English readers ask', () => {
  it('reads not knowing something as not knowing it, not as forgetting it', () => {
    // The pages answer "don't know who your Global admin is" apart from a forgotten password.
    expect(read('forgot my password and dont know who our admin is', 'en')).toEqual(
      expect.arrayContaining(['forgot', 'word:know']),
    );
    expect(read('관리자가 누군지 몰라요')).not.toContain('forgot');
  });

  it.each([
    ["can't sign in", ['cannot', 'signIn']],
    ['cant log into partner center', ['cannot', 'signIn', 'partnerCenter']],
    ['cannot log in', ['cannot', 'signIn']],
    // The pages say previous where readers say last (month).
    ["last month's usage", ['previous', 'word:month', 'usage']],
    // Set up stays the reader's words, and new searches only itself: no page is assumed to be
    // meant by them.
    ['set up a new client', ['word:set', 'new', 'customers']],
    // Third-party is a word of its own, not a route to one page's term (the marketplace).
    [
      'buy a third-party saas subscription',
      ['purchase', 'thirdParty', 'word:saas', 'subscription'],
    ],
    ['add a new office location', ['add', 'new', 'location']],
    // Microsoft's initials for the Microsoft Customer Agreement, which the pages spell out.
    ['MCA download by country', ['customerAgreement', 'download', 'word:country']],
    ['pay-as-you-go billing', ['usage', 'billing']],
    ['payg azure', ['usage', 'azure']],
    ['license removed the same day', ['license', 'remove', 'sameDay']],
    // "Only" says what the question is about: the only Global admin, seeing only My profile.
    ['i only see my profile', ['only', 'word:see', 'my', 'word:profile']],
    // Readers shorten subscription; "sub" alone would also find submit and subtotal.
    ['turn off auto renew on a customer sub', ['word:turn', 'renew', 'customers', 'subscription']],
    ['can not login', ['cannot', 'signIn']],
    ['unable to sign in', ['cannot', 'signIn']],
    ['Locked out', ['locked', 'signIn', 'cannot']],
    ['I forgot my password', ['forgot', 'my', 'password']],
    ["don't remember my password", ['forgot', 'my', 'password']],
    ['Resetting passwords', ['reset', 'password', 'my']],
    ["reset an employee's password", ['reset', 'user', 'password']],
    ['temp password for staff', ['temporary', 'password', 'user']],
    ['verification email not received', ['verification', 'email', 'resend']],
    ['support ticket', ['serviceRequest']],
    // The pages say support request; help desk is the Helpdesk agent role.
    ['21vianet support ticket', ['word:21vianet', 'serviceRequest']],
    ['what can a helpdesk agent do', ['helpDesk', 'word:agent']],
    ['early cancellation penalty', ['word:early', 'cancel', 'fee']],
    ['why does it ask for extra verification', ['word:ask', 'mfa']],
    ['signin failed', ['signIn', 'cannot']],
    ['failed to log in', ['signIn', 'cannot']],
    ['I lost access to partner center', ['signIn', 'cannot', 'partnerCenter']],
    ['no admin', ['globalAdmin']],
    ['admin quit', ['globalAdmin', 'left']],
    ['change primary contact', ['change', 'primaryContact']],
    // A service that "is down" has an outage; "down" alone (drop-down, shut down) is no outage.
    ['exchange is down', ['exchange', 'outage']],
    ['shut down', ['word:shut', 'word:down']],
    // An admin role is a role to be given, not becoming an admin; the pages assign what readers
    // give or grant.
    ['assign me the billing admin role', ['assign', 'billing', 'admin', 'role']],
    ['who can give me the admin agent role', ['assign', 'admin', 'word:agent', 'role']],
    ['grant access to incentives', ['assign', 'word:access', 'word:incentive']],
  ])('%s → %j', (query, groups) => {
    expect(read(query, 'en')).toEqual(groups);
  });

  it('reads "cannot" as a hint: the topic is what the reader could not do', () => {
    // "넣으면 안 되나요?" asks what is allowed; only the thing asked about is a topic.
    for (const [query, locale] of [
      ['회사 이름을 약어로 넣으면 안 되나요', 'ko'],
      ["can't see the billing page", 'en'],
    ] as const) {
      const cannot = conceptFor(query, 'cannot', locale);
      expect(cannot?.hint).toBe(true);
    }
  });

  it('reads an account and Partner Center as topics, and my as a hint: a hint says whose, not what about', () => {
    // "create partner center account": a Partner Center account is what the reader wants made.
    for (const [query, group, locale] of [
      ['create partner center account prerequisites', 'account', 'en'],
      ['create partner center account prerequisites', 'partnerCenter', 'en'],
      ['중국 고객 계정 만들기', 'account', 'ko'],
      ['중국 파트너센터 문제 신고', 'partnerCenter', 'ko'],
    ] as const) {
      const concept = conceptFor(query, group, locale);
      expect(concept).toBeDefined();
      expect(concept?.hint).toBeUndefined();
    }
    expect(conceptFor('my account is locked', 'my', 'en')?.hint).toBe(true);
  });

  it('searches a locked account in the words the pages use for it', () => {
    const terms = (query: string, locale: Locale) => conceptFor(query, 'locked', locale)?.terms;
    // 잠기 is a prefix of 잠긴 and 잠김 in Pagefind's decomposed Hangul; 잠겼 of 잠겼다는.
    expect(terms('계정이 잠겼다고 떠요', 'ko')).toEqual(expect.arrayContaining(['잠기', '잠겼']));
    expect(terms('account locked', 'en')).toContain('lock');
  });

  it('reads a partner profile as Legal info, its later name, but a company profile and My profile as their words', () => {
    expect(read('partner profile', 'en')).toEqual(['legalInfo']);
    expect(read('파트너 프로필', 'ko')).toEqual(['legalInfo']);
    expect(read('우리 회사 프로필 조회수', 'ko')).toEqual([
      'company',
      'word:프로필',
      'word:조회수',
    ]);
    expect(read('company profile views', 'en')).not.toContain('legalInfo');
    expect(read('i only see my profile', 'en')).not.toContain('legalInfo');
    expect(read('내 프로필만 보여요', 'ko')).not.toContain('legalInfo');
  });

  it('reads "my" before a person as whose colleague, and "my" before an account as the reader’s own', () => {
    expect(read('how do i reset a password for someone on my team', 'en')).toEqual([
      'reset',
      'password',
      'user',
    ]);
    expect(read('my colleague is locked out', 'en')).not.toContain('my');
    expect(read('forgot my user id', 'en')).toEqual(['forgot', 'my', 'userId']);
  });

  it('reads "own" as the reader’s only after "my": its own and our own are someone else’s', () => {
    expect(read('add an office with its own mpn id', 'en')).not.toContain('my');
    expect(read('buy azure for our own internal use', 'en')).not.toContain('my');
    expect(read('reset my own password', 'en')).toContain('my');
    expect(read('can i do it on my own', 'en')).toContain('my');
  });

  it('searches the words the English pages use', () => {
    expect(understandQuery('cannot login', 'en').concepts.map((c) => c.terms)).toEqual([
      ["can't", 'cannot', 'unable'],
      ['sign', 'login'],
    ]);
  });
});

describe('understandQuery: across languages', () => {
  it('reads English typed on the Korean site in Korean page words', () => {
    expect(understandQuery('password reset', 'ko').concepts.map((c) => c.terms[0])).toEqual([
      '암호',
      '재설정',
      '내',
    ]);
  });

  it('reads Korean typed on the English site in English page words', () => {
    expect(understandQuery('비밀번호 잊어버렸어요', 'en').concepts.map((c) => c.terms[0])).toEqual([
      'password',
      'forgot',
      'my',
    ]);
  });
});

describe('understandQuery: assumptions', () => {
  it('assumes a question about a password is about the reader’s own, as a hint', () => {
    const my = conceptFor('forgot password', 'my', 'en');
    expect(my?.hint).toBe(true);
  });

  it('assumes nothing when the reader names someone else', () => {
    expect(read('employee forgot password', 'en')).not.toContain('my');
    expect(read('전역 관리자 암호 재설정')).not.toContain('my');
  });
});

describe('understandQuery: hostile and odd input', () => {
  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['.*+?^${}()|[]\\'],
    ['(((((((((('],
    ['🔒🔑😭'],
    ['\u200B\u200C\u200D\uFEFF'],
    ['\u202E\u2066\u2067\u2068\u2069'],
    [''],
    ['   '],
  ])('reads %j without throwing, as plain words', (query) => {
    const {concepts, text} = understandQuery(query, 'en');
    expect(text).not.toMatch(/[<>()[\]{}*+?^$|\\]/);
    for (const concept of concepts) {
      for (const term of concept.terms) {
        expect(term).toMatch(/^[\p{L}\p{N}' ]+$/u);
      }
    }
  });

  it('finds nothing to search in punctuation, emoji or invisible characters', () => {
    expect(read('.*+?^${}()|[]\\')).toEqual([]);
    expect(read('🔒🔑😭')).toEqual([]);
    expect(read('\u200B\u202E\u2066')).toEqual([]);
  });

  // The work is bounded by reading only the query's start (its speed is bench:search's to measure,
  // not a timed unit test's on a busy machine).
  it('reads only the start of a 10,000-character query', () => {
    const paste = '비밀번호를 잊어버렸어요 '.repeat(800) + 'reset';
    const {concepts, text} = understandQuery(paste, 'ko');
    expect(text.length).toBeLessThanOrEqual(200);
    expect(concepts.map((c) => c.group)).not.toContain('reset');
    expect(concepts.length).toBeLessThanOrEqual(MAX_CONCEPTS + 1);
  });

  it('keeps the subject a long question names last', () => {
    const question =
      'our team wants to sell the premium business plan to a new client whose tenant sits in another country';
    expect(read(question, 'en')).toContain('word:country');
  });

  it('reads only the start of one long word without spaces', () => {
    expect(understandQuery('가'.repeat(10_000), 'ko').text.length).toBeLessThanOrEqual(200);
    expect(understandQuery('a'.repeat(10_000), 'en').text.length).toBeLessThanOrEqual(200);
  });
});
