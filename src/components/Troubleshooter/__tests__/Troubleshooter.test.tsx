import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import Troubleshooter from '../index';

const expected: [string, string][] = [
  ['암호(비밀번호)를 잊어버렸어요', '/partner-center/unable-to-sign-in#forgot-password'],
  ['계정이 잠겼다고 나와요', '/partner-center/unable-to-sign-in#account-locked'],
  [
    '인증 코드를 받을 수 없어요(휴대폰을 바꾸었거나 잃어버린 경우 등)',
    '/partner-center/mfa#locked-out',
  ],
  ['“추가 정보 필요” 화면이 나와요', '/partner-center/mfa#register'],
  ['계정이 없다고 나오거나 다른 계정으로 로그인돼요', '/partner-center/work-or-personal-account'],
  ['로그인은 되는데 고객, 청구 같은 페이지가 안 보여요', '/partner-center/missing-pages-roles'],
  ['우리 회사 전역 관리자가 누군지 몰라요', '/partner-center/missing-pages-roles#ask-for-a-role'],
  ['회사에 전역 관리자가 아직 없어요', '/partner-center/become-global-admin'],
  ['전역 관리자가 퇴사했어요', '/partner-center/reset-my-password#global-admin-has-left'],
  ['직원이 암호를 잊어서 재설정해 줘야 해요', '/partner-center/reset-a-user-password'],
  ['계정이 일시 중단(정지)되었어요', '/partner-center/suspended-account'],
  ['확인 메일이 안 오거나 회사 확인이 보류 중이에요', '/partner-center/verification-responses'],
];

function items(): HTMLElement[] {
  render(<Troubleshooter />);
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

describe('Troubleshooter', () => {
  it('lists every choice as a visible link in the reader’s words, each to its page', () => {
    const listItems = items();
    expect(listItems).toHaveLength(expected.length);
    expected.forEach(([name, href], index) => {
      const link = within(listItems[index]).getByRole('link');
      expect(link).toHaveAccessibleName(name);
      expect(link).toHaveAttribute('href', href);
      expect(link).toBeVisible();
    });
  });

  it('says where each link leads', () => {
    const listItems = items();
    expect(listItems[0]).toHaveTextContent(
      '먼저 누구에게 요청할지(전역 관리자나 간접 공급자), 직접 재설정할 수 있는 경우',
    );
    listItems.forEach((item) => {
      const link = within(item).getByRole('link');
      const description = (item.textContent ?? '').replace(link.textContent ?? '', '').trim();
      expect(description).toMatch(/안내합니다\.$/);
    });
  });

  it('offers a way to every sign-in page on the site', () => {
    const docs = path.join(__dirname, '../../../../docs/partner-center');
    const pages = fs
      .readdirSync(docs)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `/partner-center/${file.replace(/\.mdx$/, '')}`);
    expect(pages.length).toBeGreaterThan(0);
    const targets = items().map(
      (item) => within(item).getByRole('link').getAttribute('href')?.split('#')[0],
    );
    pages.forEach((page) => expect(targets).toContain(page));
  });
});
