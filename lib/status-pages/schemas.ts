// Input and output shapes of status pages: one zod schema per input, shared by the admin
// forms, the route handlers and the OpenAPI document. The public JSON (Atlassian Statuspage's
// shapes) is built by statuspage-json.ts, not validated here.
import { z } from 'zod';
import { slugField } from '../services/slug.ts';

export const componentImpacts = ['operational', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
export type ComponentImpact = (typeof componentImpacts)[number];
export const statusPageVisibilities = ['public', 'internal'] as const;
export type StatusPageVisibility = (typeof statusPageVisibilities)[number];

const serviceSlug = z.string().trim().min(1).max(100).meta({ description: 'Slug of a catalogue service.' });
const shortText = (max: number) => z.string().trim().max(max);

export const statusPageComponentInput = z.object({
  service: serviceSlug,
  group: shortText(100).optional().meta({ description: 'Group heading (English); components without one are listed first.' }),
  groupZh: shortText(100).optional().meta({ description: 'Group heading in Chinese; empty = the English one.' }),
  name: shortText(100).optional().meta({ description: 'Display name (English); empty = the service name.' }),
  nameZh: shortText(100).optional().meta({ description: 'Display name in Chinese; empty = the English one.' }),
});
export type StatusPageComponentInput = z.infer<typeof statusPageComponentInput>;

const logoUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^https:\/\/|^\//.test(v), { message: 'Use an https:// address or a path on this server (starting with /).' });

const pageFields = {
  title: z.string().trim().min(1, { message: 'Give the page a title.' }).max(120),
  titleZh: shortText(120).optional(),
  description: shortText(1000).optional(),
  descriptionZh: shortText(1000).optional(),
  logoUrl: logoUrl.optional(),
  defaultLocale: z.enum(['en', 'zh-CN'], { error: 'Choose English (en) or Chinese (zh-CN).' }).optional(),
  visibility: z.enum(statusPageVisibilities, { error: 'Choose public or internal.' }),
  allowAnonymous: z.boolean().optional().meta({ description: 'Internal pages only: readable without signing in (e.g. on the company network).' }),
  components: z
    .array(statusPageComponentInput)
    .max(200)
    .refine((list) => new Set(list.map((c) => c.service)).size === list.length, { message: 'Each service may appear only once.' }),
};

export const createStatusPageInput = z
  .object({ slug: slugField, ...pageFields, components: pageFields.components.default([]) })
  .meta({ id: 'CreateStatusPageInput' });
export type CreateStatusPageInput = z.infer<typeof createStatusPageInput>;

export const updateStatusPageInput = z
  .object({
    title: pageFields.title.optional(),
    titleZh: pageFields.titleZh,
    description: pageFields.description,
    descriptionZh: pageFields.descriptionZh,
    logoUrl: pageFields.logoUrl,
    defaultLocale: pageFields.defaultLocale,
    visibility: pageFields.visibility.optional(),
    allowAnonymous: pageFields.allowAnonymous,
    components: pageFields.components.optional().meta({ description: 'Replaces the whole list, in display order.' }),
  })
  .meta({ id: 'UpdateStatusPageInput' });
export type UpdateStatusPageInput = z.infer<typeof updateStatusPageInput>;

export const statusPageSlugParams = z.object({ slug: z.string().min(1).max(100) });

export const statusPageOutput = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    titleZh: z.string(),
    description: z.string(),
    descriptionZh: z.string(),
    logoUrl: z.string(),
    defaultLocale: z.string(),
    visibility: z.enum(statusPageVisibilities),
    allowAnonymous: z.boolean(),
    url: z.string().meta({ description: 'Path of the public page.' }),
    components: z.array(
      z.object({ service: z.string(), serviceName: z.string(), group: z.string(), groupZh: z.string(), name: z.string(), nameZh: z.string(), position: z.number() }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatusPage' });
export type StatusPageOutput = z.infer<typeof statusPageOutput>;

export const statusPageListOutput = z.object({ items: z.array(statusPageOutput) }).meta({ id: 'StatusPageList' });

// --- Incident impact ---

export const setIncidentImpactInput = z
  .object({
    components: z
      .array(
        z.object({
          service: serviceSlug,
          impact: z.enum(componentImpacts, { error: 'Choose operational, degraded_performance, partial_outage or major_outage.' }),
        }),
      )
      .max(100)
      .refine((list) => new Set(list.map((c) => c.service)).size === list.length, { message: 'Each service may appear only once.' }),
  })
  .meta({ id: 'SetIncidentImpactInput', description: 'The impact on each named service; services not named keep theirs. operational ends an impact.' });
export type SetIncidentImpactInput = z.infer<typeof setIncidentImpactInput>;

export const incidentImpactOutput = z
  .object({
    components: z.array(z.object({ service: z.string(), serviceName: z.string(), impact: z.enum(componentImpacts), since: z.string() })),
  })
  .meta({ id: 'IncidentImpact', description: 'The current (open) impact per service; operational services are not listed.' });
export type IncidentImpactOutput = z.infer<typeof incidentImpactOutput>;

// --- Publishing a stakeholder update to status pages (fields of PostStakeholderUpdateInput) ---

const publicText = (max: number) =>
  z.union([
    z.string().trim().max(max),
    z.object({ en: z.string().trim().max(max).optional(), zhCN: z.string().trim().max(max).optional() }),
  ]);

export const statusPagePublicationFields = {
  statusPages: z
    .array(z.string().trim().min(1).max(100))
    .max(20)
    .default([])
    .meta({ description: 'Slugs of the status pages to publish this update on.' }),
  publicTitle: publicText(200).optional().meta({ description: 'The incident\'s public name (a string, or {en, zhCN}); default: the incident title.' }),
  publicText: publicText(5000).optional().meta({
    description: 'What the page shows (a string, or {en, zhCN}); default: "what is happening" and "what we are doing". Internal notes never appear.',
  }),
  workaround: publicText(2000).optional().meta({ description: 'What people can do meanwhile (a string, or {en, zhCN}).' }),
  linkPostmortem: z.boolean().optional().meta({ description: 'Link the published postmortem summary from the page.' }),
};
export type PublicText = string | { en?: string; zhCN?: string };

// --- Subscribing (public) ---

export const subscribeInput = z.object({
  channel: z.enum(['email', 'webhook']).default('email'),
  email: z.string().trim().max(254).optional(),
  url: z.string().trim().max(2000).optional(),
  component: z.string().trim().max(100).optional().meta({ description: 'Service slug: hear only about this component.' }),
  locale: z.enum(['en', 'zh-CN']).optional(),
});
export type SubscribeInput = z.infer<typeof subscribeInput>;

// --- Scheduled maintenance from a change event ---

const bilingualInput = (max: number) => z.object({ en: z.string().trim().max(max).optional(), zhCN: z.string().trim().max(max).optional() });

export const changeMaintenanceInput = z
  .object({
    show: z.boolean().meta({ description: 'Show the change as scheduled maintenance on every status page listing its service.' }),
    endsAt: z.iso.datetime({ offset: true }).nullable().optional().meta({ description: 'End of the maintenance window (default: one hour after the scheduled time).' }),
    impact: z.enum(componentImpacts, { error: 'Choose operational, degraded_performance, partial_outage or major_outage.' }).optional().meta({ description: 'Expected impact during the window.' }),
    title: bilingualInput(200).optional().meta({ description: 'Public title per language (default: the change title).' }),
    note: bilingualInput(2000).optional().meta({ description: 'What people should know, per language.' }),
  })
  .meta({ id: 'ChangeMaintenanceInput' });
export type ChangeMaintenanceInput = z.infer<typeof changeMaintenanceInput>;

export const changeMaintenanceOutput = z
  .object({
    show: z.boolean(),
    scheduledAt: z.string(),
    endsAt: z.string().nullable(),
    impact: z.enum(componentImpacts),
    title: z.object({ en: z.string(), zhCN: z.string() }),
    note: z.object({ en: z.string(), zhCN: z.string() }),
  })
  .meta({ id: 'ChangeMaintenance' });
export type ChangeMaintenanceOutput = z.infer<typeof changeMaintenanceOutput>;
