'use client';
// Turns an on-call API error into the reader's language: the schemas' known messages and the
// "no such person" answer have catalogue entries; anything else is shown as the server said.
import { useTranslations } from 'next-intl';
import { DATE_MESSAGE, EMAIL_MESSAGE, HM_MESSAGE, INSTANT_MESSAGE, PHONE_MESSAGE, TIME_ZONE_MESSAGE, TO_AFTER_FROM_MESSAGE } from '@/lib/on-call/schemas';

const known: Record<string, string> = {
  [EMAIL_MESSAGE]: 'email',
  [HM_MESSAGE]: 'hm',
  [DATE_MESSAGE]: 'date',
  [INSTANT_MESSAGE]: 'instant',
  [TIME_ZONE_MESSAGE]: 'badTimeZone',
  [TO_AFTER_FROM_MESSAGE]: 'toAfterFrom',
  [PHONE_MESSAGE]: 'phone',
};

export function useOnCallError(): (e: unknown) => string {
  const t = useTranslations('onCall.errors');
  return (e) => {
    const err = e as { message?: string; issues?: { path: string; message: string }[] };
    if (!err.issues?.length) return err.message ?? String(e);
    return err.issues
      .map((i) => {
        const key = known[i.message] ?? (i.message.startsWith('There is no active user') ? 'unknownPerson' : null);
        const text = key ? t(key as 'email') : i.message;
        const email = /"([^"]+@[^"]+)"/.exec(i.message)?.[1];
        return `${i.path}${key === 'unknownPerson' && email ? ` (${email})` : ''}: ${text}`;
      })
      .join(' ');
  };
}
