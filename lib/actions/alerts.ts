'use server';
import { z } from 'zod';
import { createAlertSource } from '@/lib/alerts/create-alert-source';
import { createAlertRule, deleteAlertRule } from '@/lib/alerts/manage-rules';
import { createAlertRuleInput, createAlertSourceInput, testAlertRuleInput, updateAlertSourceInput } from '@/lib/alerts/schemas';
import { testAlertRule } from '@/lib/alerts/test-alert-rule';
import { rotateAlertSourceKey, updateAlertSource } from '@/lib/alerts/update-alert-source';
import { serverAction } from '@/lib/api/action';

export const createAlertSourceAction = serverAction({ role: 'admin', input: createAlertSourceInput }, ({ db, actor, input }) => createAlertSource(db, { actor, input }));

export const updateAlertSourceAction = serverAction({ role: 'admin', input: z.object({ id: z.uuid(), input: updateAlertSourceInput }) }, ({ db, actor, input }) =>
  updateAlertSource(db, { actor, id: input.id, input: input.input }),
);

export const rotateAlertSourceKeyAction = serverAction({ role: 'admin', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) => rotateAlertSourceKey(db, { actor, id: input.id }));

export const createAlertRuleAction = serverAction({ role: 'admin', input: createAlertRuleInput }, ({ db, actor, input }) => createAlertRule(db, { actor, input }));

export const deleteAlertRuleAction = serverAction({ role: 'admin', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) => deleteAlertRule(db, { actor, id: input.id }));

export const testAlertRuleAction = serverAction({ role: 'admin', input: testAlertRuleInput }, ({ db, actor, input }) => testAlertRule(db, { actor, input }));
