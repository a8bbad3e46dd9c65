// Words a validation issue for a person, in the reader's language: one mapping for every form
// (set-up, services, teams, postmortems…) instead of zod's built-in sentences ("Too small:
// expected string to have >=1 characters"). An issue is described from, in order:
// 1. its domain code (slug_taken, dependency_cycle…) with the server's params;
// 2. a sentence one of our schemas writes itself (the slug rule, the phone rule…);
// 3. zod's issue code and params (too_small + minimum 1 on a string → "Fill this in.").
// Never the raw server sentence: a Chinese reader never sees English.
import type { ErrorIssue } from '@/lib/errors/app-error';
import { CONTACT_EMAIL_MESSAGE, CONTACT_PHONE_MESSAGE } from '@/lib/services/schemas';
import { SLUG_MESSAGE, SLUG_RESERVED_MESSAGE } from '@/lib/services/slug';

/** A translator over the `errors` namespace (next-intl's `useTranslations('errors')`). */
export type ErrorsTranslator = (key: string, values?: Record<string, string | number>) => string;

export const domainIssueCodes = [
  'email_taken', 'last_admin', 'name_taken', 'wrong_password', 'slug_taken', 'unknown_team', 'unknown_service',
  'self_dependency', 'dependency_cycle', 'team_owns_services', 'service_depended_on', 'user_inactive', 'unknown_change',
  'not_notified', 'not_a_dependency', 'invalid_transition', 'future_time', 'time_order',
] as const;
const domainCodes = new Set<string>(domainIssueCodes);

/** Sentences our own schemas write, by their English text → key under errors.messages. */
const ownMessages: Record<string, string> = {
  [SLUG_MESSAGE]: 'slugInvalid',
  [SLUG_RESERVED_MESSAGE]: 'slugReserved',
  [CONTACT_EMAIL_MESSAGE]: 'emailInvalid',
  [CONTACT_PHONE_MESSAGE]: 'phoneInvalid',
  'Say which changes are needed.': 'sayWhichChanges',
  'Say why the entry is being deleted.': 'sayWhyDelete',
  'Give a date as YYYY-MM-DD.': 'dateFormat',
  'Give an http(s) link.': 'httpLink',
  'Cannot be more than 5 minutes in the future.': 'futureTime',
};

export type IssueLike = Pick<ErrorIssue, 'message'> & { code?: string | undefined; params?: Record<string, string | number> | undefined };

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export function describeIssue(t: ErrorsTranslator, issue: IssueLike): string {
  const p = issue.params ?? {};
  if (issue.code && domainCodes.has(issue.code)) return t(`issues.${issue.code}`, p);
  const own = ownMessages[issue.message];
  if (own) return t(`messages.${own}`);
  const inclusive = p.inclusive !== 'false';
  switch (issue.code) {
    case 'invalid_type':
      if (p.expected === 'number' || p.expected === 'int' || p.expected === 'bigint') return t('field.number');
      if (p.expected === 'date') return t('field.datetime');
      return t('field.required');
    case 'too_small': {
      const minimum = num(p.minimum);
      if (p.origin === 'string') return minimum <= 1 ? t('field.required') : t('field.minLength', { minimum });
      if (p.origin === 'array' || p.origin === 'set') return t('field.chooseAtLeast', { minimum: Math.max(1, minimum) });
      if (p.origin === 'date') return t('field.tooEarly');
      return inclusive ? t('field.minNumber', { minimum }) : t('field.aboveNumber', { minimum });
    }
    case 'too_big': {
      const maximum = num(p.maximum);
      if (p.origin === 'string') return t('field.maxLength', { maximum });
      if (p.origin === 'array' || p.origin === 'set') return t('field.chooseAtMost', { maximum });
      if (p.origin === 'date') return t('field.tooLate');
      return inclusive ? t('field.maxNumber', { maximum }) : t('field.belowNumber', { maximum });
    }
    case 'invalid_format':
      switch (p.format) {
        case 'email': return t('field.email');
        case 'url': return t('field.url');
        case 'date': return t('field.date');
        case 'datetime': return t('field.datetime');
        case 'time': return t('field.time');
        case 'uuid': case 'guid': case 'cuid': case 'cuid2': case 'ulid': return t('field.uuid');
        default: return t('field.format');
      }
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return t('field.chooseOne');
    case 'not_multiple_of':
      return num(p.divisor) === 1 ? t('field.wholeNumber') : t('field.multipleOf', { divisor: num(p.divisor) });
    case 'unrecognized_keys':
      return t('field.unknownFields', { keys: String(p.keys ?? '') });
    default:
      return t('field.invalid');
  }
}
