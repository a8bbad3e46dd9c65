'use client';
// Client-side validation with the same zod schema the server uses, with zod's own
// translated messages (en / zh-CN), so that errors appear next to the field in the
// reader's language before anything is sent.
import { z } from 'zod';
import type { ErrorIssue } from '@/lib/errors/app-error';

export type FieldErrors = Record<string, string>;

export function configureZodLocale(locale: string): void {
  z.config(locale === 'zh-CN' ? z.locales.zhCN() : z.locales.en());
}

export function validateForm<S extends z.ZodType>(schema: S, data: unknown, locale: string):
  | { ok: true; data: z.infer<S> }
  | { ok: false; errors: FieldErrors } {
  configureZodLocale(locale);
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const i of r.error.issues) errors[i.path.join('.') || '_'] ??= i.message;
  return { ok: false, errors };
}

/** Server-side issues (from an action result or API error body) keyed by field. */
export function issuesToFieldErrors(issues: ErrorIssue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const i of issues ?? []) errors[i.path || '_'] ??= i.message;
  return errors;
}

export function formObject(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
}
