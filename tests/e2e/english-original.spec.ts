import type {Locator, Page} from '@playwright/test';
import {test, expect, gotoHydrated} from './fixtures';

// "영어 원문 함께 보기": the English original next to each Korean block, on every Korean page
// translated from English. The toggle's behaviour is tested here, on the source page; that each
// page has it (or not), hidden, with the right notice and passing axe when on, is checked page by
// page (pages.spec.ts).
const TOGGLE = {name: '영어 원문 함께 보기'};

const toggleOf = (page: Page) => page.getByRole('button', TOGGLE);
const originals = (page: Page) => page.locator('article .english-original');

/** Tabs from the top of the page until the toggle has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await page.locator('body').focus();
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error('the toggle cannot be reached with Tab');
}

test.describe('the English original', () => {
  test('turns on and off by keyboard; the English appears after each Korean block', async ({
    page,
  }) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    const toggle = toggleOf(page);
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(originals(page).first()).toBeVisible();
    const count = await originals(page).count();
    for (let index = 0; index < count; index += 1) {
      await expect(originals(page).nth(index)).toBeVisible();
    }
    // Each step shows its English right after its Korean, before the step's screenshot.
    const firstStep = page.locator('article ol[role="list"] > li').first();
    // The step's own English (its screenshot's caption has one too, inside the figure).
    await expect(firstStep.locator('.english-original:not(figure *)')).toHaveText(
      "On the Sign in screen, select the Can't access your account? link, and then select Next.",
    );
    const order = await firstStep.evaluate((step) => {
      const english = step.querySelector('.english-original');
      const figure = step.querySelector('figure');
      return (
        !!english &&
        !!figure &&
        !!(english.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(order).toBe(true);
    await expect(page.locator('#see-more + .english-original')).toHaveText('See more');

    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(originals(page).first()).toBeHidden();
  });

  test('is remembered across pages and visits', async ({page}) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    await toggleOf(page).click();
    await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');

    // In-site navigation.
    await page
      .getByRole('navigation', {name: /문서 사이드바|Docs sidebar/})
      .getByRole('link', {name: '사용자 암호 재설정'})
      .click();
    await expect(page).toHaveURL(/reset-a-user-password$/);
    await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(originals(page).first()).toBeVisible();

    // A new visit: the English shows from the first paint, before React starts.
    await page.reload({waitUntil: 'commit'});
    await page.waitForLoadState('domcontentloaded');
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('data-english-original')),
    ).toBe('on');
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(originals(page).first()).toBeVisible();

    await toggleOf(page).click();
    await gotoHydrated(page, '/partner-center/reset-my-password');
    await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(originals(page).first()).toBeHidden();
  });

  test('keeps the reader in place when toggled', async ({page}) => {
    await page.setViewportSize({width: 1000, height: 700});
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    const toggle = toggleOf(page);
    const top = async (locator: Locator) => (await locator.boundingBox())!.y;

    // Scrolled a little: the toggle stays under the pointer although the English title appears above it.
    await page.mouse.wheel(0, 60);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const buttonBefore = await top(toggle);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(Math.abs((await top(toggle)) - buttonBefore)).toBeLessThanOrEqual(1);

    // Reading further down, toggled by assistive technology without scrolling to the button: the
    // block at the top of the screen stays there.
    const heading = page.locator('#see-more');
    await heading.evaluate((element) => element.scrollIntoView({block: 'start'}));
    const headingBefore = await top(heading);
    await toggle.evaluate((button: HTMLButtonElement) => button.click());
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(Math.abs((await top(heading)) - headingBefore)).toBeLessThanOrEqual(1);
    await toggle.evaluate((button: HTMLButtonElement) => button.click());
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(Math.abs((await top(heading)) - headingBefore)).toBeLessThanOrEqual(1);
  });

  test('shows whether it is on under forced colours (Windows high contrast), which erase fills', async ({
    page,
  }) => {
    await page.emulateMedia({forcedColors: 'active'});
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    const toggle = toggleOf(page);
    // Judged by its pixels: the computed style keeps the author's colours.
    const box = toggle.locator('span').first();
    const off = await box.screenshot();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect((await box.screenshot()).equals(off), 'the box looks different when on').toBe(false);
  });

  test('prints as shown, without the button', async ({page}) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    await page.emulateMedia({media: 'print'});
    await expect(originals(page).first()).toBeHidden();
    await page.emulateMedia({media: 'screen'});
    await toggleOf(page).click();
    await page.emulateMedia({media: 'print'});
    await expect(originals(page).first()).toBeVisible();
    await expect(page.locator('article button[aria-pressed]')).toBeHidden();
  });
});
