// Runs first, once, on the run's empty database: the installation's first-admin set-up.
import { expect, test } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { message } from './support/messages';

test('an empty installation asks for the first administrator and signs them in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'auth.setup.title'));

  await page.locator('#setup-name').fill(firstAdmin.name);
  await page.locator('#setup-email').fill(firstAdmin.email);
  await page.locator('#setup-password').fill('short');
  await page.getByRole('button', { name: message('en', 'auth.setup.submit') }).click();

  // A sentence written for people (not zod's "Too small: expected string…"), next to the
  // password field before anything is sent.
  const passwordError = page.locator('#setup-password-error');
  await expect(passwordError).toHaveAttribute('role', 'alert');
  await expect(passwordError).toHaveText(message('en', 'errors.field.minLength').replace('{minimum}', '10'));
  await expect(page.locator('#setup-password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#setup-password')).toHaveAttribute('aria-describedby', 'setup-password-error');
  await expect(page).toHaveURL(/\/setup$/);

  await page.locator('#setup-password').fill(firstAdmin.password);
  await page.getByRole('button', { name: message('en', 'auth.setup.submit') }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('current-user')).toHaveText(`${firstAdmin.email} · ${message('en', 'common.roles.admin')}`);

  // Set-up is over: the page no longer offers to create another administrator.
  await page.goto('/setup');
  await expect(page).not.toHaveURL(/\/setup$/);
});
