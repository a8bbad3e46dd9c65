'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { retryNotification } from '@/lib/notifications/retry-notification';

export const retryNotificationAction = serverAction({ role: 'admin', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) =>
  retryNotification(db, { actor, id: input.id }),
);
