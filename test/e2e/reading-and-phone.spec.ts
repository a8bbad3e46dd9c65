// What a reader notices of the client boundary and the reading-comfort work: no page scrolls
// sideways on a 390 px phone (signed in, with data), who-to-call and the composer come before
// the timeline there, validation messages are written for people in both languages, Markdown
// lists keep their bullets and numbers, the Chinese UI says 故障 for an incident, and no page
// asks for a file that is not there (the favicon).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { message } from './support/messages';
import { signIn } from './support/session';
import { createUser, type TestUser } from './support/users';

const unique = (s: string) => `${s} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const slugOf = (s: string) => `${s}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signedIn(browser: Browser, baseURL: string | undefined, user: TestUser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** A service, an incident on it with a timeline, a change with a Markdown list, a postmortem with an action item. */
async function storyData(page: Page) {
  const slug = slugOf('crm');
  expect((await page.request.post('/api/v1/services', { data: { slug, name: `CRM ${slug}`, contacts: [{ name: 'CRM on-call', role: 'on-call', email: 'crm-oncall@example.com', phone: '+86 10 5555 0100' }] } })).status()).toBe(201);
  const res = await page.request.post('/api/v1/incidents', { data: { title: unique('CRM orders failing with a rather long title that must wrap on a phone'), severity: 'SEV2', services: [slug] } });
  expect(res.status()).toBe(201);
  const incident = (await res.json()) as { id: string; number: number; version: number };
  for (let i = 0; i < 6; i++) {
    const body = i === 0 ? 'Steps:\n\n1. check the **token**\n2. restart\n\n| a | b |\n| --- | --- |\n| a-very-long-cell-without-spaces-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 2 |' : `Note ${i}: still looking at dashboards and logs`;
    expect((await page.request.post(`/api/v1/incidents/${incident.id}/timeline`, { data: { kind: 'note', body } })).status()).toBe(201);
  }
  const change = await page.request.post('/api/v1/changes', {
    data: { service: slug, kind: 'credential', title: unique('Shorten token lifetime'), description: 'What changes:\n\n- access tokens live **1 h**\n- refresh tokens 7 days\n\n1. announce\n2. roll out', scheduledAt: new Date(Date.now() + 48 * 3_600_000).toISOString() },
  });
  expect(change.status()).toBe(201);
  expect((await page.request.post(`/api/v1/incidents/${incident.id}/postmortem`)).status()).toBe(201);
  expect((await page.request.post('/api/v1/action-items', { data: { incident: String(incident.number), kind: 'prevent', title: 'Alert on token lifetime changes before they roll out to production', dueDate: '2026-01-05', externalUrl: 'https://tracker.example.com/browse/OPS-12345' } })).status()).toBe(201);
  return { slug, incident, changeId: ((await change.json()) as { id: string }).id };
}

test('no main page scrolls sideways on a 390 px phone, and nothing asks for a missing file', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await createUser(browser, baseURL, 'admin', 'phone');
  const page = await signedIn(browser, baseURL, admin);
  const data = await storyData(page);
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().resourceType() !== 'fetch') missing.push(r.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  const pages = [
    '/', '/incidents', `/incidents/${data.incident.number}`, `/incidents/${data.incident.number}/postmortem`, '/changes', `/changes/${data.changeId}`,
    '/subscriptions', '/known-issues', '/services', `/services/${data.slug}`, '/teams', '/postmortems', '/action-items', '/search?q=token',
    '/inbox', '/account', '/admin/users', '/admin/tokens', '/admin/audit', '/admin/notifications',
  ];
  const tooWide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) {
      // Name the widest element, so a failure says where to look.
      const culprit = await page.evaluate(() => {
        let worst = '';
        let right = 0;
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > right + 1 && r.width > 0) {
            right = r.right;
            worst = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}.${[...el.classList].slice(0, 4).join('.')}`;
          }
        }
        return worst;
      });
      tooWide.push(`${path}: ${width} px (${culprit})`);
    }
  }
  expect(tooWide).toEqual([]);
  expect(missing).toEqual([]);

  // The compact header: Account and Sign out are one tap away, inside the screen.
  await page.goto('/incidents');
  await expect(page.getByTestId('account-link')).toBeHidden();
  await page.getByTestId('header-menu-button').click();
  for (const el of [page.getByTestId('account-link'), page.getByRole('button', { name: message('en', 'common.nav.signOut') }), page.getByTestId('header-search')]) {
    await expect(el).toBeVisible();
    const box = await el.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(20);
  }
  await page.getByRole('navigation', { name: message('en', 'common.nav.mainMenu') }).getByRole('link', { name: message('en', 'common.nav.changes'), exact: true }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByTestId('account-link')).toBeHidden(); // the menu closed on arrival

  // On the incident page who-to-call and the composer come before the timeline's entries.
  await page.goto(`/incidents/${data.incident.number}`);
  const top = async (testId: string) => (await page.getByTestId(testId).first().boundingBox())!.y;
  const firstEntry = await top('timeline-entry');
  expect(await top('who-to-call')).toBeLessThan(firstEntry);
  expect(await top('timeline-composer')).toBeLessThan(firstEntry);
  await page.context().close();
});

test('validation messages are written for people, in English and in Chinese', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder', 'forms');
  const page = await signedIn(browser, baseURL, responder);
  await page.goto('/services/new');
  await page.getByTestId('service-slug').fill('X');
  await page.getByTestId('service-submit').click();
  await expect(page.locator('#service-name-error')).toHaveText(message('en', 'errors.field.required'));
  await expect(page.locator('#service-slug-error')).toHaveText(message('en', 'errors.messages.slugInvalid'));
  await expect(page.getByTestId('service-form')).not.toContainText(/Too small|expected|Invalid input/);

  await page.getByTestId('locale-switcher').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/teams');
  await page.getByTestId('team-new').click();
  await page.getByTestId('team-new-submit').click();
  await expect(page.locator('#team-new-name-error')).toHaveText(message('zh-CN', 'errors.field.required'));
  await expect(page.getByTestId('team-new-form')).not.toContainText(/数值过小|期望|Too small/);

  // A refusal from the server reads in Chinese too: the slug is taken.
  const slug = slugOf('ops');
  expect((await page.request.post('/api/v1/teams', { data: { slug, name: 'Ops' } })).status()).toBe(201);
  await page.getByTestId('team-new-name').fill('Ops again');
  await page.getByTestId('team-new-slug').fill(slug);
  await page.getByTestId('team-new-submit').click();
  await expect(page.locator('#team-new-slug-error')).toHaveText(message('zh-CN', 'errors.issues.slug_taken').replace('{slug}', slug));
  await page.context().close();
});

test('Markdown keeps its lists, and the Chinese UI says 故障 for an incident', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder', 'markdown');
  const page = await signedIn(browser, baseURL, responder, 'zh-CN');
  const data = await storyData(page);
  await page.goto(`/changes/${data.changeId}`);
  const description = page.getByTestId('change-description');
  await expect(description.locator('ul > li')).toHaveCount(2);
  expect(await description.locator('ul > li').first().evaluate((li) => getComputedStyle(li).display + ' ' + getComputedStyle(li.parentElement!).listStyleType)).toBe('list-item disc');
  expect(await description.locator('ol > li').first().evaluate((li) => getComputedStyle(li.parentElement!).listStyleType)).toBe('decimal');
  await expect(description.locator('strong')).toHaveText('1 h');

  await page.goto('/incidents');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('zh-CN', 'incidents.list.title'));
  expect(message('zh-CN', 'incidents.list.title')).toBe('故障');
  const nav = page.getByRole('navigation', { name: message('zh-CN', 'common.nav.mainMenu') });
  await expect(nav.getByRole('link', { name: '故障', exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/事故|已恢复|您/);
  await page.goto(`/incidents/${data.incident.number}`);
  await expect(page.getByTestId('incident-page')).not.toContainText(/事故|事件|已恢复|您/);
  await page.context().close();
});
