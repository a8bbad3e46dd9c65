'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { sendTestMessage } from '@/lib/notifications/send-test-message';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { deleteSubscription } from '@/lib/subscriptions/delete-subscription';
import { createSubscriptionInput } from '@/lib/subscriptions/schemas';

// Viewers subscribe themselves; team subscriptions need responder (checked in the use cases).
export const createSubscriptionAction = serverAction({ role: 'viewer', input: createSubscriptionInput }, ({ db, actor, input }) =>
  createSubscription(db, { actor, input }),
);

export const deleteSubscriptionAction = serverAction({ role: 'viewer', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) =>
  deleteSubscription(db, { actor, id: input.id }),
);

export const testSubscriptionAction = serverAction({ role: 'viewer', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) =>
  sendTestMessage(db, { actor, id: input.id }),
);
