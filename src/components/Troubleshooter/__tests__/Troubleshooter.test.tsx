import React from 'react';
import {render, screen, within} from '@testing-library/react';
import Troubleshooter from '../index';

describe('Troubleshooter', () => {
  it('lists every choice as a visible link in the reader’s words, each to its page', () => {
    render(<Troubleshooter />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    const expected: [string, string][] = [
      ['암호를 잊었어요', '/partner-center/reset-my-password'],
      ['인증 코드나 Authenticator 앱을 요구해요', '/partner-center/mfa'],
      ['계정이 없다고 나오거나 다른 계정으로 로그인돼요', '/partner-center/work-or-personal-account'],
      ['로그인은 되는데 고객, 청구 같은 페이지가 안 보여요', '/partner-center/missing-pages-roles'],
      ['계정이 일시 중단되었어요', '/partner-center/suspended-account'],
      ['회사에 전역 관리자가 없어요', '/partner-center/become-global-admin'],
    ];
    expected.forEach(([name, href], index) => {
      const link = within(items[index]).getByRole('link');
      expect(link).toHaveAccessibleName(name);
      expect(link).toHaveAttribute('href', href);
      expect(link).toBeVisible();
    });
  });

  it('says where each link leads', () => {
    render(<Troubleshooter />);
    const first = within(screen.getByRole('list')).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(/직접 새 암호를 설정/);
  });
});
