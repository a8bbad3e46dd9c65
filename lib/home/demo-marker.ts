// Where the demo data set records what it created (lib/home/demo-data.ts), so that it is
// clearly marked on the home page and `demo:unload` removes exactly those rows.
export const DEMO_SETTING_KEY = 'demo.dataset';

export interface DemoMarker {
  loadedAt: string;
  users: string[];
  teams: string[];
  services: string[];
  incidents: string[];
  changes: string[];
  knownIssues: string[];
}
