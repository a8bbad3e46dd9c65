import 'server-only';
// The origin senders should post to: APP_URL when set, else the host this page was asked on.
import { headers } from 'next/headers';
import { getEnv } from '@/lib/config/env';

export async function requestOrigin(): Promise<string> {
  const env = getEnv();
  const configured = env.APP_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}
