/**
 * Writes a documentation set in Microsoft's side-by-side (sxs) format, for `npm run bench:scale`
 * to import and build when no real set is given: `count` pages and the section's TOC.md, shaped like
 * the real Partner Center pages (front matter with upstream ids, an `<a name>` title, paragraphs, a
 * note alert, numbered steps with UI labels and an image, a pipe table, links between pages, to
 * other docs.microsoft.com sections and outside). The words are ours, made from a small vocabulary,
 * so every page has its own title and the set reads like a help center, not like copies of one page.
 *
 * It also carries the constructs of the real files that once stopped a set from importing or
 * building, so `bench:scale` proves an imported set builds: file names with underscores or doubled
 * hyphens (linked by those names), two images in one paragraph and in one step, an image inside a
 * sentence and in a table cell, and a `|` the translation put inside a table cell's segment.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface Term {
  ko: string;
  en: string;
  slug: string;
}

const TOPICS: Term[] = [
  {ko: '청구서', en: 'invoices', slug: 'invoices'},
  {ko: '고객 계정', en: 'customer accounts', slug: 'customer-accounts'},
  {ko: '구독', en: 'subscriptions', slug: 'subscriptions'},
  {ko: '라이선스', en: 'licenses', slug: 'licenses'},
  {ko: '사용자 계정', en: 'user accounts', slug: 'user-accounts'},
  {ko: '사용자 역할', en: 'user roles', slug: 'user-roles'},
  {ko: '서비스 요청', en: 'service requests', slug: 'service-requests'},
  {ko: '보고서', en: 'reports', slug: 'reports'},
  {ko: '가격표', en: 'price lists', slug: 'price-lists'},
  {ko: '인센티브', en: 'incentives', slug: 'incentives'},
  {ko: '파트너 프로필', en: 'partner profiles', slug: 'partner-profiles'},
  {ko: '결제 방법', en: 'payment methods', slug: 'payment-methods'},
  {ko: '세금 정보', en: 'tax details', slug: 'tax-details'},
  {ko: '지원 계획', en: 'support plans', slug: 'support-plans'},
  {ko: '간접 재판매인', en: 'indirect resellers', slug: 'indirect-resellers'},
  {ko: '위임된 관리자 권한', en: 'delegated admin privileges', slug: 'delegated-admin'},
  {ko: '사용량 데이터', en: 'usage data', slug: 'usage-data'},
  {ko: '지출 예산', en: 'spending budgets', slug: 'spending-budgets'},
  {ko: '알림 설정', en: 'notification settings', slug: 'notifications'},
  {ko: '공동 판매 추천', en: 'co-sell referrals', slug: 'referrals'},
  {ko: '파트너 역량', en: 'partner competencies', slug: 'competencies'},
  {ko: '멤버십 혜택', en: 'membership benefits', slug: 'benefits'},
  {ko: '고객 계약', en: 'customer agreements', slug: 'customer-agreements'},
  {ko: '주문', en: 'orders', slug: 'orders'},
  {ko: '평가판', en: 'trials', slug: 'trials'},
  {ko: '청구 주기', en: 'billing cycles', slug: 'billing-cycles'},
  {ko: '앱 등록', en: 'app registrations', slug: 'app-registrations'},
  {ko: '감사 로그', en: 'audit logs', slug: 'audit-logs'},
  {ko: '마켓플레이스 제품', en: 'marketplace offers', slug: 'marketplace-offers'},
  {ko: '회사 연락처', en: 'company contacts', slug: 'company-contacts'},
  {ko: '법적 주소', en: 'legal addresses', slug: 'legal-addresses'},
  {ko: '청구 통화', en: 'billing currencies', slug: 'billing-currencies'},
  {ko: '가격 할인', en: 'price discounts', slug: 'price-discounts'},
  {ko: 'Azure 크레딧', en: 'Azure credits', slug: 'azure-credits'},
  {ko: '교육 바우처', en: 'training vouchers', slug: 'training-vouchers'},
  {ko: '마케팅 연락처', en: 'marketing contacts', slug: 'marketing-contacts'},
  {ko: '예약 인스턴스', en: 'reserved instances', slug: 'reserved-instances'},
  {ko: '소프트웨어 구독', en: 'software subscriptions', slug: 'software-subscriptions'},
  {ko: '디바이스 배포', en: 'device deployments', slug: 'device-deployments'},
  {ko: '파트너 ID', en: 'partner IDs', slug: 'partner-ids'},
];

/** Korean noun form for titles, the Korean verb's stem (…하는 방법) for sentences, the English verb. */
const ACTIONS: Array<Term & {koVerb: string}> = [
  {ko: '보기', koVerb: '확인하', en: 'view', slug: 'view'},
  {ko: '만들기', koVerb: '생성하', en: 'create', slug: 'create'},
  {ko: '관리', koVerb: '관리하', en: 'manage', slug: 'manage'},
  {ko: '업데이트', koVerb: '업데이트하', en: 'update', slug: 'update'},
  {ko: '내보내기', koVerb: '내보내', en: 'export', slug: 'export'},
  {ko: '제거', koVerb: '제거하', en: 'remove', slug: 'remove'},
];

