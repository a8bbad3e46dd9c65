// Search as people use it during an outage: while declaring, the matching known issue shows up
// with its workaround and can be linked in the same step; the header search box finds
// incidents and known issues from any page.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/session';
import { createUser, type TestUser } from './support/users';

const marker = () => `m${randomBytes(4).toString('hex')}`;

async function signedInPage(browser: Browser, baseURL: string | undefined, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function createKnownIssue(page: Page, data: Record<string, unknown>): Promise<string> {
  const res = await page.request.post('/api/v1/known-issues', { data });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test('typing the symptoms of a new incident shows the known issue with its workaround; declaring links it', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder');
  const page = await signedInPage(browser, baseURL, responder);
  const m = marker();
  const title = `支付回调超时 ${m}`;
  const workaround = `Restart the callback relay (${m})`;
  await createKnownIssue(page, { title, symptoms: '商户收不到支付回调，订单一直待支付', workaround, errorSignatures: ['callback timeout'] });

  await page.goto('/incidents/new');
  await page.getByTestId('declare-title').fill(`Payments: ${m}`);
  await page.locator('[data-testid="declare-form"] details > summary').click();
  await page.getByTestId('declare-summary').fill('商户收不到支付回调');
  const suggestion = page.getByTestId('seen-before-known-issue').filter({ hasText: title });
  await expect(suggestion).toBeVisible();
  await expect(suggestion.getByTestId('seen-before-workaround')).toHaveText(workaround);
  await expect(suggestion.getByRole('link', { name: title })).toHaveAttribute('target', '_blank');

  await suggestion.getByTestId('seen-before-link').check();
  await page.getByTestId('declare-severity-SEV3').check();
  await page.getByTestId('declare-submit').click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  // The incident page lists the known issue as linked, with its workaround.
  const linked = page.getByTestId('linked-known-issue').filter({ hasText: title });
  await expect(linked).toBeVisible();
  await expect(linked).toContainText(workaround);
});

test('the header search finds an incident and a known issue from any page', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder');
  const page = await signedInPage(browser, baseURL, responder);
  const m = marker();
  const incident = await page.request.post('/api/v1/incidents', { data: { title: `Gateway ${m} errors`, severity: 'SEV3' } });
  expect(incident.status()).toBe(201);
  const { reference } = (await incident.json()) as { reference: string };
  await createKnownIssue(page, { title: `Known ${m} gateway quirk`, workaround: 'Retry once.' });

  await page.goto('/services');
  await page.locator('body').press('/');
  await expect(page.getByTestId('header-search')).toBeFocused();
  await page.keyboard.type(m.slice(0, 7));
  const suggestions = page.getByTestId('header-search-suggestion');
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.filter({ hasText: reference })).toContainText(`Gateway ${m} errors`);

  await page.keyboard.type(m.slice(7));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${m}`));
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(2);
  // Known issues first for the same strength of match: they say what to do now.
  await expect(results.first()).toHaveAttribute('data-type', 'known_issue');
  await expect(results.nth(1)).toHaveAttribute('data-type', 'incident');
  await expect(results.nth(1)).toContainText(reference);
  await expect(page.getByTestId('facet-type-incident')).toContainText('1');

  // A facet narrows the results.
  await page.getByTestId('facet-type-incident').click();
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link', { name: `Gateway ${m} errors` }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${reference}$`));
});
