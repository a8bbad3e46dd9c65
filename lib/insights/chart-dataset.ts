// One chart's data, the single source of its picture, its table view and its CSV download, so
// the three can never disagree. Pure: cells are already what a person reads (labels in their
// language, numbers rounded), and the CSV holds exactly the table's cells.
export type Cell = string | number | null;

export interface ChartDataset {
  id: string;
  title: string;
  /** The first column names the categories (x axis); the others are series. */
  columns: string[];
  rows: Cell[][];
  chart: 'bar' | 'stacked' | 'line';
  /** Series colours by column index (1…), optional. */
  colors?: string[];
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = v;
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends); cells starting like a formula are quoted, as spreadsheets expect. */
export function toCsv(dataset: Pick<ChartDataset, 'columns' | 'rows'>): string {
  return [dataset.columns, ...dataset.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A data: URL for the download link; the byte-order mark lets Excel read Chinese as UTF-8. */
export function csvDataUrl(dataset: Pick<ChartDataset, 'columns' | 'rows'>): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(dataset)}`)}`;
}

/** Display text of a cell in the table view: the same text the CSV holds (null is empty). */
export function cellText(v: Cell): string {
  return v === null ? '' : String(v);
}
