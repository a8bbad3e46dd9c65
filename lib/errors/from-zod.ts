import type { z } from 'zod';
import { AppError, type ErrorIssue } from './app-error.ts';

// The parts of a zod issue a message needs (the browser's error presenter words them for the
// reader: "Use at least 8 characters." rather than zod's "Too small: expected string…").
const paramKeys = ['origin', 'minimum', 'maximum', 'inclusive', 'format', 'expected', 'divisor'] as const;

export function zodIssueParams(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  const params: Record<string, string | number> = {};
  const raw = issue as unknown as Record<string, unknown>;
  for (const k of paramKeys) {
    const v = raw[k];
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    else if (typeof v === 'bigint' || typeof v === 'boolean') params[k] = String(v);
  }
  if (Array.isArray(raw.values)) params.values = raw.values.map(String).join(', ');
  if (Array.isArray(raw.keys)) params.keys = raw.keys.map(String).join(', ');
  return Object.keys(params).length ? params : undefined;
}

export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => {
    const params = zodIssueParams(i);
    return { path: i.path.join('.'), message: i.message, code: i.code, ...(params ? { params } : {}) };
  });
}

/** Parses input with a schema, throwing `invalid` (422) with one issue per bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const fields = [...new Set(issues.map((i) => i.path || '(body)'))].join(', ');
    throw new AppError('invalid', `Some fields are not valid: ${fields}.`, { issues });
  }
  return result.data;
}
