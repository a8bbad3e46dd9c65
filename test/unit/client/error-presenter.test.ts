// The one error presenter words every failure for a person, in the reader's language: zod's
// issues (client-side or as the server's 422 issues), domain issue codes, error codes, network
// failures. What a reader must never see: zod's own sentences, or English in the Chinese UI.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { announceChangeInput } from '@/lib/changes/schemas';
import { ApiError } from '@/lib/client/api-client';
import { describeIssue, type ErrorsTranslator } from '@/lib/client/describe-issue';
import { presentError } from '@/lib/client/error-presenter';
import { validateForm } from '@/lib/client/validate';
import { AppError } from '@/lib/errors/app-error';
import { parseInput } from '@/lib/errors/from-zod';
import { loadMessages } from '@/lib/i18n/load-messages';
import { declareIncidentInput } from '@/lib/incidents/schemas';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { createServiceInput } from '@/lib/services/schemas';
import { createSubscriptionInput } from '@/lib/subscriptions/schemas';
import { createTeamInput } from '@/lib/teams/schemas';
import { createFirstAdminInput, createUserInput } from '@/lib/users/schemas';

const translators = {
  en: createTranslator({ locale: 'en', messages: loadMessages('en'), namespace: 'errors' }) as unknown as ErrorsTranslator,
  'zh-CN': createTranslator({ locale: 'zh-CN', messages: loadMessages('zh-CN'), namespace: 'errors' }) as unknown as ErrorsTranslator,
};
const zodJargon = /expected|received|Invalid|Too small|Too big|>=|<=|期望|数值过|无效输入/;
const hasHan = /[\u4e00-\u9fff]/;

const forms: [string, z.ZodType, unknown][] = [
  ['set-up', createFirstAdminInput, { name: '', email: 'not-an-email', password: 'short' }],
  ['new user', createUserInput, { name: '', email: '', role: 'boss' }],
  ['service', createServiceInput, { slug: 'A', name: '', tier: 9, noticePeriodHours: -1, contacts: [{ kind: 'person', name: '', email: 'x', phone: 'abc' }] }],
  ['team', createTeamInput, { slug: '', name: '' }],
  ['declare', declareIncidentInput, { title: '', severity: 'SEV9' }],
  ['subscribe', createSubscriptionInput, { service: '', events: [], channel: { type: 'email', address: 'nope' } }],
  ['known issue', createKnownIssueInput, { title: '', symptoms: '' }],
  ['announce change', announceChangeInput, {}],
];

function validate(locale: keyof typeof translators, schema: z.ZodType, data: unknown) {
  const r = validateForm(schema, data, (i) => describeIssue(translators[locale], i));
  if (r.ok) throw new Error('expected the sample to be invalid');
  return r.errors;
}

describe('validation messages on every form', () => {
  for (const [name, schema, data] of forms) {
    it(`${name}: written for people in English and Chinese, never zod's sentences`, () => {
      const en = validate('en', schema, data);
      const zh = validate('zh-CN', schema, data);
      expect(Object.keys(en).length).toBeGreaterThan(0);
      expect(Object.keys(zh)).toEqual(Object.keys(en));
      for (const [field, message] of Object.entries(en)) {
        expect(message, `${name}.${field}`).not.toMatch(zodJargon);
        expect(message, `${name}.${field}`).not.toMatch(hasHan);
      }
      for (const [field, message] of Object.entries(zh)) {
        expect(message, `${name}.${field}`).not.toMatch(zodJargon);
        expect(message, `${name}.${field}`).toMatch(hasHan);
      }
    });
  }

  it('says what is wrong: an empty name, a short password, a bad email', () => {
    expect(validate('en', createFirstAdminInput, { name: '', email: 'x', password: 'short' })).toMatchObject({
      name: 'Fill this in.',
      email: 'Enter an email address, e.g. name@example.com.',
      password: expect.stringMatching(/^Use at least \d+ characters\.$/),
    });
    expect(validate('zh-CN', createFirstAdminInput, { name: '', email: 'x', password: 'short' })).toMatchObject({
      name: '请填写此项。',
      email: '请填写邮箱地址，例如 name@example.com。',
      password: expect.stringMatching(/^至少填写 \d+ 个字符。$/),
    });
  });

  it('words the server’s 422 issues the same way (their params survive the trip)', () => {
    let thrown: unknown;
    try {
      parseInput(createTeamInput, { slug: 'x', name: '' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const body = thrown as AppError;
    const api = new ApiError(422, body.code, body.message, body.issues, {}, 'req-1');
    const zh = presentError(translators['zh-CN'], api, { shows: ['slug', 'name'] });
    expect(zh.fieldErrors.name).toBe('请填写此项。');
    expect(zh.fieldErrors.slug).toBe('使用 2–50 个小写字母、数字和单个连字符（例如 payments-api）。');
    expect(zh.banner).toBeNull();
  });
});

describe('errors from the server or the network', () => {
  it('never shows the server’s English sentence to a Chinese reader', () => {
    const conflict = new ApiError(409, 'conflict', 'The postmortem was changed by someone else (version 4).');
    const zh = presentError(translators['zh-CN'], conflict);
    expect(zh.banner).toMatch(hasHan);
    expect(zh.banner).not.toContain('postmortem');
    const forbidden = { code: 'forbidden', message: 'Only the author may publish.', requestId: 'r' };
    expect(presentError(translators['zh-CN'], forbidden).banner).toBe('你没有权限执行此操作。');
  });

  it('domain issue codes carry their params; an issue the form does not show goes to the banner with its label', () => {
    const failure = { code: 'invalid', issues: [{ path: 'slug', message: "A team with slug 'ops' already exists.", code: 'slug_taken', params: { slug: 'ops' } }] };
    expect(presentError(translators.en, failure, { shows: ['slug'] }).fieldErrors.slug).toBe('The slug “ops” is already in use.');
    expect(presentError(translators['zh-CN'], failure, { shows: [], labels: { slug: '标识' } }).banner).toBe('标识：标识“ops”已被使用。');
  });

  it('an unknown failure quotes the request id; a network failure says to check the connection', () => {
    expect(presentError(translators.en, { code: 'internal', requestId: 'abc-123' }).banner).toContain('abc-123');
    expect(presentError(translators.en, new TypeError('Failed to fetch')).banner).toBe('No connection to the server. Check your network and try again.');
    expect(presentError(translators['zh-CN'], new ApiError(503, 'unavailable', 'Service unavailable')).banner).toMatch(/^服务暂时不可用/);
  });

  it('a form’s own words for a code win (set-up already done)', () => {
    expect(presentError(translators.en, { code: 'conflict' }, { codes: { conflict: 'Set-up is already done.' } }).banner).toBe('Set-up is already done.');
  });
});
