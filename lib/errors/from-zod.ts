import type { z } from 'zod';
import { AppError, type ErrorIssue } from './app-error.ts';

export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
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