const SCOPES: Term[] = [
  {ko: '', en: '', slug: ''},
  {ko: 'CSP 프로그램에서', en: 'in the CSP program', slug: 'csp'},
  {ko: '여러 고객에 대해 한꺼번에', en: 'for many customers at once', slug: 'bulk'},
  {ko: '정부 클라우드에서', en: 'in government clouds', slug: 'gov'},
  {ko: 'API로', en: 'with the API', slug: 'api'},
];

/** The menu each page's steps start from, in both languages. */
const MENUS: Term[] = [
  {ko: '대시보드', en: 'Dashboard', slug: ''},
  {ko: '청구', en: 'Billing', slug: ''},
  {ko: '고객', en: 'Customers', slug: ''},
  {ko: '계정 설정', en: 'Account settings', slug: ''},
  {ko: '멤버십', en: 'Membership', slug: ''},
];

const CATEGORY_SIZE = 12;

/** The object particle a Korean word takes: 을 after a final consonant, 를 after a vowel. */
function withObject(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const hangul = last >= 0xac00 && last <= 0xd7a3;
  return `${word}${hangul && (last - 0xac00) % 28 === 0 ? '를' : '을'}`;
}

export interface GeneratedPage {
  /** The page name the importer gives it. */
  slug: string;
  /** The source file's name without `.md`: now and then not a page name as it is. */
  file: string;
  titleKo: string;
  titleEn: string;
}

/** The n-th page of the set: every combination of scope, topic and action, in a fixed order. */
function pageAt(
  n: number,
): GeneratedPage & {topic: Term; action: (typeof ACTIONS)[number]; scope: Term} {
  const action = ACTIONS[n % ACTIONS.length];
  const topic = TOPICS[Math.floor(n / ACTIONS.length) % TOPICS.length];
  const scope = SCOPES[Math.floor(n / (ACTIONS.length * TOPICS.length)) % SCOPES.length];
  const round = Math.floor(n / (ACTIONS.length * TOPICS.length * SCOPES.length));
  const slug = [action.slug, topic.slug, scope.slug, round ? String(round + 1) : '']
    .filter(Boolean)
    .join('-');
  const titleKo = [scope.ko, `${topic.ko} ${action.ko}`, round ? `(${round + 1})` : '']
    .filter(Boolean)
    .join(' ');
  const verb = action.en[0].toUpperCase() + action.en.slice(1);
  const titleEn = [verb, topic.en, scope.en, round ? `(${round + 1})` : '']
    .filter(Boolean)
    .join(' ');
  // Real sets name some files with underscores or doubled hyphens; the importer derives the name.
  const file =
    n % 10 === 3 ? slug.replace(/-/g, '_') : n % 10 === 7 ? slug.replace(/-/g, '--') : slug;
  return {slug, file, titleKo, titleEn, topic, action, scope};
}

/** One segment: the Korean in a data-ttu-id span, its English original in the sxs-lookup span. */
function segmenter(slug: string) {
  const prefix = crypto.createHash('sha1').update(slug).digest('hex').slice(0, 5);
  let id = 100;
  return (ko: string, en: string) => {
    id += 1;
    return (
      `<span data-ttu-id="${prefix}-${id}">${ko}</span>` +
      `<span class="sxs-lookup"><span data-stu-id="${prefix}-${id}">${en}</span></span>`
    );
  };
}

