// The HTTP side of idempotent posts: the `Idempotency-Key` request header in, and the
// answer out (201 for a new entry; 200 with `Idempotent-Replayed: true` for a retry that found
// the original). Shared by the timeline and stakeholder-update routes.
import { AppError } from '../errors/app-error.ts';
import { idempotencyKeyField } from './schemas.ts';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** The header's value, or null when absent; `invalid` (422) naming the header when malformed. */
export function idempotencyKeyOf(req: Request): string | null {
  const raw = req.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === null) return null;
  const parsed = idempotencyKeyField.safeParse(raw.trim());
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Not a valid key.';
    throw new AppError('invalid', `The ${IDEMPOTENCY_KEY_HEADER} header is not valid: 1-200 printable ASCII characters.`, {
      issues: [{ path: IDEMPOTENCY_KEY_HEADER, message }],
    });
  }
  return parsed.data;
}

export function createdOrReplayed(body: unknown, created: boolean): Response {
  return Response.json(body, created ? { status: 201 } : { status: 200, headers: { [REPLAYED_HEADER]: 'true' } });
}
