import type { Role } from './roles.ts';

/** Who is acting: a signed-in person or an API token. Every use case receives one. */
export interface Actor {
  kind: 'user' | 'token' | 'system';
  /** The user, for people; the token's creator is not used as the actor. */
  userId: string | null;
  tokenId: string | null;
  role: Role;
  /** Human-readable, for audit and timeline: an email, "token:ci-deploy" or "system". */
  label: string;
  locale: string | null;
  requestId: string | null;
}

export const systemActor = (label = 'system'): Actor => ({
  kind: 'system',
  userId: null,
  tokenId: null,
  role: 'admin',
  label,
  locale: null,
  requestId: null,
});
