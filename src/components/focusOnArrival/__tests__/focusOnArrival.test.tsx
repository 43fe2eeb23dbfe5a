import React from 'react';
import {render, screen} from '@testing-library/react';
import Heading from '@theme/Heading';
import {history, location} from '@site/tests/jest/mocks/docusaurus/router';
import {useFocusOnArrival} from '..';

function Page(): React.ReactNode {
  useFocusOnArrival();
  return (
    <main>
      <Heading as="h1">Reset a user password</Heading>
      <Heading as="h2" id="reset-the-password">
        Reset the user&apos;s password
      </Heading>
    </main>
  );
}

/** The reader arrives at `hash` of the page, by a link (PUSH) or back and forward (POP). */
const arriveAt = (hash: string, action: 'PUSH' | 'POP') => {
  Object.assign(location, {hash, key: `${hash}-${action}`});
  history.action = action;
};

afterEach(() => arriveAt('', 'POP'));

describe('useFocusOnArrival', () => {
  it('puts focus on the section heading a link opens', () => {
    arriveAt('#reset-the-password', 'PUSH');
    render(<Page />);
    const heading = screen.getByRole('heading', {name: "Reset the user's password"});
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('puts focus on the page title when the link opens the top of a page', () => {
    arriveAt('', 'PUSH');
    render(<Page />);
    expect(screen.getByRole('heading', {level: 1})).toHaveFocus();
  });

  it('leaves focus to the browser on the first load and on back and forward', () => {
    arriveAt('#reset-the-password', 'POP');
    render(<Page />);
    expect(document.body).toHaveFocus();
  });
});
