import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors/app-error';

/** Awaits a domain read, turning its `not_found` into the app's 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
}
