// Signing in and out through the real login page, with the first administrator.
import { expect, test } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { message } from './support/messages';
import { signIn, signOut } from './support/session';

test('signs out, is kept out, and signs in again', async ({ page }) => {
  await signIn(page, firstAdmin.email, firstAdmin.password);
  await signOut(page);

  // Signed out means signed out: a page that needs a session sends the reader to /login.
  await page.goto('/services');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fservices$/);

  await page.locator('#email').fill(firstAdmin.email);
  await page.locator('#password').fill(firstAdmin.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByTestId('current-user')).toContainText(firstAdmin.email);
});

test('a wrong password shows the generic error and does not sign in', async ({ page }) => {
  await page.goto('/login');
  await page.locator('#email').fill(firstAdmin.email);
  await page.locator('#password').fill('not-the-password-at-all');
  await page.locator('form button[type="submit"]').click();

  // The same words whether the email exists or not: nothing tells a guesser which was wrong.
  await expect(page.getByText(message('en', 'auth.login.failed'))).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
