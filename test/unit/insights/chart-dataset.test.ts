// CSV of a chart's cells: what a spreadsheet opens is exactly what the table view shows.
import { describe, expect, it } from 'vitest';
import { cellText, csvDataUrl, toCsv } from '@/lib/insights/chart-dataset';
import { monthPeriod } from '@/lib/insights/month-period';

describe('chart CSV', () => {
  it('quotes commas, quotes and formula-like cells, leaves nulls empty, ends lines with CRLF', () => {
    const csv = toCsv({ columns: ['服务', 'Incidents'], rows: [['支付, 订单', 3], ['He said "hi"', null], ['=cmd', -1]] });
    expect(csv).toBe('服务,Incidents\r\n"支付, 订单",3\r\n"He said ""hi""",\r\n"=cmd",-1\r\n');
    expect(cellText(null)).toBe('');
  });

  it('makes a UTF-8 data URL with a byte-order mark that decodes back to the CSV', () => {
    const url = csvDataUrl({ columns: ['a'], rows: [['故障']] });
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('\uFEFFa\r\n故障\r\n');
  });
});

describe('monthPeriod', () => {
  it('gives the month as plain dates with its neighbours, across a year end', () => {
    expect(monthPeriod('2026-12', '2027-03-05')).toEqual({ month: '2026-12', from: '2026-12-01', to: '2027-01-01', previous: '2026-11', next: '2027-01' });
    expect(monthPeriod('garbage', '2027-03-05').month).toBe('2027-03');
  });
});
