import React from 'react';
import {render, screen, within} from '@testing-library/react';
import TaskLinks from '../index';

describe('TaskLinks', () => {
  it('offers the four tasks as links to their pages', () => {
    render(<TaskLinks />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(screen.getByRole('link', {name: '파트너 센터에 로그인할 수 없는 경우'})).toHaveAttribute(
      'href',
      '/partner-center/unable-to-sign-in',
    );
    expect(screen.getByRole('link', {name: '내 암호 재설정'})).toHaveAttribute(
      'href',
      '/partner-center/reset-my-password',
    );
    expect(screen.getByRole('link', {name: '사용자 암호 재설정'})).toHaveAttribute(
      'href',
      '/partner-center/reset-a-user-password',
    );
    expect(screen.getByRole('link', {name: '계정 정보 확인'})).toHaveAttribute(
      'href',
      '/partner-center/verification-responses',
    );
  });

  it('uses the heading level of the place it is put in', () => {
    render(<TaskLinks headingLevel="h3" />);
    expect(screen.getAllByRole('heading', {level: 3})).toHaveLength(4);
  });
});
