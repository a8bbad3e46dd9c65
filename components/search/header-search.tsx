'use client';
// The search box in the header, on every page: `/` focuses it (when not typing elsewhere),
// titles are suggested while typing (GET /api/v1/search/suggest, debounced), arrow keys move
// through them, Enter opens the chosen one or the full results at /search?q=.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { Suggestion, SuggestOutput } from '@/lib/search/schemas';
import { resultHref, typeBadgeClass } from './result-href';
import { apiFetch } from '@/lib/client/api-client';

const DEBOUNCE_MS = 150;

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function HeaderSearch({ initialQuery = '' }: { initialQuery?: string }) {
  const t = useTranslations('search');
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(initialQuery);
  const [fetched, setItems] = useState<Suggestion[]>([]);
  const items = q.trim() ? fetched : [];
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingIn(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      apiFetch<SuggestOutput>(`/api/v1/search/suggest?q=${encodeURIComponent(text)}&limit=8`, { signal: controller.signal })
        .catch((): SuggestOutput => ({ items: [] }))
        .then((body) => {
          if (controller.signal.aborted) return;
          setItems(body.items);
          setActive(-1);
        })
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  function go(href: string) {
    setOpen(false);
    inputRef.current?.blur();
    router.push(href);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(-1, i - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = open ? items[active] : undefined;
      if (chosen) go(resultHref(chosen));
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
    }
  }

  const showList = open && q.trim().length > 0;
  return (
    <div className="relative w-full sm:w-72" role="search">
      <input
        ref={inputRef}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        placeholder={t('box.placeholder')}
        aria-label={t('box.label')}
        aria-keyshortcuts="/"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        className="w-full rounded-md border-0 bg-slate-800 px-3 py-1.5 text-sm text-white placeholder:text-slate-400 focus:bg-white focus:text-slate-900 focus:outline-none focus:ring-2 focus:ring-brand-500"
        data-testid="header-search"
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label={t('box.suggestions')} className="absolute right-0 left-0 z-50 mt-1 max-h-96 overflow-auto rounded-md bg-white py-1 text-sm text-slate-900 shadow-lg ring-1 ring-slate-200 sm:w-[28rem]" data-testid="header-search-suggestions">
          {items.map((s, i) => (
            <li
              key={`${s.type}:${s.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(resultHref(s));
              }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 ${i === active ? 'bg-brand-50' : ''}`}
              data-testid="header-search-suggestion"
            >
              <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs ring-1 ${typeBadgeClass[s.type]}`}>{t(`type.${s.type}`)}</span>
              {s.ref ? <span className="shrink-0 font-mono text-xs text-slate-500">{s.ref}</span> : null}
              <span className="truncate">{s.title}</span>
            </li>
          ))}
          {items.length === 0 ? <li className="px-3 py-1.5 text-slate-500">{t('box.noSuggestions')}</li> : null}
          <li
            role="option"
            aria-selected={false}
            onMouseDown={(e) => {
              e.preventDefault();
              go(`/search?q=${encodeURIComponent(q.trim())}`);
            }}
            className="cursor-pointer border-t border-slate-100 px-3 py-1.5 text-brand-700 hover:bg-slate-50"
          >
            {t('box.searchAll', { q: q.trim() })}
          </li>
        </ul>
      ) : null}
    </div>
  );
}
