// When an entry happened: now by default; earlier for what is written down after the fact;
// never more than a few minutes ahead (clock drift), which would put it out of order for good.
import { AppError } from '../errors/app-error.ts';
import { FUTURE_TOLERANCE_MS } from '../incidents/key-times.ts';

/** The given time as a Date (undefined stays undefined: the database clock fills it in). */
export function parseOccurredAt(value: string, now?: Date): Date;
export function parseOccurredAt(value: string | undefined, now?: Date): Date | undefined;
export function parseOccurredAt(value: string | undefined, now = new Date()): Date | undefined {
  if (value === undefined) return undefined;
  const t = new Date(value);
  if (t.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    const message = 'Cannot be more than 5 minutes in the future.';
    throw new AppError('invalid', 'Some fields are not valid: occurredAt.', { issues: [{ path: 'occurredAt', message, code: 'future_time' }] });
  }
  return t;
}
