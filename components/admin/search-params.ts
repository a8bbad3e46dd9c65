// Page filters come from the URL, where anyone can type anything: parse them with the same
// schema as the API, and quietly drop the parameters that do not fit instead of failing.
import type { z } from 'zod';

export type SearchParams = Record<string, string | string[] | undefined>;

export function parseSearchParams<S extends z.ZodType>(schema: S, sp: SearchParams): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== '') raw[k] = value;
  }
  const first = schema.safeParse(raw);
  if (first.success) return first.data;
  for (const issue of first.error.issues) delete raw[String(issue.path[0])];
  return schema.parse(raw);
}

/** A URL for the same page with some parameters replaced (undefined or '' removes one). */
export function hrefWith(path: string, current: Record<string, unknown>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
