import React from 'react';
import {render, screen} from '@testing-library/react';
import SitePeriod from '..';

test('says, as text, which period the help is based on and that some names are current ones', () => {
  render(<SitePeriod />);
  const line = screen.getByText(/2019~2021년의 Microsoft 파트너 센터 문서를 바탕으로 합니다/);
  expect(line.tagName).toBe('P');
  expect(line).toHaveTextContent('Azure AD는 지금 Microsoft Entra ID입니다');
  expect(line).toHaveTextContent('다른 서비스와 메뉴의 이름은 지금 화면과 다를 수 있습니다');
});
