// Input and output shapes of the postmortem document and its review workflow.
import { z } from 'zod';
import { severities } from '../incidents/schemas.ts';
import { factorCategories } from '../root-causes/schemas.ts';
import { blamefulRules } from './blameless.ts';
import { meetingOutput } from './review-schemas.ts';
import { sectionKeys } from './template.ts';

export const postmortemStatuses = ['draft', 'in_review', 'published'] as const;
export type PostmortemStatus = (typeof postmortemStatuses)[number];
export const reviewDecisions = ['pending', 'approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const MAX_SECTION_LENGTH = 50_000;
export const MAX_REVIEWERS = 20;

const refField = z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id (uuid).' });
export const postmortemParams = z.object({ ref: refField });

const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Who the prefilled text is written for: the author's language and clock. */
export const createPostmortemQuery = z
  .object({
    locale: z.enum(['en', 'zh-CN']).optional().meta({ description: 'Language of the prefilled text; default: the author\'s saved language, else English.' }),
    timeZone: z.string().max(64).refine(validTimeZone, { message: 'Not a time zone name such as Asia/Shanghai.' }).optional()
      .meta({ description: 'IANA time zone of the prefilled times (e.g. Asia/Shanghai); default UTC.' }),
  })
  .meta({ id: 'CreatePostmortemQuery' });
export type CreatePostmortemQuery = z.infer<typeof createPostmortemQuery>;
export const sectionParams = z.object({ ref: refField, key: z.enum(sectionKeys, { error: `Unknown section; one of ${sectionKeys.join(', ')}.` }) });

export const updateSectionInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The section version the edit is based on.' }),
    body: z.string().max(MAX_SECTION_LENGTH).meta({ description: 'Markdown.' }),
  })
  .meta({ id: 'UpdatePostmortemSectionInput' });
export type UpdateSectionInput = z.infer<typeof updateSectionInput>;

export const submitPostmortemInput = z
  .object({
    reviewerIds: z.array(z.uuid()).max(MAX_REVIEWERS).default([]).meta({ description: 'Users to ask for a review (added to any already named).' }),
  })
  .meta({ id: 'SubmitPostmortemInput' });
export type SubmitPostmortemInput = z.infer<typeof submitPostmortemInput>;

export const reviewPostmortemInput = z
  .object({
    decision: z.enum(['approve', 'request_changes'], { error: 'Send approve or request_changes.' }),
    comment: z.string().trim().max(5000).default(''),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, { error: 'Say which changes are needed.', path: ['comment'] })
  .meta({ id: 'ReviewPostmortemInput' });
export type ReviewPostmortemInput = z.infer<typeof reviewPostmortemInput>;

export const blamefulPhraseOutput = z.object({
  start: z.number().int(),
  end: z.number().int(),
  phrase: z.string(),
  rule: z.enum(blamefulRules as [string, ...string[]]),
  suggestionKey: z.string().meta({ description: 'Message key in the postmortems catalogue.' }),
});

export const sectionOutput = z
  .object({
    key: z.enum(sectionKeys),
    body: z.string(),
    version: z.number().int(),
    updatedBy: z.string().meta({ description: 'Email of the last editor, or "token:<name>"; empty when untouched.' }),
    updatedAt: z.iso.datetime(),
    hints: z.array(blamefulPhraseOutput).meta({ description: 'Blameless-language hints: flagged phrases with a suggestion; never blocking.' }),
  })
  .meta({ id: 'PostmortemSection' });
export type SectionOutput = z.infer<typeof sectionOutput>;

export const reviewerOutput = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  decision: z.enum(reviewDecisions),
  comment: z.string(),
  decidedAt: z.iso.datetime().nullable(),
});

export const postmortemOutput = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    reference: z.string(),
    title: z.string(),
    severity: z.enum(severities),
    status: z.enum(postmortemStatuses),
    authorUserId: z.uuid().nullable(),
    version: z.number().int(),
    sections: z.array(sectionOutput).meta({ description: 'In template order.' }),
    reviewers: z.array(reviewerOutput),
    approvals: z.number().int(),
    requiredApprovals: z.number().int().meta({ description: 'Approvals the incident severity requires to publish.' }),
    meeting: meetingOutput.nullable().meta({ description: 'The review meeting, once recorded.' }),
    openComments: z.number().int().meta({ description: 'Unresolved section comments.' }),
    submittedAt: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Postmortem' });
export type PostmortemOutput = z.infer<typeof postmortemOutput>;

export const requiredApprovalsSetting = z.object({ SEV1: z.number().int().min(0).max(MAX_REVIEWERS), SEV2: z.number().int().min(0).max(MAX_REVIEWERS), SEV3: z.number().int().min(0).max(MAX_REVIEWERS), SEV4: z.number().int().min(0).max(MAX_REVIEWERS) });
export type RequiredApprovals = z.infer<typeof requiredApprovalsSetting>;

export const requiredApprovalsOutput = requiredApprovalsSetting.meta({ id: 'PostmortemRequiredApprovals' });

/** Repeated (?x=a&x=b) or comma-separated (?x=a,b) values of an enum. */
function enumList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();
}

export const listPostmortemsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(300).optional(),
  status: enumList(postmortemStatuses).meta({ description: 'Default: published.' }),
  severity: enumList(severities),
  service: z.string().min(1).max(100).optional().meta({ description: 'Service slug.' }),
  category: enumList(factorCategories).meta({ description: 'Root-cause categories: postmortems of incidents with a factor in any of them.' }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Words in the incident title or any section (case-insensitive).' }),
  waitingForMyReview: z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((v) => v === true || v === 'true' || v === '1').optional()
    .meta({ description: 'Only postmortems in review where you are a reviewer who has not decided yet (any status filter is then ignored).' }),
});
export type ListPostmortemsQuery = z.infer<typeof listPostmortemsQuery>;

export const postmortemSummaryOutput = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    reference: z.string(),
    title: z.string(),
    severity: z.enum(severities),
    status: z.enum(postmortemStatuses),
    services: z.array(z.string()).meta({ description: 'Service slugs.' }),
    categories: z.array(z.enum(factorCategories)).meta({ description: 'Root-cause categories of the incident, sorted.' }),
    summary: z.string().meta({ description: 'The summary section, first 300 characters.' }),
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PostmortemSummary' });
export type PostmortemSummaryOutput = z.infer<typeof postmortemSummaryOutput>;

export const postmortemListOutput = z
  .object({ items: z.array(postmortemSummaryOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'PostmortemPage' });
export type PostmortemListOutput = z.infer<typeof postmortemListOutput>;
