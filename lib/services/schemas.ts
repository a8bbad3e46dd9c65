// Input and output shapes of the service catalogue: one zod schema per input, shared by the
// forms, the route handlers and the OpenAPI document.
import { z } from 'zod';
import { slugField } from './slug.ts';

export const TIERS = [1, 2, 3, 4] as const;
export const DEFAULT_TIER = 3;
export const DEFAULT_NOTICE_PERIOD_HOURS = 24;
export const MAX_CONTACTS = 20;
export const MAX_DEPENDENCIES = 100;

export const CONTACT_EMAIL_MESSAGE = 'Not a valid email address.';
export const CONTACT_PHONE_MESSAGE = 'Use digits, spaces, + ( ) - . and an optional extension (e.g. "+86 10 5555 0100 ext 12").';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_PATTERN = /^\+?[0-9(][0-9 ()\-.]{1,28}[0-9](?:\s*(?:x|ext\.?|#)\s*[0-9]{1,6})?$/i;

export const tierField = z.number().int().min(1).max(4).meta({ description: '1 is the most critical, 4 the least.' });
export const noticePeriodField = z
  .number()
  .int()
  .min(0)
  .max(8760)
  .meta({ description: 'How many hours ahead planned changes to this service must be announced.' });

/** A reference to a team or service by slug; whether it exists is checked against the database. */
const slugRef = z.string().trim().min(1).max(50);

export const contactInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.string().trim().max(100).default(''),
  email: z.string().trim().toLowerCase().max(254).refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: CONTACT_EMAIL_MESSAGE }).default(''),
  phone: z.string().trim().max(40).refine((v) => v === '' || PHONE_PATTERN.test(v), { error: CONTACT_PHONE_MESSAGE }).default(''),
  chat: z.string().trim().max(200).default(''),
});
export type ContactInput = z.infer<typeof contactInput>;

const serviceFields = {
  slug: slugField,
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(5000),
  ownerTeam: slugRef.nullable().meta({ description: 'Slug of the owning team, or null.' }),
  tier: tierField,
  noticePeriodHours: noticePeriodField,
  contacts: z.array(contactInput).max(MAX_CONTACTS).meta({ description: '"Who to call", in the order to call them.' }),
  dependsOn: z.array(slugRef).max(MAX_DEPENDENCIES).meta({ description: 'Slugs of the services this service calls.' }),
  escalationPolicy: z.uuid({ error: 'Not a valid escalation policy id.' }).nullable().meta({ description: 'Id of the escalation policy that pages for this service; null uses the owner team\'s default.' }),
};

// A service names its escalation policy with PATCH, once a policy exists (issue 14).
const { escalationPolicy: _escalationPolicy, ...createFields } = serviceFields;

export const createServiceInput = z
  .object({
    ...createFields,
    description: createFields.description.default(''),
    ownerTeam: serviceFields.ownerTeam.optional(),
    tier: tierField.default(DEFAULT_TIER),
    noticePeriodHours: noticePeriodField.default(DEFAULT_NOTICE_PERIOD_HOURS),
    contacts: serviceFields.contacts.default([]),
    dependsOn: serviceFields.dependsOn.default([]),
  })
  .meta({ id: 'CreateServiceInput' });
export type CreateServiceInput = z.infer<typeof createServiceInput>;

/** Any subset; `contacts` and `dependsOn` replace the whole list when given. */
export const updateServiceInput = z.object(serviceFields).partial().meta({ id: 'UpdateServiceInput' });
export type UpdateServiceInput = z.infer<typeof updateServiceInput>;

export const serviceSlugParams = z.object({ slug: z.string().min(1).max(100) });

export const listServicesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Matches slug, name or description.' }),
  team: z.string().trim().max(50).optional().meta({ description: 'Owner team slug.' }),
  tier: z.coerce.number().int().min(1).max(4).optional(),
});
export type ListServicesQuery = z.infer<typeof listServicesQuery>;

export const contactOutput = z
  .object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string(), chat: z.string() })
  .meta({ id: 'ServiceContact' });

export const serviceOutput = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    tier: z.number().int(),
    noticePeriodHours: z.number().int(),
    ownerTeam: z.string().nullable(),
    escalationPolicy: z.string().nullable().meta({ description: 'Id of the escalation policy that pages for this service (null: the owner team\'s default).' }),
    contacts: z.array(contactOutput),
    dependsOn: z.array(z.string()),
    dependedOnBy: z.array(z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Service' });
export type ServiceOutput = z.infer<typeof serviceOutput>;

export interface ServiceListOutput {
  items: ServiceOutput[];
  nextCursor: string | null;
}
