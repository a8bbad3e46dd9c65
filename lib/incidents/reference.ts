// Incidents are known to people by number ("INC-42", in URLs, titles and messages) and to
// machines by uuid. Every API path accepts any of: 42, INC-42 (any case), or the uuid. Pure.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^(?:inc-)?(\d{1,9})$/i;

export type IncidentRef = { number: number } | { id: string };

export function formatReference(number: number): string {
  return `INC-${number}`;
}

/** The parsed reference, or null when it cannot name an incident (the caller answers 404). */
export function parseIncidentRef(ref: string): IncidentRef | null {
  const s = ref.trim();
  if (UUID.test(s)) return { id: s.toLowerCase() };
  const m = NUMBER.exec(s);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  // Incident.number is a PostgreSQL integer (SERIAL).
  return n >= 1 && n <= 2_147_483_647 ? { number: n } : null;
}
