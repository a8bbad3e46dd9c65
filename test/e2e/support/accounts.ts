// Who the end-to-end tests sign in as. The first admin is created by the set-up project on
// the run's empty database; every other test makes its own users with unique emails.
import { randomBytes } from 'node:crypto';

export const firstAdmin = {
  name: 'E2E Admin',
  email: 'first-admin@e2e.test',
  password: 'e2e-admin-password-1',
} as const;

/** A password that passes the 10-character minimum. */
export const userPassword = 'e2e-user-password-1';

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@e2e.test`;
}
