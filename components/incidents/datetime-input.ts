// <input type="datetime-local"> speaks the browser's local wall-clock time without a zone;
// the API speaks ISO instants. These convert between the two in the reader's own time zone.

/** "2026-03-01T14:05" in local time for an ISO instant (or now). */
export function toLocalInputValue(iso?: string | null | Date): string {
  const d = iso ? new Date(iso) : new Date();
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO instant for a datetime-local value, or undefined when empty or invalid. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value); // no zone in the string: parsed as local time, as the user meant
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
