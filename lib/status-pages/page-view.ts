// What a status page shows, as one plain value built from the database by load-page-view.ts
// and rendered by page-html.ts, statuspage-json.ts, feeds.ts and badge.ts. Only public
// material is in it: nothing internal can be rendered because it never gets here.
import type { ComponentStatus } from './impact-levels.ts';
import type { Bilingual } from './public-text.ts';
import type { UptimeDay } from './uptime.ts';

export interface ViewComponent {
  id: string;
  slug: string;
  name: Bilingual;
  group: Bilingual;
  position: number;
  status: ComponentStatus;
  createdAt: string;
  updatedAt: string;
  uptime: UptimeDay[];
  uptimePercent: number | null;
}

export interface ViewUpdate {
  id: string;
  status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
  body: Bilingual;
  workaround: Bilingual;
  createdAt: string;
}

export interface ViewIncident {
  id: string;
  name: Bilingual;
  status: ViewUpdate['status'];
  impact: 'none' | 'minor' | 'major' | 'critical';
  createdAt: string;
  updatedAt: string;
  monitoringAt: string | null;
  resolvedAt: string | null;
  /** Component ids on this page that the incident affects (or affected). */
  componentIds: string[];
  updates: ViewUpdate[];
  postmortemPath: string | null;
  postmortemSummary: string | null;
}

export interface ViewMaintenance {
  id: string;
  name: Bilingual;
  note: Bilingual;
  status: 'scheduled' | 'in_progress' | 'completed';
  scheduledFor: string;
  scheduledUntil: string;
  componentIds: string[];
  impact: string;
  createdAt: string;
  updatedAt: string;
}

export interface PageView {
  id: string;
  slug: string;
  title: Bilingual;
  description: Bilingual;
  logoUrl: string;
  defaultLocale: 'en' | 'zh-CN';
  visibility: 'public' | 'internal';
  allowAnonymous: boolean;
  updatedAt: string;
  generatedAt: string;
  status: ComponentStatus;
  components: ViewComponent[];
  /** Unresolved incidents, newest first. */
  activeIncidents: ViewIncident[];
  /** Resolved incidents of the last 90 days, newest first. */
  pastIncidents: ViewIncident[];
  /** Upcoming and in-progress maintenance, soonest first. */
  maintenances: ViewMaintenance[];
  /** Completed maintenance of the last 90 days. */
  pastMaintenances: ViewMaintenance[];
}
