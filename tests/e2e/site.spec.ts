import type {Page, Request} from '@playwright/test';
import {test, expect, gotoHydrated, localePath, LOCALES} from './fixtures';

const LANGUAGE_MENU = {ko: '한국어', en: 'English'} as const;
/** The page feature tests run on: the source page, with the most screenshots and sections. */
const REPRESENTATIVE = 'unable-to-sign-in';

test.describe('the help pages', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the source page has its description, keywords and five steps (the seed's four and the identity check)`, async ({
      page,
    }) => {
      await gotoHydrated(page, localePath(locale, '/partner-center/unable-to-sign-in'));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.locator('meta[name="keywords"]')).toHaveAttribute(
        'content',
        locale === 'ko' ? /로그인 문제.*암호 잊음.*암호/ : /password/i,
      );
      const steps = page.locator('article ol[role="list"]').first();
      await expect(steps.locator(':scope > li')).toHaveCount(5);
      const seeMore = page.locator('#see-more ~ ul a');
      await expect(seeMore).toHaveCount(3);
    });

    // The Screenshot component, on the page with the most screenshots; that every page has its
    // screenshots, loaded, is checked page by page (pages.spec.ts).
    {
      const slug = REPRESENTATIVE;
      test(`${locale}: every screenshot on ${slug} has alt text and opens and closes by keyboard`, async ({
        page,
      }) => {
        await gotoHydrated(page, localePath(locale, `/partner-center/${slug}`));
        const triggers = page.locator('article figure > button[aria-haspopup="dialog"]');
        const count = await triggers.count();
        expect(count, 'screenshots on the page').toBeGreaterThan(1);
        for (let index = 0; index < count; index += 1) {
          const trigger = triggers.nth(index);
          const image = trigger.locator('img');
          await expect(image).toHaveAttribute('alt', /\S{3,}/);
          await expect(image).toHaveAttribute('width', /^\d+$/);
          await expect(image).toHaveAttribute('height', /^\d+$/);
          await trigger.focus();
          await expect(trigger).toBeFocused();
          await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
          const dialog = page.getByRole('dialog', {name: (await image.getAttribute('alt'))!});
          await expect(dialog).toBeVisible();
          await expect(page.locator('dialog[open]')).toHaveCount(1);
          await page.keyboard.press('Escape');
          await expect(page.locator('dialog[open]')).toHaveCount(0);
          await expect(trigger).toBeFocused();
        }
      });
    }
  }

  test('the source page shows a screenshot after step 1', async ({page}) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    const firstStep = page.locator('article ol[role="list"] > li').first();
    await expect(firstStep.locator('figure > button img')).toBeVisible();
  });
});

