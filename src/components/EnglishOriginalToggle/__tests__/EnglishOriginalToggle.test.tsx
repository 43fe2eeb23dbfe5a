import React from 'react';
import {act, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EnglishOriginalToggle from '..';

const html = document.documentElement;

beforeEach(() => {
  window.localStorage.clear();
  html.removeAttribute('data-english-original');
});

function toggle() {
  return screen.getByRole('button', {name: '영어 원문 함께 보기'});
}

test('is a toggle button, off by default', () => {
  render(<EnglishOriginalToggle />);
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  expect(html).not.toHaveAttribute('data-english-original');
});

test('turns the English on and off from the keyboard, and remembers the choice', async () => {
  const user = userEvent.setup();
  render(<EnglishOriginalToggle />);
  await user.tab();
  expect(toggle()).toHaveFocus();

  await user.keyboard('{Enter}');
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  expect(html).toHaveAttribute('data-english-original', 'on');
  expect(window.localStorage.getItem('english-original')).toBe('on');

  await user.keyboard(' ');
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  expect(html).not.toHaveAttribute('data-english-original');
  expect(window.localStorage.getItem('english-original')).toBe('off');
});

test('starts on when the reader turned it on earlier', () => {
  window.localStorage.setItem('english-original', 'on');
  render(<EnglishOriginalToggle />);
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  expect(html).toHaveAttribute('data-english-original', 'on');
});

test('follows a change made in another tab', () => {
  render(<EnglishOriginalToggle />);
  act(() => {
    window.localStorage.setItem('english-original', 'on');
    window.dispatchEvent(new StorageEvent('storage', {key: 'english-original', newValue: 'on'}));
  });
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  expect(html).toHaveAttribute('data-english-original', 'on');
});

test('every toggle on the page shows the same state', async () => {
  const user = userEvent.setup();
  render(
    <>
      <EnglishOriginalToggle />
      <EnglishOriginalToggle />
    </>,
  );
  const [first, second] = screen.getAllByRole('button', {name: '영어 원문 함께 보기'});
  await user.click(first);
  expect(second).toHaveAttribute('aria-pressed', 'true');
});
