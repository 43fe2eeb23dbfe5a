import React from 'react';
import {render, screen} from '@testing-library/react';
import ImagePlaceholder from '..';

test('shows what the missing screenshot shows, and says it is not available', () => {
  render(
    <ImagePlaceholder
      alt="The billing page, with Download invoice selected"
      src="images/bill.png"
    />,
  );
  const figure = screen.getByRole('figure');
  expect(figure).toHaveTextContent('The billing page, with Download invoice selected');
  expect(figure).toHaveTextContent('이 스크린샷은 제공되지 않습니다.');
  expect(screen.queryByRole('img')).toBeNull();
});

test('inline, inside a sentence or a table cell, it says the same without a figure', () => {
  const {container} = render(
    <p>
      Look for <ImagePlaceholder inline alt="The stamp icon" src="images/stamp.png" /> here.
    </p>,
  );
  expect(screen.queryByRole('figure')).toBeNull();
  const paragraph = container.querySelector('p')!;
  expect(paragraph.querySelector('div, p p, figure')).toBeNull();
  expect(paragraph).toHaveTextContent('The stamp icon 이 스크린샷은 제공되지 않습니다.');
});
