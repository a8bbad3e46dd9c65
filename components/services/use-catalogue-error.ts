'use client';
// Turns validation and server errors of the catalogue forms into what the reader sees, in
// their language: the schema's own English messages (slug, email, phone rules) and the
// server's reference issues (unknown team, unknown service, cycle…) have translations; zod's
// built-in messages are already translated by validateForm.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/components/forms/validate';
import type { ActionResult } from '@/lib/api/action';
import type { ErrorIssue } from '@/lib/errors/app-error';
import { CONTACT_EMAIL_MESSAGE, CONTACT_PHONE_MESSAGE } from '@/lib/services/schemas';
import { SLUG_MESSAGE, SLUG_RESERVED_MESSAGE } from '@/lib/services/slug';

type ActionError = Extract<ActionResult<unknown>, { ok: false }>['error'];
type IssueWithParams = ErrorIssue & { params?: Record<string, string> };

const messageKeys: Record<string, string> = {
  [SLUG_MESSAGE]: 'fields.slugInvalid',
  [SLUG_RESERVED_MESSAGE]: 'fields.slugReserved',
  [CONTACT_EMAIL_MESSAGE]: 'fields.emailInvalid',
  [CONTACT_PHONE_MESSAGE]: 'fields.phoneInvalid',
};

const issueCodes = new Set([
  'slug_taken',
  'unknown_team',
  'unknown_service',
  'self_dependency',
  'dependency_cycle',
  'team_owns_services',
  'service_depended_on',
  'user_inactive',
]);

export function useCatalogueError() {
  const t = useTranslations('catalogue');
  const tc = useTranslations('common.errors');

  function text(issue: IssueWithParams): string {
    if (issue.code && issueCodes.has(issue.code)) return t(`issues.${issue.code}`, issue.params ?? {});
    const key = messageKeys[issue.message];
    return key ? t(key) : issue.message;
  }

  function generic(error: ActionError): string {
    switch (error.code) {
      case 'forbidden': return tc('forbidden');
      case 'unauthorized': return tc('unauthorized');
      case 'not_found': return tc('notFound');
      case 'invalid': return tc('invalid');
      case 'conflict': return error.message;
      default: return tc('generic', { requestId: error.requestId });
    }
  }

  /** Client-side validation errors with the catalogue's own rules translated. */
  function localize(errors: FieldErrors): FieldErrors {
    return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, text({ path, message })]));
  }

  /**
   * A failed action: issues whose path the form shows (`shows(path)`) go next to their field,
   * the rest into the banner. Server-side parse paths of update actions ("changes.name") are
   * reported under the field name the form uses.
   */
  function describe(error: ActionError, shows: (path: string) => boolean): { fieldErrors: FieldErrors; banner: string | null } {
    const fieldErrors: FieldErrors = {};
    let banner: string | null = null;
    for (const issue of (error.issues ?? []) as IssueWithParams[]) {
      const path = issue.path.replace(/^changes\./, '');
      if (shows(path)) fieldErrors[path] ??= text(issue);
      else banner ??= text(issue);
    }
    if (!banner && Object.keys(fieldErrors).length === 0) banner = generic(error);
    return { fieldErrors, banner };
  }

  return { localize, describe };
}
