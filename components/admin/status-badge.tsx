import type { ReactNode } from 'react';

const tones = {
  green: 'bg-green-50 text-green-800 ring-green-200',
  grey: 'bg-slate-100 text-slate-700 ring-slate-300',
  red: 'bg-red-50 text-red-800 ring-red-200',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300',
} as const;

export function StatusBadge({ tone, children, testId }: { tone: keyof typeof tones; children: ReactNode; testId?: string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[tone]}`} data-testid={testId}>
      {children}
    </span>
  );
}
