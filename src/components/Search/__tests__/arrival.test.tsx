import React from 'react';
import {render, screen} from '@testing-library/react';
import Heading from '@theme/Heading';
import {location} from '@site/tests/jest/mocks/docusaurus/router';
import {ARRIVAL_STATE, useFocusOnArrival} from '../arrival';

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

const arriveAt = (hash: string, state?: unknown) =>
  Object.assign(location, {hash, state, key: `${hash}-${String(state)}`});

afterEach(() => arriveAt(''));

describe('useFocusOnArrival', () => {
  it('puts focus on the section heading a search result opens', () => {
    arriveAt('#reset-the-password', ARRIVAL_STATE);
    render(<Page />);
    const heading = screen.getByRole('heading', {name: "Reset the user's password"});
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('leaves focus alone after any other link, and on a result without a section', () => {
    arriveAt('#reset-the-password');
    const {unmount} = render(<Page />);
    expect(document.body).toHaveFocus();
    unmount();
    arriveAt('', ARRIVAL_STATE);
    render(<Page />);
    expect(document.body).toHaveFocus();
  });
});
