// Single sign-on through a real OpenID Provider (oidc-provider, started by scripts/e2e.ts with
// its development login and consent pages): the SSO button on /login, the provider's pages,
// the way back, and the local account that sign-in finds or creates.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { message } from './support/messages';
import { signIn, signOut } from './support/session';
import { SSO_PROVIDER_NAME, UNVERIFIED_PREFIX, ssoEmail } from './support/sso';

const ssoButtonName = message('en', 'auth.login.sso').replace('{provider}', SSO_PROVIDER_NAME);
const uniqueLogin = (prefix = 'sso') => `${prefix}-${randomBytes(4).toString('hex')}`;

/** From /login to the provider's login page; what the person types there comes next. */
async function startSso(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: ssoButtonName }).click();
  // The provider's own login page (its interaction path), not the app's login form.
  await expect(page).toHaveURL(/\/interaction\/[\w-]+$/);
  await expect(page.locator('input[name="login"]')).toBeVisible();
}

/** Signs in at the provider (any password) and grants the app what it asks for. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password-will-do');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The consent page lists what the app asked for.
  await expect(page.locator('li', { hasText: /^email$/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A whole SSO sign-in in a browser context of its own, so the provider asks again. */
async function ssoSignedInPage(browser: Browser, baseURL: string | undefined, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await startSso(page);
  await signInAtProvider(page, login);
  await expect(page.getByTestId('current-user')).toContainText(ssoEmail(login));
  return page;
}

/** The first administrator's view of /admin/users for one email: the rows it lists. */
async function adminUserRows(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, firstAdmin.email, firstAdmin.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  // The page is rendered with the filter applied, so an absent row is really absent.
  await expect(page.getByTestId('users-search')).toHaveValue(email);
  return { page, rows: page.locator(`[data-testid="user-row"][data-email="${email}"]`), close: () => context.close() };
}

test('a person without an account signs in through SSO as a viewer, and comes back to the same account', async ({ page, browser, baseURL }) => {
  const login = uniqueLogin();
  const email = ssoEmail(login);

  const appOrigin = new URL(String(baseURL)).origin;
  await startSso(page);
  expect(new URL(page.url()).origin).not.toBe(appOrigin);
  await signInAtProvider(page, login);

  // Back in the app, signed in with an account made from the provider's claims, as a viewer.
  await expect(page.getByTestId('current-user')).toHaveText(`${email} · ${message('en', 'common.roles.viewer')}`);
  expect(new URL(page.url()).origin).toBe(appOrigin);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('declare-incident-open')).toHaveCount(0);
  await page.goto('/services/new');
  await expect(page).toHaveURL(/\/forbidden$/);
  await signOut(page);

  // A second sign-in, from another browser: the same account, not a new one.
  const again = await ssoSignedInPage(browser, baseURL, login);
  await expect(again.getByTestId('current-user')).toHaveText(`${email} · ${message('en', 'common.roles.viewer')}`);
  await again.context().close();

  const admin = await adminUserRows(browser, baseURL, email);
  await expect(admin.rows).toHaveCount(1);
  await expect(admin.rows).toContainText(`SSO ${login}`);
  await expect(admin.rows).toContainText(message('en', 'common.roles.viewer'));
  await admin.close();
});

test('an SSO account that an administrator deactivated is refused at its next SSO sign-in', async ({ page, browser, baseURL }) => {
  const login = uniqueLogin();
  const email = ssoEmail(login);
  const first = await ssoSignedInPage(browser, baseURL, login);
  await first.context().close();

  const admin = await adminUserRows(browser, baseURL, email);
  await admin.rows.getByRole('link').click();
  await admin.page.getByTestId('user-deactivate').click();
  await admin.page.getByTestId('user-deactivate-confirm').click();
  await expect(admin.page.getByTestId('user-reactivate')).toBeVisible();
  await admin.close();

  // The provider still vouches for the person; Firebreak no longer lets them in.
  await startSso(page);
  await signInAtProvider(page, login);
  await expect(page).toHaveURL(/\/login\?error=account_inactive$/);
  await expect(page.getByText(message('en', 'auth.login.accountInactive'))).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
});

test('an email address the provider has not verified signs nobody in and creates no account', async ({ page, browser, baseURL }) => {
  const login = uniqueLogin(`${UNVERIFIED_PREFIX}sso`);
  await startSso(page);
  await signInAtProvider(page, login);
  await expect(page).toHaveURL(/\/login\?error=sso_email_unverified$/);
  await expect(page.getByText(message('en', 'auth.login.ssoEmailUnverified'))).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);

  const admin = await adminUserRows(browser, baseURL, ssoEmail(login));
  await expect(admin.rows).toHaveCount(0);
  await admin.close();
});

test('cancelling at the provider comes back to the login page with a single sign-on message', async ({ page }) => {
  await startSso(page);
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  // next-auth's own code for a failed callback (Callback or OAuthCallback), shown as ours.
  await expect(page).toHaveURL(/\/login\?.*error=(OAuth)?Callback$/);
  await expect(page.getByText(message('en', 'auth.login.ssoFailed'))).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
});
