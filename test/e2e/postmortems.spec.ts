// The postmortem as a team runs it, in real browsers against the built app: a resolved
// incident's postmortem started from the template with its highlighted entries, written in
// the editor (autosave visible, blameless hints), analysed (a factor, an action item), reviewed
// by a second person who first requests changes and then approves, published, exported to
// Markdown and turned into a known issue linked to the incident. Two people saving the same
// section: the second sees the conflict instead of overwriting, and a live page follows. The
// meeting view.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/session';
import { createUser, type TestUser } from './support/users';

const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

async function signedInPage(browser: Browser, baseURL: string | undefined, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** A SEV3 incident (one approval to publish) with timeline entries, resolved, through the API. */
async function resolvedIncident(page: Page, title: string, entries: { body: string; highlighted: boolean }[]): Promise<{ id: string; number: number }> {
  const res = await page.request.post('/api/v1/incidents', { data: { title, severity: 'SEV3', summary: 'Orders from the CRM failed', impact: 'Sales staff saw 调用服务失败 for 40 minutes' } });
  expect(res.status()).toBe(201);
  const incident = (await res.json()) as { id: string; number: number; version: number };
  for (const e of entries) {
    expect((await page.request.post(`/api/v1/incidents/${incident.id}/timeline`, { data: { kind: 'note', ...e } })).status()).toBe(201);
  }
  const resolved = await page.request.patch(`/api/v1/incidents/${incident.id}`, { data: { version: incident.version, status: 'resolved' } });
  expect(resolved.status()).toBe(200);
  return { id: incident.id, number: incident.number };
}

async function startPostmortem(page: Page, number: number): Promise<void> {
  await page.goto(`/incidents/${number}/postmortem`);
  await page.getByTestId('postmortem-create').click();
  await expect(page.getByTestId('postmortem-editor')).toBeVisible();
}

/** Types into a section and waits for autosave to show each state the writer sees. */
async function writeSection(page: Page, key: string, text: string): Promise<void> {
  const section = page.getByTestId(`editor-section-${key}`);
  await section.getByTestId(`section-input-${key}`).fill(text);
  await expect(section.getByTestId('save-state')).not.toHaveAttribute('data-state', 'saved');
  await expect(section.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await expect(section.getByTestId('save-state')).toHaveText('Saved');
}

test('from resolved incident to published postmortem, Markdown export and known issue', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const author = await createUser(browser, baseURL, 'responder', 'author');
  const reviewer = await createUser(browser, baseURL, 'responder', 'reviewer');
  const page = await signedInPage(browser, baseURL, author);
  const title = unique('CRM token expiry');
  const incident = await resolvedIncident(page, title, [
    { body: 'Alert: CRM 401 rate above 20%', highlighted: true },
    { body: 'Looking at dashboards', highlighted: false },
    { body: 'Restarted the token refresher', highlighted: true },
  ]);

  // Started from the template: the timeline section holds the highlighted entries only.
  await startPostmortem(page, incident.number);
  const timeline = page.getByTestId('section-input-timeline');
  await expect(timeline).toHaveValue(/Alert: CRM 401 rate above 20%/);
  await expect(timeline).toHaveValue(/Restarted the token refresher/);
  await expect(timeline).not.toHaveValue(/Looking at dashboards/);
  await expect(page.getByTestId('section-input-summary')).toHaveValue('Orders from the CRM failed');

  // Writing: autosave, a gentle blameless hint, and the Markdown preview.
  const summary = 'The CRM could not create orders because its **OAuth token** expired early.';
  await writeSection(page, 'summary', summary);
  await page.getByTestId('section-input-lessons').fill('The on-call engineer should have checked the token.');
  await expect(page.getByTestId('section-hints-lessons')).toContainText('should have');
  await writeSection(page, 'lessons', 'Token lifetimes are configuration: announce them as changes.');
  await expect(page.getByTestId('section-hints-lessons')).toHaveCount(0);
  await page.getByTestId('section-preview-summary').click();
  await expect(page.getByTestId('section-preview-body-summary').locator('strong')).toHaveText('OAuth token');
  await writeSection(page, 'resolution', 'Restarted the token refresher and raised the token lifetime.');

  // Analysis and action items, inline.
  await page.getByTestId('factor-add').click();
  const factorForm = page.getByTestId('factor-add-form');
  await factorForm.getByTestId('factor-kind').selectOption('root_cause');
  await factorForm.getByTestId('factor-category').selectOption('credential_expiry');
  await factorForm.getByTestId('factor-description').fill('The client cached tokens past their lifetime');
  await factorForm.getByTestId('factor-whys').fill('Why cached so long?\nThe default TTL was a day');
  await factorForm.getByTestId('factor-save').click();
  await expect(page.getByTestId('editor-factor')).toContainText('The client cached tokens past their lifetime');
  await expect(page.getByTestId('editor-factor')).toContainText('Expired or rotated credential');

  await page.getByTestId('action-item-new-kind').selectOption('prevent');
  await page.getByTestId('action-item-new-title').fill('Refresh tokens before they expire');
  await page.getByTestId('action-item-new-due').fill('2030-01-31');
  await page.getByTestId('action-item-add').click();
  await expect(page.getByTestId('editor-action-item')).toHaveCount(1);

  // The text survived: reloaded from the server.
  await page.reload();
  await expect(page.getByTestId('section-input-summary')).toHaveValue(summary);

  // Submit for review with the second person named.
  await page.getByTestId('review-add-reviewer').selectOption({ label: `E2E responder (${reviewer.email})` });
  await page.getByTestId('review-submit').click();
  await expect(page.getByTestId('review-status')).toHaveText('In review');
  await expect(page.getByTestId('review-publish')).toBeDisabled();
  await expect(page.getByTestId('review-blocked')).toContainText('1 more approval');

  // The reviewer requests changes, with a comment.
  const second = await signedInPage(browser, baseURL, reviewer);
  await second.goto(`/incidents/${incident.number}/postmortem`);
  await second.getByTestId('review-request-changes').click();
  await expect(second.getByTestId('review-message')).toBeVisible(); // a comment is required
  await second.getByTestId('review-comment').fill('Say how many orders failed.');
  await second.getByTestId('review-request-changes').click();
  await expect(second.getByTestId('review-reviewer')).toHaveAttribute('data-decision', 'changes_requested');

  // The author sees why publishing is blocked and addresses it.
  await page.reload();
  await expect(page.getByTestId('review-reviewer')).toContainText('Say how many orders failed.');
  await expect(page.getByTestId('review-publish')).toBeDisabled();
  await expect(page.getByTestId('review-blocked')).toContainText('requested changes');
  await writeSection(page, 'impact', 'About 1,200 orders failed over 40 minutes.');

  // The reviewer approves; the author publishes.
  await second.reload();
  await expect(second.getByTestId('section-input-impact')).toHaveValue('About 1,200 orders failed over 40 minutes.');
  await second.getByTestId('review-approve').click();
  await expect(second.getByTestId('review-reviewer')).toHaveAttribute('data-decision', 'approved');
  await page.reload();
  await expect(page.getByTestId('review-publish')).toBeEnabled();
  await page.getByTestId('review-publish').click();
  await expect(page.getByTestId('review-status')).toHaveText('Published');
  await expect(page.getByTestId('editor-frozen')).toBeVisible();

  // Exported to Markdown: the whole document.
  const md = await page.request.get(`/api/v1/incidents/${incident.id}/postmortem.md`);
  expect(md.status()).toBe(200);
  expect(md.headers()['content-type']).toContain('text/markdown');
  const text = await md.text();
  expect(text).toContain(title);
  expect(text).toContain('**OAuth token** expired early');
  expect(text).toContain('About 1,200 orders failed');
  expect(text).toContain('The client cached tokens past their lifetime');
  expect(text).toContain('Refresh tokens before they expire');

  // Into the pitfall guide: the form starts from the document; saving links the incident.
  await page.getByTestId('add-to-known-issues').click();
  await expect(page).toHaveURL(/\/known-issues\/new\?incident=/);
  await expect(page.getByTestId('known-issue-from-incident')).toContainText(`INC-${incident.number}`);
  await expect(page.getByTestId('known-issue-title-input')).toHaveValue(title);
  await expect(page.getByTestId('known-issue-symptoms')).toHaveValue('About 1,200 orders failed over 40 minutes.');
  await expect(page.getByTestId('known-issue-cause')).toHaveValue(/The client cached tokens past their lifetime/);
  await expect(page.getByTestId('known-issue-workaround')).toHaveValue(/Restarted the token refresher/);
  await expect(page.getByTestId('known-issue-resolution')).toHaveValue(/Refresh tokens before they expire/);
  await expect(page.getByTestId('known-issue-errorSignatures')).toHaveValue('');
  await page.getByTestId('known-issue-errorSignatures').fill('401 invalid_token');
  await page.getByTestId('known-issue-submit').click();
  await expect(page).toHaveURL(/\/known-issues\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('known-issue-incidents')).toContainText(`INC-${incident.number}`);

  // The published postmortem is listed and found by its root-cause category.
  await page.goto('/postmortems?category=credential_expiry');
  await expect(page.getByTestId('postmortem-row').filter({ hasText: title })).toBeVisible();
  await page.goto('/postmortems?category=dns');
  await expect(page.getByTestId('postmortem-row').filter({ hasText: title })).toHaveCount(0);
});

test('two people saving the same section: the second sees the conflict and chooses', async ({ browser, baseURL }) => {
  const one = await createUser(browser, baseURL, 'responder', 'first');
  const two = await createUser(browser, baseURL, 'responder', 'second');
  const first = await signedInPage(browser, baseURL, one);
  const incident = await resolvedIncident(first, unique('Conflict'), [{ body: 'Paged', highlighted: true }]);
  await startPostmortem(first, incident.number);
  const second = await signedInPage(browser, baseURL, two);
  // The second person's live connection is down (a flaky network): they do not see the first
  // person's save arrive, as happens when both type at the same moment.
  await second.route('**/events', (route) => route.abort());
  await second.goto(`/incidents/${incident.number}/postmortem`);
  await expect(second.getByTestId('postmortem-editor')).toBeVisible();

  // Both loaded version 1 of "what went well"; the first saves.
  await expect(first.getByTestId('editor-section-went_well').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await writeSection(first, 'went_well', 'Paging worked within a minute.');
  // The second, still on version 1, types: the save meets a newer version.
  await second.getByTestId('section-input-went_well').fill('The runbook was up to date.');
  const conflict = second.getByTestId('section-conflict-went_well');
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(second.getByTestId('editor-section-went_well').getByTestId('save-state')).toHaveAttribute('data-state', 'conflict');
  await expect(conflict.getByTestId('section-conflict-theirs')).toHaveText('Paging worked within a minute.');
  await expect(conflict.getByTestId('section-conflict-yours')).toHaveText('The runbook was up to date.');

  // Nothing was overwritten meanwhile.
  const before = await first.request.get(`/api/v1/incidents/${incident.id}/postmortem`);
  const section = ((await before.json()) as { sections: { key: string; body: string }[] }).sections.find((s) => s.key === 'went_well');
  expect(section?.body).toBe('Paging worked within a minute.');

  // Merged by hand, then put on top: saved as version 3.
  await second.getByTestId('section-input-went_well').fill('Paging worked within a minute. The runbook was up to date.');
  await conflict.getByTestId('section-conflict-put-mine').click();
  await expect(conflict).toHaveCount(0);
  await expect(second.getByTestId('editor-section-went_well').getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  // The first person, live and with nothing unsaved, sees the merged text arrive without a reload.
  await expect(first.getByTestId('section-input-went_well')).toHaveValue('Paging worked within a minute. The runbook was up to date.');
  await first.reload();
  await expect(first.getByTestId('section-input-went_well')).toHaveValue('Paging worked within a minute. The runbook was up to date.');
});

test('the meeting view: one section at a time, arrow keys, comments resolved, the meeting recorded', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder', 'facilitator');
  const viewer = await createUser(browser, baseURL, 'viewer', 'attendee');
  const page = await signedInPage(browser, baseURL, responder);
  const incident = await resolvedIncident(page, unique('Meeting'), [{ body: 'Paged the on-call', highlighted: true }]);
  expect((await page.request.post(`/api/v1/incidents/${incident.id}/postmortem`)).status()).toBe(201);
  expect((await page.request.put(`/api/v1/incidents/${incident.id}/postmortem/sections/lessons`, { data: { version: 1, body: 'Announce **token lifetime** changes.' } })).status()).toBe(200);

  await page.goto(`/incidents/${incident.number}/postmortem/meeting`);
  await expect(page.getByTestId('meeting-section-title')).toHaveText('Summary');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('meeting-section-title')).toHaveText('Impact');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('meeting-section-title')).toHaveText('Summary');
  await page.getByTestId('meeting-nav-lessons').click();
  await expect(page.getByTestId('meeting-section-title')).toHaveText('Lessons');
  await expect(page.getByTestId('meeting-section').locator('strong')).toHaveText('token lifetime');
  await expect(page).toHaveURL(/section=lessons/);

  // A comment on the shown section; typing arrows in it does not change the section.
  await page.getByTestId('meeting-comment-input').fill('Who owns the token settings?');
  await page.getByTestId('meeting-comment-input').press('ArrowLeft');
  await expect(page.getByTestId('meeting-section-title')).toHaveText('Lessons');
  await page.getByTestId('meeting-comment-add').click();
  const comment = page.getByTestId('meeting-comment').filter({ hasText: 'Who owns the token settings?' });
  await expect(comment).toHaveAttribute('data-resolved', 'false');
  await expect(page.getByTestId('meeting-nav-lessons')).toContainText('1');
  await page.getByTestId('meeting-previous').click();
  await expect(page.getByTestId('meeting-comment')).toHaveCount(0);
  await page.getByTestId('meeting-next').click();
  await comment.getByTestId('meeting-comment-resolve').click();
  await expect(comment).toHaveAttribute('data-resolved', 'true');

  // The meeting record.
  await page.getByTestId('meeting-held-at').fill('2026-11-20T10:00');
  await page.getByTestId('meeting-attendees').fill('Wang Fang\nAda (guest)');
  await page.getByTestId('meeting-notes').fill('Agreed to announce token changes.');
  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-record-message')).toHaveText('Saved');
  const pm = (await (await page.request.get(`/api/v1/incidents/${incident.id}/postmortem`)).json()) as { meeting: { heldAt: string; attendees: string[]; notes: string } };
  expect(pm.meeting).toMatchObject({ heldAt: '2026-11-20T10:00:00.000Z', attendees: ['Wang Fang', 'Ada (guest)'], notes: 'Agreed to announce token changes.' });

  // A viewer follows along: reads the sections and comments, writes nothing.
  const reader = await signedInPage(browser, baseURL, viewer);
  await reader.goto(`/incidents/${incident.number}/postmortem/meeting?section=lessons`);
  await expect(reader.getByTestId('meeting-section-title')).toHaveText('Lessons');
  await expect(reader.getByTestId('meeting-comment')).toHaveCount(1);
  await expect(reader.getByTestId('meeting-comment-input')).toHaveCount(0);
  await expect(reader.getByTestId('meeting-save')).toHaveCount(0);
  await expect(reader.getByTestId('meeting-attendees')).toHaveValue('Wang Fang\nAda (guest)');
});
