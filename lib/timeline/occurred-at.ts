// When an entry happened: now by default; earlier for what is written down after the fact;
// never more than a few minutes ahead (clock drift), which would put it out of order for good.
import { AppError } from '../errors/app-error.ts';
import { FUTURE_TOLERANCE_MS } from '../incidents/key-times.ts';

export function parseOccurredAt(value: string | undefined, now = new Date()): Date {
  if (value === undefined) return now;
  const t = new Date(value);
  if (t.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    const message = 'Cannot be more than 5 minutes in the future.';
    throw new AppError('invalid', 'Some fields are not valid: occurredAt.', { issues: [{ path: 'occurredAt', message, code: 'future_time' }] });
  }
  return t;
}
