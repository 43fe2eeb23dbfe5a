import React from 'react';
import {render, screen, within} from '@testing-library/react';
import Steps from '../index';
import UiLabel from '../../UiLabel';

describe('Steps', () => {
  it('keeps the numbered list a list that screen readers announce with its item count', () => {
    render(
      <Steps>
        <ol>
          <li>
            On the <UiLabel>Sign in</UiLabel> screen, select <UiLabel>Next</UiLabel>.
          </li>
          <li>
            Select <UiLabel>Work or school account</UiLabel>.
          </li>
          <li>Enter your user ID.</li>
          <li>Set up your new password.</li>
        </ol>
      </Steps>,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('leaves anything that is not the numbered list as it is', () => {
    render(
      <Steps>
        <p>Before you start</p>
        <ol>
          <li>One</li>
        </ol>
      </Steps>,
    );
    expect(screen.getByText('Before you start').tagName).toBe('P');
    expect(screen.getByRole('list')).toHaveClass('list');
  });
});
