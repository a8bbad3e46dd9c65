import 'server-only';
// Severity descriptions in the reader's language, for the forms where a severity is chosen.
// Read on the server (they include the administrators' edits); a failure falls back to the
// built-in texts rather than hiding the declare button.
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getSeverityDescriptions } from '@/lib/incidents/get-severity-descriptions';
import { severities, type Severity } from '@/lib/incidents/schemas';
import { defaultSeverityDescriptions, severityDescriptionFor } from '@/lib/incidents/severity-descriptions';

export async function localSeverityDescriptions(actor: Actor, locale: string): Promise<Record<Severity, string>> {
  const all = await getSeverityDescriptions(getDb(), { actor }).catch(() => defaultSeverityDescriptions);
  return Object.fromEntries(severities.map((s) => [s, severityDescriptionFor(all, s, locale)])) as Record<Severity, string>;
}
