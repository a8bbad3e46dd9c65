'use client';
// Turns a failed server action into what the form shows: messages next to the fields it
// names, and a banner for the rest, in the reader's language. The server's issue codes for
// expected conflicts (email_taken, last_admin…) have translations; other messages fall back to
// the generic text for the error code.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/components/forms/validate';
import type { ActionResult } from '@/lib/api/action';

type ActionError = Extract<ActionResult<unknown>, { ok: false }>['error'];

const translatedIssues = new Set(['email_taken', 'last_admin', 'name_taken', 'wrong_password']);

export function useActionError() {
  const t = useTranslations('admin.errors');
  const tc = useTranslations('common.errors');

  function generic(error: ActionError): string {
    switch (error.code) {
      case 'forbidden': return tc('forbidden');
      case 'unauthorized': return tc('unauthorized');
      case 'not_found': return tc('notFound');
      case 'rate_limited': return tc('rateLimited');
      case 'invalid': return tc('invalid');
      case 'conflict': return error.message;
      default: return tc('generic', { requestId: error.requestId });
    }
  }

  return (error: ActionError, fields: readonly string[]): { fieldErrors: FieldErrors; banner: string | null } => {
    const fieldErrors: FieldErrors = {};
    let banner: string | null = null;
    for (const issue of error.issues ?? []) {
      const text = issue.code && translatedIssues.has(issue.code) ? t(issue.code) : issue.message;
      if (fields.includes(issue.path)) fieldErrors[issue.path] ??= text;
      else banner ??= text;
    }
    if (!banner && Object.keys(fieldErrors).length === 0) banner = generic(error);
    return { fieldErrors, banner };
  };
}