test.describe('switching language', () => {
  test('lands on the twin page at the same section, and back', async ({page}) => {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in#see-more');
    await page
      .getByRole('button', {name: LANGUAGE_MENU.ko})
      .or(page.locator('.navbar__items--right .dropdown > .navbar__link'))
      .first()
      .hover();
    await page.locator('a[lang="en"]').first().click();
    await expect(page).toHaveURL(/\/en\/partner-center\/unable-to-sign-in#see-more$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#see-more')).toBeInViewport();

    await page.locator('.navbar__items--right .dropdown > .navbar__link').first().hover();
    await page.locator('a[lang="ko"]').first().click();
    await expect(page).toHaveURL(/\/partner-center\/unable-to-sign-in#see-more$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the language switch is a link that opens the twin page', async ({page}) => {
    await page.goto('/partner-center/unable-to-sign-in');
    const link = page.locator('a[lang="en"][href]:visible').first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL(/\/en\/partner-center\/unable-to-sign-in\/?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toBeVisible();
  });

  test('a table is named after the section it is in', async ({page}) => {
    await page.goto('/partner-center/missing-pages-roles');
    await expect(page.getByRole('table', {name: '역할에 따라 보이는 페이지'})).toBeVisible();
    await page.goto('/en/partner-center/missing-pages-roles');
    await expect(page.getByRole('table', {name: 'Roles decide what you see'})).toBeVisible();
  });
});

test.describe('the language switch from the navbar menu', () => {
  // The page's last section: the one furthest from the top, so landing there shows the switch
  // kept the place and did not just open the page. By keyboard, as in the test below. That every
  // page's sections are in its twin is checked page by page (pages.spec.ts).
  {
    const slug = REPRESENTATIVE;
    test(`${slug}: from a section of the Korean page to the same section in English`, async ({
      page,
    }) => {
      await gotoHydrated(page, `/partner-center/${slug}`);
      const ids = await page
        .locator('article :is(h2, h3)[id]')
        .evaluateAll((headings) => headings.map((h) => h.id));
      const id = ids.at(-1);
      expect(id, 'a section to land on').toBeTruthy();
      const place = `#${id}`;
      await gotoHydrated(page, `/partner-center/${slug}${place}`);
      const menu = page.locator('.navbar__items--right .dropdown > .navbar__link').first();
      // Named by what it is for as well as by the current language.
      await expect(menu).toHaveAccessibleName('한국어, 언어');
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const toEnglish = page.locator('.navbar__items--right .dropdown a[lang="en"]').first();
      await toEnglish.focus();
      await expect(toEnglish).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/en/partner-center/${slug}${place}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }
});

test('a reader who scrolled to a section lands on that section in the other language', async ({
  page,
}) => {
  await gotoHydrated(page, '/en/partner-center/reset-my-password');
  const heading = page.locator('#global-admin-has-left');
  await page.evaluate(() =>
    window.scrollBy(
      0,
      document.querySelector('#global-admin-has-left')!.getBoundingClientRect().top - 10,
    ),
  );
  // Scrolling may be smooth: wait until the section heading has reached the top of the window.
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(80);
  // By keyboard, as a reader who cannot use a pointer: a pointer click would first scroll the
  // sticky navbar's menu "into view", that is, the page back to the top, which no reader's click
  // does. Each step waits for what the reader would see, so a busy machine cannot reorder them.
  const menu = page.locator('.navbar__items--right .dropdown > .navbar__link').first();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const toKorean = page.locator('.navbar__items--right .dropdown a[lang="ko"]').first();
  await expect(toKorean).toBeVisible();
  await toKorean.focus();
  await expect(toKorean).toBeFocused();
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/partner-center\/reset-my-password#global-admin-has-left$/);
  await expect(page.locator('#global-admin-has-left')).toBeInViewport();
});

test.describe('featured pages', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the home page, the footer and the 404 page offer the same pages, by their own titles`, async ({
      page,
      watch,
    }) => {
      // Three pages in one test, to compare their lists: three times a one-page test's time.
      test.slow();
      const linksIn = async (selector: string) =>
        page.locator(selector).evaluateAll((links) =>
          links.map((link) => ({
            name: link.textContent!.trim(),
            href: link.getAttribute('href')!,
          })),
        );
      await gotoHydrated(page, localePath(locale, '/'));
      const home = await linksIn('main h3 a');
      const footer = await linksIn('footer .footer__link-item');
      expect(home.length).toBeGreaterThan(0);
      expect(footer).toEqual(home);
      await page.goto(localePath(locale, '/partner-center/no-such-page'));
      expect(await linksIn('main h2 a')).toEqual(home);
      watch.problems = watch.problems.filter((problem) => !/status of 404/.test(problem));
      for (const {name, href} of home) {
        await gotoHydrated(page, href);
        await expect(page.locator('article h1')).toHaveText(name);
      }
    });
  }
});

test.describe('old and unknown addresses', () => {
  for (const locale of LOCALES) {
    for (const [from, to] of [
      // The misspelt address the source article linked to.
      ['reset-my-pasword', 'reset-my-password'],
      // Microsoft's page that the site's own was rewritten from.
      ['suspended-partner-center-account', 'suspended-account'],
    ]) {
      test(`${locale}: the old address ${from} reaches ${to}`, async ({page}) => {
        await page.goto(localePath(locale, `/partner-center/${from}`));
        await expect(page).toHaveURL(new RegExp(`${localePath(locale, `/partner-center/${to}`)}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
      });
    }

    test(`${locale}: an unknown address shows the 404 page in its language`, async ({
      page,
      watch,
    }) => {
      const response = await page.goto(localePath(locale, '/partner-center/no-such-page'));
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(
        locale === 'ko' ? '페이지를 찾을 수 없습니다' : 'Page not found',
      );
      await expect(
        page
          .getByRole('link', {name: locale === 'ko' ? '내 암호 재설정' : 'Reset my password'})
          .first(),
      ).toBeVisible();
      // The browser reports the 404 status itself; that is the expected outcome here.
      watch.problems = watch.problems.filter((problem) => !/status of 404/.test(problem));
    });
  }
});

test('a page fetches the code of the pages it links to only when the reader points at a link', async ({
  page,
}) => {
  const prefetched: string[] = [];
  // Reading a request's headers is asynchronous: every read is kept and awaited before the test
  // ends, or one still pending then fails the test ("request.allHeaders: Test ended").
  const reads: Promise<void>[] = [];
  const notePrefetch = (request: Request) => {
    reads.push(
      request.allHeaders().then((headers) => {
        if (headers['sec-purpose'] === 'prefetch' || headers.purpose === 'prefetch') {
          prefetched.push(request.url());
        }
      }),
    );
  };
  page.on('request', notePrefetch);
  await gotoHydrated(page, '/partner-center/unable-to-sign-in');
  const sidebarLink = page
    .getByRole('complementary')
    .getByRole('link', {name: '일시 중단된 계정', exact: false})
    .first();
  await expect(sidebarLink).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  expect(prefetched).toEqual([]);
  const chunk = page.waitForRequest((request) => /\/assets\/js\/.+\.js$/.test(request.url()));
  await sidebarLink.hover();
  await chunk;
  page.off('request', notePrefetch);
  await Promise.all(reads);
});

