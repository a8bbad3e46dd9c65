// Slugs name teams and services in URLs, API paths and dependency lists. They are shared by
// the whole catalogue, so the rule lives in one place and is unit-tested.
import { z } from 'zod';

export const SLUG_MIN = 2;
export const SLUG_MAX = 50;
/** Lowercase letters and digits, single hyphens between them; no leading or trailing hyphen. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Words that collide with static routes under /services and /teams (e.g. /services/new). */
export const RESERVED_SLUGS: readonly string[] = ['new', 'edit'];

/** The message zod reports for a malformed slug; forms swap it for the translated hint. */
export const SLUG_MESSAGE = `Use ${SLUG_MIN}–${SLUG_MAX} lowercase letters, digits and single hyphens (e.g. "payments-api").`;
export const SLUG_RESERVED_MESSAGE = 'This word is reserved; choose another slug.';

export function isValidSlug(value: string): boolean {
  return value.length >= SLUG_MIN && value.length <= SLUG_MAX && SLUG_PATTERN.test(value) && !RESERVED_SLUGS.includes(value);
}

export const slugField = z
  .string()
  .trim()
  .min(SLUG_MIN, { error: SLUG_MESSAGE })
  .max(SLUG_MAX, { error: SLUG_MESSAGE })
  .regex(SLUG_PATTERN, { error: SLUG_MESSAGE })
  .refine((s) => !RESERVED_SLUGS.includes(s), { error: SLUG_RESERVED_MESSAGE })
  .meta({ description: 'Lowercase letters, digits and hyphens, 2–50 characters.', example: 'payments-api' });

/**
 * Suggests a slug from a display name, for forms. Latin text is kept; other scripts (Chinese
 * names) produce nothing, and the person types a slug instead.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}
