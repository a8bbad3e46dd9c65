'use client';
// The one error presenter: whatever failed (a server action's result, an ApiError from the API
// client, a network failure, a client-side validation), the reader sees it in their language,
// worded from the error code and the issue codes + params, never the server's English sentence.
// Issues whose field the form shows go next to that field; the rest go to the banner, prefixed
// with the field's label when the form gave one.
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { ErrorIssue } from '@/lib/errors/app-error';
import { ApiError, isNetworkError } from './api-client';
import { describeIssue, type ErrorsTranslator, type IssueLike } from './describe-issue';
import { validateForm, type FieldErrors } from './validate';

/** The error half of a server action's result (lib/api/action.ts) or of an API error body. */
export interface Failure {
  code: string;
  message?: string;
  issues?: ErrorIssue[] | undefined;
  requestId?: string | undefined;
}

export interface PresentOptions {
  /** Fields the form shows next to their input: a list of paths or a test. */
  shows?: readonly string[] | ((path: string) => boolean);
  /** Field labels, for issues the banner has to carry. */
  labels?: Record<string, string>;
  /** This form's own words for an error code (e.g. conflict on set-up: "already done"). */
  codes?: Partial<Record<string, string>>;
}

export interface Presented {
  fieldErrors: FieldErrors;
  banner: string | null;
}

const codeKeys = new Set(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unsupported_media_type', 'invalid', 'rate_limited', 'unavailable', 'internal', 'network']);

/** Anything thrown or returned as a failure, as a code with issues. */
export function toFailure(error: unknown): Failure {
  if (error instanceof ApiError) return { code: error.code, message: error.message, issues: error.issues, requestId: error.requestId };
  if (isNetworkError(error)) return { code: 'network' };
  if (error && typeof error === 'object' && typeof (error as Failure).code === 'string') return error as Failure;
  return { code: 'internal' };
}

/** The sentence for an error code alone. */
export function describeCode(t: ErrorsTranslator, failure: Failure): string {
  if (failure.code === 'internal' || !codeKeys.has(failure.code)) {
    return failure.requestId ? t('codes.internal', { requestId: failure.requestId }) : t('codes.internalNoId');
  }
  return t(`codes.${failure.code}`);
}

export function presentError(t: ErrorsTranslator, error: unknown, opts: PresentOptions = {}): Presented {
  const failure = toFailure(error);
  const shows = typeof opts.shows === 'function' ? opts.shows : opts.shows ? (p: string) => (opts.shows as readonly string[]).includes(p) : null;
  const fieldErrors: FieldErrors = {};
  let banner: string | null = null;
  for (const issue of failure.issues ?? []) {
    // Update actions parse { slug, changes: {...} }: the form knows the field as "name", not "changes.name".
    const path = issue.path.replace(/^(changes|body)\./, '');
    const text = describeIssue(t, issue);
    if (path && (shows ? shows(path) : true)) fieldErrors[path] ??= text;
    else {
      const label = opts.labels?.[path];
      banner ??= label ? t('field.labelled', { label, message: text }) : text;
    }
  }
  const own = opts.codes?.[failure.code];
  if (own) banner = own;
  // Without a list of shown fields, the form may not show every field: say so in the banner too.
  if (!banner && (!shows || Object.keys(fieldErrors).length === 0)) banner = describeCode(t, failure);
  return { fieldErrors, banner };
}

export function useErrorPresenter() {
  const t = useTranslations('errors') as unknown as ErrorsTranslator;
  return useMemo(
    () => ({
      /** Field messages and banner for a failure. */
      present: (error: unknown, opts?: PresentOptions) => presentError(t, error, opts),
      /** One sentence for a failure (toasts, inline notes, pending outbox entries). */
      message: (error: unknown) => {
        const { fieldErrors, banner } = presentError(t, error, { shows: () => false });
        return banner ?? Object.values(fieldErrors)[0] ?? describeCode(t, toFailure(error));
      },
      issue: (issue: IssueLike) => describeIssue(t, issue),
      /** Validates with the server's schema; messages in the reader's language. */
      validate: <S extends z.ZodType>(schema: S, data: unknown) => validateForm(schema, data, (i) => describeIssue(t, i)),
    }),
    [t],
  );
}

export type ErrorPresenter = ReturnType<typeof useErrorPresenter>;
