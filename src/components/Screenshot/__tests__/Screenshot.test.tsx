import React from 'react';
import {act, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Screenshot from '../index';

function renderScreenshot(props: Partial<React.ComponentProps<typeof Screenshot>> = {}) {
  return render(
    <Screenshot
      name="sign-in"
      alt="The Sign in screen with the Can't access your account? link highlighted"
      caption="The Sign in screen"
      src="/screenshots/en/sign-in.svg"
      width="640"
      height="400"
      {...props}
    />,
  );
}

describe('Screenshot', () => {
  it('shows the picture with its alt text, size and caption', () => {
    renderScreenshot();
    const [thumbnail] = screen.getAllByRole('img', {
      name: "The Sign in screen with the Can't access your account? link highlighted",
    });
    expect(thumbnail).toHaveAttribute('src', '/screenshots/en/sign-in.svg');
    expect(thumbnail).toHaveAttribute('width', '640');
    expect(thumbnail).toHaveAttribute('height', '400');
    expect(screen.getByText('The Sign in screen').tagName).toBe('FIGCAPTION');
  });

  it('puts the caption’s English original under it, marked English and left out of search', () => {
    renderScreenshot({caption: '로그인 화면', originalCaption: 'Sign-in screen'});
    const original = screen.getByText('Sign-in screen');
    expect(original.closest('figcaption')).toHaveTextContent('로그인 화면');
    expect(original).toHaveAttribute('lang', 'en');
    expect(original).toHaveClass('english-original');
    expect(original).toHaveAttribute('data-pagefind-ignore', 'all');
  });

  it('loads lazily unless it is marked eager', () => {
    const {unmount} = renderScreenshot();
    expect(screen.getAllByRole('img', {hidden: true})[0]).toHaveAttribute('loading', 'lazy');
    unmount();
    renderScreenshot({eager: true});
    expect(screen.getAllByRole('img', {hidden: true})[0]).toHaveAttribute('loading', 'eager');
  });

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('opens larger with %s and gives focus back when closed', async (_key, keys) => {
    const user = userEvent.setup();
    renderScreenshot();
    const trigger = screen.getByRole('button', {name: /Sign in screen/});
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard(keys);

    const dialog = screen.getByRole('dialog', {name: /Sign in screen/});
    expect(dialog).toHaveAttribute('open');

    await user.click(screen.getByRole('button', {name: '닫기'}));
    expect(dialog).not.toHaveAttribute('open');
    expect(trigger).toHaveFocus();
  });

  it('leaves focus where the reader moved it before the close event came', async () => {
    // Browsers close the dialog at once and fire its close event a task later; a reader (or the
    // browser, putting focus back itself) may have moved focus in between.
    const user = userEvent.setup();
    render(
      <>
        <Screenshot name="first" alt="The first screen" src="/first.svg" />
        <Screenshot name="second" alt="The second screen" src="/second.svg" />
      </>,
    );
    const [first, second] = screen.getAllByRole('button', {name: /screen/});
    await user.click(first);
    const dialog = screen.getByRole('dialog', {name: 'The first screen'});
    dialog.removeAttribute('open');
    second.focus();
    act(() => {
      dialog.dispatchEvent(new Event('close'));
    });
    expect(second).toHaveFocus();
  });

  it('closes when the backdrop is clicked, not when the picture is', async () => {
    const user = userEvent.setup();
    renderScreenshot();
    await user.click(screen.getByRole('button', {name: /Sign in screen/}));
    const dialog = screen.getByRole('dialog');
    await user.click(screen.getAllByRole('img')[1]);
    expect(dialog).toHaveAttribute('open');
    await user.click(dialog);
    expect(dialog).not.toHaveAttribute('open');
  });
});
