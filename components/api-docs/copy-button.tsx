'use client';
// The only client code on /api-docs: copying an example to the clipboard. The Clipboard API
// exists only on https and localhost; self-hosted installs are often plain http on an
// intranet, hence the fallback through a selected textarea.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}

export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useTranslations('apiDocs.copy');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      } else {
        ok = copyWithSelection(text);
      }
    } catch {
      ok = copyWithSelection(text);
    }
    setState(ok ? 'copied' : 'failed');
    if (ok) setTimeout(() => setState('idle'), 2000);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={copy} data-testid={testId}>
        {state === 'copied' ? t('copied') : t('copy')}
      </Button>
      <span aria-live="polite" className="sr-only">{state === 'copied' ? t('copied') : ''}</span>
      {state === 'failed' ? <span role="alert" className="text-xs text-red-600">{t('failed')}</span> : null}
    </span>
  );
}