function pageSource(n: number, count: number): string {
  const page = pageAt(n);
  const {topic, action, scope} = page;
  const seg = segmenter(page.slug);
  const related = [1, 7, 19].map((step) => pageAt((n + step) % count));
  const menu = MENUS[n % MENUS.length];
  const where = scope.ko ? `${scope.ko} ` : '';
  const whereEn = scope.en ? ` ${scope.en}` : '';
  const link = (target: GeneratedPage, ko: string, en: string) => [
    `[${ko}](${target.file}.md)`,
    `[${en}](${target.file}.md)`,
  ];
  const [prereqKo, prereqEn] = link(related[0], related[0].titleKo, related[0].titleEn);
  const translationType = n % 4 === 0 ? 'HT' : 'MT';
  const lines = [
    '---',
    `title: ${page.titleKo} | 파트너 센터`,
    'ms.topic: article',
    `ms.date: 0${(n % 9) + 1}/1${n % 10}/2020`,
    'ms.service: partner-dashboard',
    'ms.subservice: partnercenter-csp',
    `description: 파트너 센터에서 ${where}${withObject(topic.ko)} ${action.koVerb}는 방법을 설명합니다.`,
    'author: generated',
    'ms.author: generated',
    `Keywords: ${topic.ko}, ${action.ko}, 파트너 센터`,
    'ms.localizationpriority: medium',
    `ms.openlocfilehash: ${crypto.createHash('sha1').update(`${page.slug}-en`).digest('hex')}`,
    `ms.sourcegitcommit: ${crypto.createHash('sha1').update('bench').digest('hex')}`,
    `ms.translationtype: ${translationType}`,
    'ms.contentlocale: ko-KR',
    'ms.lasthandoff: 04/02/2020',
    `ms.locfileid: "${80_000_000 + n}"`,
    '---',
    `# <a name="${page.slug}"></a>${seg(page.titleKo, page.titleEn)}`,
    '',
    `${seg('**적용 대상**', '**Applies to**')}`,
    '',
    `- ${seg('파트너 센터', 'Partner Center')}`,
    `- ${seg('Microsoft Cloud for US Government 파트너 센터', 'Partner Center for Microsoft Cloud for US Government')}`,
    '',
    `${seg(`이 문서에서는 ${where}${withObject(topic.ko)} ${action.koVerb}는 방법을 설명합니다.`, `This article explains how to ${action.en} ${topic.en}${whereEn}.`)} ` +
      `${seg(`이 작업은 [파트너 센터](https://partner.microsoft.com/dashboard)의 **${menu.ko}** 메뉴에서 합니다.`, `You do this from the **${menu.en}** menu of [Partner Center](https://partner.microsoft.com/dashboard).`)}`,
    '',
    `## <a name="prerequisites"></a>${seg('필수 조건', 'Prerequisites')}`,
    '',
    `- ${seg('전역 관리자 또는 관리 에이전트 역할이 있는 계정', 'An account with the Global admin or Admin agent role')}`,
    `- ${seg(`${prereqKo} 문서의 내용을 먼저 마친 상태`, `The steps in ${prereqEn}, completed first`)}`,
    '',
    '>[!NOTE]',
    `>${seg(`${topic.ko} 변경 내용이 모든 보고서에 반영되기까지 최대 24시간이 걸릴 수 있습니다.`, `Changes to ${topic.en} can take up to 24 hours to show in every report.`)}`,
    '',
    `## <a name="steps"></a>${seg(`${topic.ko} ${action.ko}`, `${action.en[0].toUpperCase()}${action.en.slice(1)} ${topic.en}`)}`,
    '',
    `1. ${seg(`파트너 센터에 로그인하고 **${menu.ko}** 메뉴를 선택합니다.`, `Sign in to Partner Center and select **${menu.en}**.`)}`,
    '',
    `2. ${seg(`**${topic.ko}** 페이지에서 **${action.ko}** 단추를 선택합니다.`, `On the **${topic.en}** page, select the **${action.en}** button.`)}`,
    '',
    `    ![${topic.ko} 페이지](images/${topic.slug}/${action.slug}.png)`,
    '',
    `    ![${topic.ko} 목록](images/${topic.slug}/list.png) ![${topic.ko} 세부 정보](images/${topic.slug}/details.png)`,
    '',
    `3. ${seg('필요한 정보를 입력하고 입력한 값을 다시 확인합니다.', 'Enter the details you need and check the values again.')} ${seg('**다음**을 선택합니다.', 'Select **Next**.')} ![다음 단추](images/next.png)`,
    '',
    `4. ${seg(`변경 내용을 검토하고 **제출**을 선택합니다.`, 'Review your changes and select **Submit**.')}`,
    '',
    `5. ${seg(`확인 메시지가 표시되면 ${topic.ko} 목록으로 돌아갑니다.`, `When the confirmation shows, go back to the list of ${topic.en}.`)}`,
    '',
    `## <a name="details"></a>${seg('항목 설명', 'What each field means')}`,
    '',
    `| ${seg('필드', 'Field')} | ${seg('설명', 'Description')} | ${seg('필수', 'Required')} |`,
    '| --- | --- | :---: |',
    `| ${seg('이름', 'Name')} | ${seg(`${withObject(topic.ko)} 구분하는 이름입니다.`, `The name that tells ${topic.en} apart.`)} | ${seg('예', 'Yes')} |`,
    `| ${seg('소유자', 'Owner')} | ${seg('변경을 승인하는 사용자입니다.', 'The user who approves changes.')} | ${seg('예', 'Yes')} |`,
    n % 3 === 1
      ? `| ${seg('메모', 'Notes')} | ${seg('팀에서 참고할 | 내용입니다.', 'Anything your team should know.')} | ${seg('아니요', 'No')} |`
      : `| ${seg('메모', 'Notes')} | ${seg('팀에서 참고할 내용입니다.', 'Anything your team should know.')} | ${seg('아니요', 'No')} |`,
    `| ${seg('아이콘', 'Icon')} | ![${topic.ko} 아이콘](images/${topic.slug}/icon.png) | ${seg('아니요', 'No')} |`,
    '',
    `![${topic.ko} 요약](images/${topic.slug}/summary.png) ![${topic.ko} 기록](images/${topic.slug}/history.png)`,
    '',
    `${seg(`자세한 내용은 [Azure 설명서](/azure/cost-management-billing/)를 참조하세요.`, 'For more, see the [Azure documentation](/azure/cost-management-billing/).')}`,
    '',
    `## <a name="next-steps"></a>${seg('다음 단계', 'Next steps')}`,
    '',
    ...related.map((target) => {
      const [ko, en] = link(target, target.titleKo, target.titleEn);
      return `- ${seg(ko, en)}`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** Writes `count` pages and TOC.md to `<dir>/partner-center/`; returns the pages. */
export function generateSet(dir: string, count: number): GeneratedPage[] {
  const section = path.join(dir, 'partner-center');
  fs.mkdirSync(section, {recursive: true});
  const pages: GeneratedPage[] = [];
  for (let n = 0; n < count; n += 1) {
    const {slug, file, titleKo, titleEn} = pageAt(n);
    fs.writeFileSync(path.join(section, `${file}.md`), pageSource(n, count));
    pages.push({slug, file, titleKo, titleEn});
  }
  // The TOC: a category a dozen pages, headed by its first page, as the real TOC.md nests them.
  const toc: string[] = [];
  for (let start = 0; start < pages.length; start += CATEGORY_SIZE) {
    const [head, ...rest] = pages.slice(start, start + CATEGORY_SIZE);
    toc.push(`# [${head.titleKo}](${head.file}.md)`);
    toc.push(...rest.map((page) => `## [${page.titleKo}](${page.file}.md)`), '');
  }
  fs.writeFileSync(path.join(section, 'TOC.md'), toc.join('\n'));
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '250'] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: tsx bench/generate-sxs.ts <dir> [count]');
    process.exit(2);
  }
  console.log(
    `${generateSet(dir, Number(count)).length} pages written to ${path.join(dir, 'partner-center')}`,
  );
}
