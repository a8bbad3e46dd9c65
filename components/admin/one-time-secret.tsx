'use client';
// A secret the server will never show again (a new API token, a generated password): shown
// once, selectable, with a copy button and a plain warning.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';

export function OneTimeSecret({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const t = useTranslations('admin.secret');
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard API refused (plain http, old browser): select the text for a manual copy.
      const el = document.getElementById('one-time-secret') as HTMLInputElement | null;
      el?.select();
    }
  }

  return (
    <div role="status" className="space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-300" data-testid="one-time-secret-box">
      <label htmlFor="one-time-secret" className="block text-sm font-medium text-slate-800">{label}</label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input id="one-time-secret" readOnly value={value} className="font-mono" onFocus={(e) => e.currentTarget.select()} data-testid="one-time-secret" />
        <Button variant="secondary" onClick={() => void copy()} data-testid="copy-secret">
          {copied ? t('copied') : t('copy')}
        </Button>
      </div>
      <p className="text-sm font-medium text-amber-900">{t('notAgain')}</p>
      <Button variant="ghost" onClick={onDone} data-testid="secret-done">{t('done')}</Button>
    </div>
  );
}
