// Client-side validation with the same zod schema the server uses, so that errors appear next
// to the field before anything is sent. The words come from the error presenter's one issue
// mapping (./describe-issue.ts), not from zod's locales: friendly sentences in both languages,
// and none of zod's ~40 locale bundles in the browser.
import type { z } from 'zod';
import { zodIssueParams } from '@/lib/errors/from-zod';
import type { IssueLike } from './describe-issue';

export type FieldErrors = Record<string, string>;

export function validateForm<S extends z.ZodType>(schema: S, data: unknown, describe: (issue: IssueLike) => string):
  | { ok: true; data: z.infer<S> }
  | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const i of r.error.issues) errors[i.path.join('.') || '_'] ??= describe({ code: i.code, message: i.message, params: zodIssueParams(i) });
  return { ok: false, errors };
}

export function formObject(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
}
