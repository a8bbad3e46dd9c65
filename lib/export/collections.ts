// What the workspace export holds (docs/export.md): one collection per kind of record, in an
// order where every record comes after the records it refers to, so an import can insert
// them as they come. Each collection is one table's columns as stored, less what is a secret
// or derived (password hashes, channel targets, search documents). Not exported, because they
// belong to one instance rather than the workspace: API tokens, sessions and sign-in
// throttles, the audit log, instance settings (they hold the session signing secret), the
// notification outbox and read marks, the search glossary (rebuilt from the documents) and
// the backup history.

export interface Collection {
  key: string;
  table: string;
  /** Columns left out of the document. */
  omit?: string[];
}

const search = ['searchVector', 'searchText'];

export const collections: Collection[] = [
  { key: 'users', table: 'User', omit: ['passwordHash'] },
  { key: 'teams', table: 'Team' },
  { key: 'teamMembers', table: 'TeamMember' },
  { key: 'services', table: 'Service' },
  { key: 'serviceContacts', table: 'ServiceContact' },
  { key: 'serviceDependencies', table: 'ServiceDependency' },
  { key: 'knownIssues', table: 'KnownIssue', omit: search },
  { key: 'knownIssueServices', table: 'KnownIssueService' },
  { key: 'knownIssueRevisions', table: 'KnownIssueRevision' },
  { key: 'changes', table: 'ChangeEvent' },
  { key: 'changeAcknowledgements', table: 'ChangeAcknowledgement' },
  // Each incident carries its whole timeline: `timeline` (every entry, deleted ones included,
  // with `occurredAt` and `recordedAt`), each entry with its earlier bodies in `revisions`.
  { key: 'incidents', table: 'Incident', omit: search },
  { key: 'incidentServices', table: 'IncidentService' },
  { key: 'incidentRoles', table: 'IncidentRoleAssignment' },
  { key: 'incidentDetections', table: 'IncidentDetection' },
  { key: 'knownIssueIncidents', table: 'KnownIssueIncident' },
  { key: 'factors', table: 'IncidentFactor' },
  { key: 'factorKnownIssues', table: 'IncidentFactorKnownIssue' },
  { key: 'factorChanges', table: 'IncidentFactorChange' },
  { key: 'postmortems', table: 'Postmortem', omit: search },
  { key: 'postmortemSections', table: 'PostmortemSection' },
  { key: 'postmortemReviewers', table: 'PostmortemReviewer' },
  { key: 'postmortemComments', table: 'PostmortemComment' },
  { key: 'postmortemMeetings', table: 'PostmortemMeeting' },
  { key: 'actionItems', table: 'ActionItem' },
  // `channelConfig` (URLs and signing secrets) is replaced by the masked `channel`.
  { key: 'subscriptions', table: 'Subscription', omit: ['channelConfig'] },
  { key: 'autoSubscriptionOptOuts', table: 'AutoSubscriptionOptOut' },
];

export const EXPORT_FORMAT = 'firebreak-export';
export const EXPORT_VERSION = 1;
/** Fields of the document that describe the export itself, not the workspace. */
export const INSTANCE_FIELDS = ['exportedAt', 'appVersion'] as const;
