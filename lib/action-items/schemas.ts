// Input and output shapes of action items: what an incident review commits to doing.
import { z } from 'zod';

export const actionItemKinds = ['prevent', 'detect', 'mitigate', 'process'] as const;
export const actionItemPriorities = ['P1', 'P2', 'P3', 'P4'] as const;
export const actionItemStatuses = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

const kindField = z.enum(actionItemKinds, { error: 'Choose prevent, detect, mitigate or process.' });
const priorityField = z.enum(actionItemPriorities, { error: 'Choose a priority: P1 (high) to P4 (low).' });
const statusField = z.enum(actionItemStatuses, { error: 'Choose open, in_progress, done or wont_do.' });
const titleField = z.string().trim().min(1).max(300);
const dueDateField = z.iso.date({ error: 'Give a date as YYYY-MM-DD.' }).nullable().meta({ description: 'A calendar day (YYYY-MM-DD).' });
const urlField = z
  .url({ protocol: /^https?$/, error: 'Give an http(s) link.' })
  .max(2000)
  .nullable()
  .meta({ description: 'Link to the item in an external tracker.' });

export const createActionItemInput = z
  .object({
    incident: z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id (uuid).' }),
    kind: kindField,
    title: titleField,
    ownerUserId: z.uuid().nullable().default(null),
    dueDate: dueDateField.default(null),
    priority: priorityField.default('P3'),
    status: statusField.default('open'),
    externalUrl: urlField.default(null),
  })
  .meta({ id: 'CreateActionItemInput' });
export type CreateActionItemInput = z.infer<typeof createActionItemInput>;

export const updateActionItemInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The item version the edit is based on.' }),
    kind: kindField.optional(),
    title: titleField.optional(),
    ownerUserId: z.uuid().nullable().optional(),
    dueDate: dueDateField.optional(),
    priority: priorityField.optional(),
    status: statusField.optional(),
    externalUrl: urlField.optional(),
  })
  .meta({ id: 'UpdateActionItemInput' });
export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;

export const actionItemParams = z.object({ id: z.uuid() });

/** Repeated (?status=a&status=b) or comma-separated (?status=a,b) values. */
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
  .pipe(z.array(statusField))
  .optional();

export const listActionItemsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
  mine: z.enum(['true', 'false']).optional().meta({ description: 'Only items owned by the caller.' }),
  overdue: z.enum(['true', 'false']).optional().meta({ description: 'Only open or in-progress items whose due date has passed (UTC day).' }),
  owner: z.uuid().optional(),
  team: z.string().min(1).max(100).optional().meta({ description: "Team slug: items whose owner is a member of the team." }),
  service: z.string().min(1).max(100).optional().meta({ description: "Service slug: items of incidents affecting the service." }),
  incident: z.string().min(1).max(100).optional().meta({ description: 'Only this incident (42, INC-42 or uuid).' }),
  status: statusList.meta({ description: 'One or more statuses (repeated or comma-separated).' }),
});
export type ListActionItemsQuery = z.infer<typeof listActionItemsQuery>;

export const actionItemOutput = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    incidentReference: z.string(),
    incidentTitle: z.string(),
    kind: z.enum(actionItemKinds),
    title: z.string(),
    owner: z.object({ userId: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    dueDate: z.iso.date().nullable(),
    overdue: z.boolean(),
    priority: z.enum(actionItemPriorities),
    status: z.enum(actionItemStatuses),
    externalUrl: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ActionItem' });
export type ActionItemOutput = z.infer<typeof actionItemOutput>;

export const actionItemListOutput = z
  .object({
    items: z.array(actionItemOutput),
    nextCursor: z.string().nullable(),
    total: z.number().int().meta({ description: 'Items matching the filters other than status (all pages).' }),
    completionRate: z.number().min(0).max(1).nullable().meta({
      description: "Of the items matching the filters other than status, the share done or won't do; null when none match.",
    }),
  })
  .meta({ id: 'ActionItemPage' });
export type ActionItemListOutput = z.infer<typeof actionItemListOutput>;
