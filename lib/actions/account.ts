'use server';
import { cookies } from 'next/headers';
import { serverAction } from '@/lib/api/action';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { changeMyPassword } from '@/lib/users/change-my-password';
import { changeMyPasswordInput, updateMyAccountInput } from '@/lib/users/schemas';
import { updateMyAccount } from '@/lib/users/update-my-account';

export const updateMyAccountAction = serverAction({ role: 'viewer', input: updateMyAccountInput }, async ({ db, actor, input }) => {
  const user = await updateMyAccount(db, { actor, input });
  // Also remembered in the browser, so the sign-in page speaks the same language.
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return user;
});

export const changeMyPasswordAction = serverAction({ role: 'viewer', input: changeMyPasswordInput }, ({ db, actor, input }) =>
  changeMyPassword(db, { actor, input }),
);