test('nothing is laid over a screenshot, small or enlarged, on a phone too', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await gotoHydrated(page, `/partner-center/${REPRESENTATIVE}`);
  const buttons = page.locator('article figure > button[aria-haspopup="dialog"]');
  expect(await buttons.count()).toBeGreaterThan(0);
  const covering = await buttons.evaluateAll((all) =>
    all.flatMap((button) => {
      const image = button.querySelector('img')!.getBoundingClientRect();
      return [...button.children]
        .filter((child) => child.tagName !== 'IMG')
        .filter((child) => child.getBoundingClientRect().top < image.bottom - 1)
        .map((child) => child.textContent);
    }),
  );
  expect(covering).toEqual([]);
  // Enlarged: the close button sits above the picture, not on it.
  await buttons.first().click();
  const dialog = page.locator('dialog[open]');
  const [close, picture] = await Promise.all([
    dialog.getByRole('button').boundingBox(),
    dialog.locator('img').boundingBox(),
  ]);
  expect(close!.y + close!.height, 'the close button ends above the picture').toBeLessThanOrEqual(
    picture!.y + 1,
  );
});

test('the help index shows each article whole: title and description uncut, icons unread', async ({
  page,
}) => {
  // Reached from a page's breadcrumbs, in the app: the cards' descriptions come with the index
  // page's own data (plugins/lean-docs), not with the page the reader came from.
  await gotoHydrated(page, '/en/partner-center/mfa');
  await page.locator('.theme-doc-breadcrumbs a[href="/en/partner-center"]').click();
  await expect(page.locator('h1')).toHaveText('Partner Center sign-in help');
  const cards = page.locator('article a.card');
  expect(await cards.count()).toBeGreaterThan(0);
  const described = await cards.evaluateAll((all) =>
    all.map((card) => card.querySelector('.theme-doc-card-description')?.textContent?.trim() ?? ''),
  );
  expect(
    described.filter((text) => text.length < 20),
    'cards without a description',
  ).toEqual([]);
  const problems = await cards.evaluateAll((all) =>
    all.flatMap((card) => {
      const cut = [...card.querySelectorAll('.theme-doc-card-title, .theme-doc-card-description')]
        .filter((text) => text.scrollWidth > text.clientWidth + 1)
        .map((text) => `cut: ${text.textContent}`);
      const icon = card.querySelector('.theme-doc-card-icon');
      const read =
        icon && !icon.closest('[aria-hidden="true"]') ? [`icon read: ${icon.textContent}`] : [];
      return [...cut, ...read];
    }),
  );
  expect(problems).toEqual([]);
});

test.describe('a reader who arrives at the last page of a long sidebar sees its entry', () => {
  // The nine-page sidebar is long enough on a short window; at size it is long on any window.
  const LAST = '/en/partner-center/verification-responses';

  test('desktop: the sidebar scrolls to the entry, the page does not move', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 360});
    await gotoHydrated(page, LAST);
    const entry = page.locator('.theme-doc-sidebar-container a.menu__link[aria-current="page"]');
    await expect(entry).toBeInViewport({ratio: 1});
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('phone: the menu opens at the entry', async ({page}) => {
    await page.setViewportSize({width: 390, height: 300});
    await gotoHydrated(page, LAST);
    await page.locator('.navbar__toggle').click();
    const entry = page.locator(
      '.navbar-sidebar .theme-doc-sidebar-menu a.menu__link[aria-current="page"]',
    );
    await expect(entry).toBeInViewport({ratio: 1});
  });
});

test.describe('back to top', () => {
  /** Scrolls down the core page, then a little up, which is when Docusaurus shows the button. */
  async function showButton(page: Page) {
    await gotoHydrated(page, '/partner-center/unable-to-sign-in');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.mouse.wheel(0, -200);
    const button = page.getByRole('button', {name: '맨 위로 스크롤하기'});
    await expect(button).toBeVisible();
    return button;
  }

  /** Where the page is just after the click, before any animation frame has run. */
  const scrollAfterClick = (page: Page) =>
    page
      .locator('.theme-back-to-top-button')
      .evaluate((button: HTMLElement) => (button.click(), window.scrollY));

  test('jumps to the top for a reader who asked for less motion', async ({page}) => {
    await page.emulateMedia({reducedMotion: 'reduce'});
    await showButton(page);
    expect(await scrollAfterClick(page)).toBe(0);
  });

  test('glides for the others', async ({page}) => {
    await page.emulateMedia({reducedMotion: 'no-preference'});
    await showButton(page);
    expect(await scrollAfterClick(page)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});
