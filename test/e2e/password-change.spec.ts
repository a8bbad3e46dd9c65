// Changing a password ends the other sessions of that account (a forgotten laptop, a stolen
// cookie) while the person who changed it stays signed in.
import { expect, test } from '@playwright/test';
import { signIn } from './support/session';
import { createUser } from './support/users';

test('a password change signs out other sessions and keeps this one', async ({ browser, baseURL }) => {
  const user = await createUser(browser, baseURL, 'viewer', 'pwchange');
  const elsewhere = await browser.newContext({ baseURL, locale: 'en-US' });
  const here = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const other = await elsewhere.newPage();
    await signIn(other, user.email, user.password);
    const page = await here.newPage();
    await signIn(page, user.email, user.password);

    await page.goto('/account');
    await page.getByTestId('account-currentPassword').fill(user.password);
    await page.getByTestId('account-newPassword').fill('a-brand-new-password-2');
    await page.getByTestId('account-confirmPassword').fill('a-brand-new-password-2');
    await page.getByTestId('change-password-submit').click();
    await expect(page.getByRole('status')).toContainText('Your password is changed');

    // This browser is still signed in after a reload…
    await page.goto('/incidents');
    await expect(page).toHaveURL(/\/incidents$/);
    await expect(page.getByTestId('current-user')).toContainText(user.email);
    // …the other one is sent to the sign-in page, and the old password no longer works.
    await other.goto('/incidents');
    await expect(other).toHaveURL(/\/login/);
    await other.locator('#email').fill(user.email);
    await other.locator('#password').fill(user.password);
    await other.locator('form button[type="submit"]').click();
    await expect(other.getByTestId('current-user')).toHaveCount(0);
    await signIn(other, user.email, 'a-brand-new-password-2');
  } finally {
    await elsewhere.close();
    await here.close();
  }
});
