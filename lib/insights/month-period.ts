// A calendar month as the report's period: ?month=YYYY-MM (else the month of `today`), as
// plain dates (local midnights in the reader's time zone), with its neighbours for links.
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function shift(year: number, month: number, by: number): string {
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export function monthPeriod(requested: string, today: string): { month: string; from: string; to: string; previous: string; next: string } {
  const month = MONTH.test(requested) ? requested : today.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { month, from: `${month}-01`, to: `${shift(y, m, 1)}-01`, previous: shift(y, m, -1), next: shift(y, m, 1) };
}
