// Which message namespaces go to the browser. The server renders with the whole catalogue;
// client components only need the namespaces they call `useTranslations` with, so each route
// segment's layout sends its own list instead of all ~64 KB per page (docs/performance.md).
// test/unit/i18n/client-messages.test.ts checks these lists against the client components
// each page actually reaches, so a missing namespace fails a test rather than a page.
import type { Messages } from './load-messages.ts';

/** Sent on every page: the error boundary, outage banner, error presenter and locale switcher. */
export const BASE_NAMESPACES = ['common', 'errors', 'outage'] as const;

/** The signed-in header adds these: declare shortcut, header search, inbox badge. */
export const HEADER_NAMESPACES = ['incidents', 'search', 'inbox', 'onCall'] as const;

/** Per top-level route segment (app/<segment>/layout.tsx), what its pages' client parts use. */
export const SEGMENT_NAMESPACES = {
  account: ['admin', 'onCall'],
  admin: ['admin', 'delivery', 'alerts', 'statusPages'],
  alerts: ['alerts'],
  'api-docs': ['apiDocs'],
  changes: ['changes', 'story', 'alerts', 'statusPages'],
  drills: ['drills'],
  inbox: ['inbox'],
  incidents: ['incidents', 'changes', 'postmortems', 'search', 'story', 'alerts', 'statusPages', 'onCall'],
  insights: ['insights'],
  'known-issues': ['knownIssues', 'incidents'],
  login: ['auth'],
  setup: ['auth'],
  services: ['catalogue', 'onCall'],
  'on-call': ['onCall'],
  subscriptions: ['subscriptions'],
  teams: ['catalogue', 'subscriptions'],
} as const satisfies Record<string, readonly string[]>;

export type ClientSegment = keyof typeof SEGMENT_NAMESPACES;

/** The root layout's namespaces: the base ones, and the header's for the signed-in. */
export function rootNamespaces(signedIn: boolean): readonly string[] {
  return signedIn ? [...BASE_NAMESPACES, ...HEADER_NAMESPACES] : BASE_NAMESPACES;
}

/** What a segment's layout adds to the root layout's namespaces. */
export function segmentExtraNamespaces(segment: ClientSegment, signedIn: boolean): string[] {
  const root = new Set(rootNamespaces(signedIn));
  return SEGMENT_NAMESPACES[segment].filter((ns) => !root.has(ns));
}

export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const ns of namespaces) if (ns in messages) out[ns] = messages[ns];
  return out;
}
