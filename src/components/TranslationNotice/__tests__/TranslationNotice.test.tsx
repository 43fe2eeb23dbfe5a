import React from 'react';
import {render, screen} from '@testing-library/react';
import TranslationNotice from '..';

const englishUrl = '/en/partner-center/unable-to-sign-in';

test('says a machine translation is one, with a link to the English page', () => {
  render(<TranslationNotice type="machine" status="current" englishUrl={englishUrl} />);
  const notice = screen.getByRole('note');
  expect(notice).toHaveTextContent('이 페이지는 영어 원문을 기계 번역한 것입니다.');
  expect(notice).not.toHaveTextContent('최신 내용');
  expect(notice).toHaveTextContent('정확한 내용은 영어 원문을 확인하세요.');
  expect(screen.getByRole('link', {name: '영어 원문'})).toHaveAttribute(
    'href',
    `pathname://${englishUrl}`,
  );
  expect(screen.getByRole('link', {name: '영어 원문'})).toHaveAttribute('hreflang', 'en');
});

test('says a translation may be behind an English page that changed since', () => {
  render(<TranslationNotice type="human" status="outdated" englishUrl={englishUrl} />);
  const notice = screen.getByRole('note');
  expect(notice).toHaveTextContent(
    '이 페이지를 번역한 뒤 영어 원문이 바뀌어 최신 내용이 반영되지 않았을 수 있습니다.',
  );
  expect(notice).not.toHaveTextContent('기계 번역');
  expect(screen.getByRole('link', {name: '영어 원문'})).toBeInTheDocument();
});

test('says both for an outdated machine translation', () => {
  render(<TranslationNotice type="machine" status="outdated" englishUrl={englishUrl} />);
  expect(screen.getByRole('note')).toHaveTextContent(/기계 번역.*최신 내용/);
});

test('shows nothing for a current human translation', () => {
  const {container} = render(
    <TranslationNotice type="human" status="current" englishUrl={englishUrl} />,
  );
  expect(container).toBeEmptyDOMElement();
});
