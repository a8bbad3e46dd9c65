// The durations shown on an incident, derived from its key times (never stored, so editing a
// time can never leave a stale number behind). Pure.
//
// - time to detect:      detected − started
// - time to acknowledge: acknowledged − origin
// - time to mitigate:    mitigated − origin
// - time to resolve:     resolved − origin
// where origin = started (impact began), or declared when started is not known. Each is null
// while either end is missing. Whole seconds.
type When = Date | string | null | undefined;

export interface KeyTimes {
  startedAt?: When;
  detectedAt?: When;
  declaredAt: When;
  acknowledgedAt?: When;
  mitigatedAt?: When;
  resolvedAt?: When;
}

export interface Durations {
  timeToDetectSeconds: number | null;
  timeToAcknowledgeSeconds: number | null;
  timeToMitigateSeconds: number | null;
  timeToResolveSeconds: number | null;
}

function ms(t: When): number | null {
  if (t === null || t === undefined) return null;
  const v = typeof t === 'string' ? Date.parse(t) : t.getTime();
  return Number.isNaN(v) ? null : v;
}

function between(from: When, to: When): number | null {
  const a = ms(from);
  const b = ms(to);
  return a === null || b === null ? null : Math.round((b - a) / 1000);
}

export function incidentDurations(t: KeyTimes): Durations {
  const origin = ms(t.startedAt) !== null ? t.startedAt : t.declaredAt;
  return {
    timeToDetectSeconds: between(t.startedAt, t.detectedAt),
    timeToAcknowledgeSeconds: between(origin, t.acknowledgedAt),
    timeToMitigateSeconds: between(origin, t.mitigatedAt),
    timeToResolveSeconds: between(origin, t.resolvedAt),
  };
}
