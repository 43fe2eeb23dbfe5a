import React from 'react';
import {render, screen, within} from '@testing-library/react';
import TaskLinks, {useAllTasks, useTasks} from '../index';

const pages: [string, string][] = [
  ['파트너 센터에 로그인할 수 없는 경우', '/partner-center/unable-to-sign-in'],
  ['내 암호 재설정', '/partner-center/reset-my-password'],
  ['사용자 암호 재설정', '/partner-center/reset-a-user-password'],
  ['다단계 인증(MFA)으로 로그인', '/partner-center/mfa'],
  ['개인 계정이 아닌 회사 또는 학교 계정으로 로그인', '/partner-center/work-or-personal-account'],
  ['로그인했지만 필요한 페이지가 보이지 않는 경우', '/partner-center/missing-pages-roles'],
  ['회사의 전역 관리자 되기', '/partner-center/become-global-admin'],
  ['일시 중단된 계정 복원', '/partner-center/suspended-account'],
  ['계정 정보 확인', '/partner-center/verification-responses'],
];

describe('TaskLinks', () => {
  it('offers every help page as a link', () => {
    render(<TaskLinks />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(pages.length);
    pages.forEach(([name, href], index) => {
      expect(within(items[index]).getByRole('link')).toHaveAccessibleName(name);
      expect(within(items[index]).getByRole('link')).toHaveAttribute('href', href);
    });
  });

  it('uses the heading level of the place it is put in', () => {
    render(<TaskLinks headingLevel="h3" />);
    expect(screen.getAllByRole('heading', {level: 3})).toHaveLength(pages.length);
  });

  it('keeps the four most-read articles, in order, for search to suggest', () => {
    let top: string[] = [];
    let all: string[] = [];
    function Probe() {
      top = useTasks().map((task) => task.to);
      all = useAllTasks().map((task) => task.to);
      return null;
    }
    render(<Probe />);
    expect(all).toHaveLength(pages.length);
    expect(top).toEqual([
      '/partner-center/unable-to-sign-in',
      '/partner-center/reset-my-password',
      '/partner-center/reset-a-user-password',
      '/partner-center/verification-responses',
    ]);
  });
});
