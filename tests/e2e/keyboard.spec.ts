// A reader who uses only the keyboard: from the home page, search "로그인할 수 없어요", open the
// first result, open and close a screenshot, turn the English original on, switch to English and
// back. Every step by keyboard, and at every stop the focused element shows a visible focus
// indicator and is on screen.
import type {Locator, Page} from '@playwright/test';
import {test, expect, gotoHydrated} from './fixtures';

/**
 * Whether the focused element shows that it has focus, judged as a sighted reader would: the
 * pixels around it differ between focused and not focused (an outline, a ring, a border that
 * changes colour on a wrapper…), and it is on screen.
 */
async function expectFocusShown(page: Page, step: string) {
  const focused = await page.evaluateHandle(() => document.activeElement);
  const element = focused.asElement();
  const description = await focused.evaluate((node) => {
    const el = node as HTMLElement | null;
    if (!el || el === document.body) return 'nothing (body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}> "${name}"`;
  });
  // Moving focus may scroll the page (smoothly, or a sidebar into view): measure once still.
  let box = element && (await element.boundingBox());
  for (let tries = 0; element && tries < 20; tries += 1) {
    await page.waitForTimeout(50);
    const next = await element.boundingBox();
    const still = JSON.stringify(next) === JSON.stringify(box);
    box = next;
    if (still) break;
  }
  const viewport = page.viewportSize()!;
  const onScreen =
    !!box &&
    box.width > 0 &&
    box.height > 0 &&
    box.y + box.height > 0 &&
    box.y < viewport.height &&
    box.x + box.width > 0 &&
    box.x < viewport.width;
  expect(onScreen, `${step}: focus on ${description} is on screen`).toBe(true);

  // A few pixels around the element, where outlines and rings are drawn, clamped to the viewport.
  const x = Math.max(0, box!.x - 6);
  const y = Math.max(0, box!.y - 6);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width, box!.x + box!.width + 6) - x,
    height: Math.min(viewport.height, box!.y + box!.height + 6) - y,
  };
  const withFocus = await page.screenshot({clip, animations: 'disabled', caret: 'hide'});
  await focused.evaluate((node) => (node as HTMLElement).blur());
  const withoutFocus = await page.screenshot({clip, animations: 'disabled', caret: 'hide'});
  // The last interaction was a key press, so focusing again keeps :focus-visible.
  await focused.evaluate((node) => (node as HTMLElement).focus());
  expect(withFocus.equals(withoutFocus), `${step}: focus on ${description} is visible`).toBe(false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at each stop. */
async function tabTo(page: Page, target: Locator, step: string, key = 'Tab') {
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press(key);
    await expectFocusShown(page, step);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${step}: ${key} never reached the target`);
}

test('keyboard only: search, open a result, zoom a screenshot, English original, switch language and back', async ({
  page,
}) => {
  // About a hundred focus stops, each compared in two screenshots: 1.0 min alone in CI, over
  // 2 min with a second worker and a Korean font on this 2-core machine. Four minutes' room.
  test.setTimeout(240_000);

  // 1. Search from the home page's search box.
  await gotoHydrated(page, '/');
  const box = page.getByRole('main').getByRole('combobox', {name: '검색어'});
  await tabTo(page, box, 'reach the search box');
  await page.keyboard.type('로그인할 수 없어요');
  const firstResult = page.locator('[role="listbox"][data-list="results"] [role="option"]').first();
  await expect(firstResult).toBeVisible();
  const href = await firstResult.getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  // 2. The first result opens.
  await expect(page).toHaveURL((url) => url.pathname + url.hash === href);
  expect(href).toMatch(/^\/partner-center\/unable-to-sign-in/);
  // The address changes at once; the page follows when its code has loaded. A reader sees it then.
  await expect(
    page.getByRole('heading', {level: 1, name: '파트너 센터에 로그인할 수 없는 경우'}),
  ).toBeVisible();

  // 3. Open a screenshot larger, then close it; focus returns to it.
  const screenshot = page.locator('article figure > button[aria-haspopup="dialog"]').first();
  await tabTo(page, screenshot, 'reach the screenshot');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toHaveCount(1);
  await expectFocusShown(page, 'inside the enlarged screenshot');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(screenshot).toBeFocused();
  await expectFocusShown(page, 'back on the screenshot');

  // 4. Turn the English original on (it sits under the title, before the screenshot).
  const toggle = page.getByRole('button', {name: '영어 원문 함께 보기'});
  await tabTo(page, toggle, 'reach the English-original toggle', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('article .english-original').first()).toBeVisible();

  // 5. Switch to English with the language link, and back to Korean.
  const toEnglish = page.locator('a[lang="en"][href]:visible').last();
  await tabTo(page, toEnglish, 'reach the English link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/partner-center\/unable-to-sign-in/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});

  const toKorean = page.locator('a[lang="ko"][href]:visible').last();
  await tabTo(page, toKorean, 'reach the Korean link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^[^?#]*\/partner-center\/unable-to-sign-in/);
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('keyboard only on a phone: the menu takes focus, keeps Tab inside, and Escape closes it', async ({
  page,
}) => {
  // The narrowest phone (320 px), in English, whose site name is the longer one.
  await page.setViewportSize({width: 320, height: 640});
  await gotoHydrated(page, '/en/partner-center/unable-to-sign-in');
  const menuButton = page.locator('.navbar__toggle');
  await tabTo(page, menuButton, 'reach the menu button');
  await page.keyboard.press('Enter');
  const panel = page.locator('.navbar-sidebar');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator(':focus')).toHaveCount(1);
  expect(
    await panel
      .locator('.navbar__title')
      .evaluate((name) => name.scrollHeight <= name.clientHeight + 1),
    "the menu shows the site's whole name",
  ).toBe(true);
  // Round the whole menu and past its end: focus never reaches the page under the backdrop (past
  // the last link it leaves the document for the browser's own controls, as from a modal dialog).
  const stops = await panel.locator('a[href]:visible, button:visible').count();
  for (let press = 0; press <= stops + 2; press += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'outside the document';
      return document.querySelector('.navbar-sidebar')!.contains(active)
        ? 'in the menu'
        : active.outerHTML.slice(0, 80);
    });
    expect(['in the menu', 'outside the document'], `Tab ${press + 1}`).toContain(where);
  }
  // "← Back to main menu" switches panels; focus goes to the main menu, not to the page.
  const back = panel.getByRole('button', {name: /Back to main menu/});
  await back.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const active = document.activeElement;
        return !!active && !active.closest('[inert]') && active.closest('.navbar-sidebar') !== null;
      }),
    )
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
  // The page is usable again.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() =>
      document.querySelector('.navbar-sidebar')!.contains(document.activeElement),
    ),
  ).toBe(false);
});

test('on a phone, the "on this page" button says whether its list is open', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, '/partner-center/unable-to-sign-in');
  const button = page.getByRole('button', {name: '이 페이지에서'});
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
});

test('a link that opens a page or a section puts focus on what it opened, so a screen reader reads it and Tab goes on from there', async ({
  page,
}) => {
  // The troubleshooter on the home page opens a section of the core page: focus is on its heading.
  await gotoHydrated(page, '/');
  await page.getByRole('link', {name: '계정이 잠겼다고 나와요'}).first().press('Enter');
  await expect(page).toHaveURL(/\/partner-center\/unable-to-sign-in#account-locked$/);
  const locked = page.locator('h2#account-locked');
  await expect(locked).toBeFocused();
  await expect(locked).toBeInViewport();
  // The next Tab goes on from the section (its heading's own link, then its text), not to the
  // next troubleshooter choice above it.
  await page.keyboard.press('Tab');
  const fromSection = await page.evaluate(() => {
    const heading = document.getElementById('account-locked')!;
    const focused = document.activeElement!;
    return (
      heading.contains(focused) ||
      Boolean(heading.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(fromSection, 'the next Tab stays in the section it opened').toBe(true);

  // The same list on the page itself: a choice whose section is on this page opens it too.
  await page.getByRole('link', {name: '암호(비밀번호)를 잊어버렸어요'}).first().press('Enter');
  await expect(page).toHaveURL(/#forgot-password$/);
  await expect(page.locator('h2#forgot-password')).toBeFocused();

  // A link to the top of another page (the next page, below the article): focus is on its title.
  await page.locator('.pagination-nav__link--next').press('Enter');
  await expect(page).not.toHaveURL(/unable-to-sign-in/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('at 400% zoom, moving back through the footer never hides the focused link under the navbar (WCAG 2.4.11)', async ({
  page,
}) => {
  // 1280 × 1024 at 400% is 320 × 256 CSS pixels.
  await page.setViewportSize({width: 320, height: 256});
  await gotoHydrated(page, '/partner-center/mfa');
  const links = page.locator('footer a[href]');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  // From past the last footer link, backwards, as Shift+Tab goes: each scrolls into view itself.
  await links.last().focus();
  await page.keyboard.press('Tab');
  for (let i = count - 1; i >= 0; i -= 1) {
    await page.keyboard.press('Shift+Tab');
    await expect(links.nth(i)).toBeFocused();
    const shown = await links.nth(i).evaluate((link) => {
      const box = link.getBoundingClientRect();
      const navbarBottom = document.querySelector('.navbar')!.getBoundingClientRect().bottom;
      const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, navbarBottom);
      return Math.max(0, visible) / box.height;
    });
    expect(shown, `footer link ${i + 1} of ${count} is in sight`).toBeGreaterThanOrEqual(0.9);
  }
});
