// The UI speaks English and Simplified Chinese: the header switcher changes it and the choice
// stays with the user; a Chinese browser gets Chinese before anyone signs in.
import { expect, test, type Page } from '@playwright/test';
import { message } from './support/messages';
import { signIn } from './support/session';
import { createUser } from './support/users';

function navLink(page: Page, locale: 'en' | 'zh-CN', key: string) {
  return page
    .getByRole('navigation', { name: message(locale, 'common.nav.mainMenu') })
    .getByRole('link', { name: message(locale, `common.nav.${key}`), exact: true });
}

test('switching to 中文 changes the UI and persists across reload and a new sign-in', async ({ page, browser, baseURL }) => {
  const user = await createUser(browser, baseURL, 'viewer', 'zh');
  await signIn(page, user.email, user.password);
  await expect(navLink(page, 'en', 'services')).toBeVisible();

  await page.getByTestId('locale-switcher').selectOption('zh-CN');
  await expect(navLink(page, 'zh-CN', 'services')).toBeVisible();
  await expect(navLink(page, 'zh-CN', 'teams')).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText(message('zh-CN', 'common.roles.viewer'));

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(navLink(page, 'zh-CN', 'services')).toBeVisible();
  await expect(page.getByTestId('locale-switcher')).toHaveValue('zh-CN');

  // Another browser, English by default and without the cookie: the saved setting wins once
  // the user signs in.
  const other = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const p2 = await other.newPage();
    await p2.goto('/login');
    await expect(p2.getByRole('heading', { level: 1 })).toHaveText(message('en', 'auth.login.title'));
    await signIn(p2, user.email, user.password);
    await expect(navLink(p2, 'zh-CN', 'services')).toBeVisible();
    await expect(p2.locator('html')).toHaveAttribute('lang', 'zh-CN');
  } finally {
    await other.close();
  }
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('sees the login page in Chinese without switching', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('zh-CN', 'auth.login.title'));
    await expect(page.getByLabel(message('zh-CN', 'auth.login.email'))).toBeVisible();
    await expect(page.locator('form button[type="submit"]')).toHaveText(message('zh-CN', 'auth.login.submit'));
    await expect(page.getByTestId('locale-switcher')).toHaveValue('zh-CN');
  });
});
