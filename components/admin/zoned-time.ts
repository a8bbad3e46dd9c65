// Converting between an instant (ISO string) and the wall-clock value of an
// <input type="datetime-local"> in a given IANA time zone — the reader's, as next-intl knows
// it — so that server and browser render the same value and filters mean what the reader typed.

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallParts(ms: number, timeZone: string): number[] {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const get = (type: string) => Number(f.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "2026-05-01T10:30" for an instant, as the clock reads in timeZone. */
export function toWallTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0] = wallParts(ms, timeZone);
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/** The instant (ISO, UTC) at which the clock in timeZone reads the given wall time; null if malformed. */
export function fromWallTime(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetAt = (ms: number) => {
    const [py = 0, pmo = 1, pd = 1, ph = 0, pmi = 0, ps = 0] = wallParts(ms, timeZone);
    return Date.UTC(py, pmo - 1, pd, ph, pmi, ps) - ms;
  };
  // Two passes settle the offset on either side of a daylight-saving change.
  let ms = asUtc - offsetAt(asUtc);
  ms = asUtc - offsetAt(ms);
  return new Date(ms).toISOString();
}
