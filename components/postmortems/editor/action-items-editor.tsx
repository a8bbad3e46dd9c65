'use client';
// Action items edited inline in the postmortem: kind, title, owner, due date, priority, status
// and the external tracker link. Each change is sent at once with the item's version; a
// refusal (stale version, bad link) is shown and the row goes back to what the server holds.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { actionItemKinds, actionItemPriorities, actionItemStatuses, type ActionItemOutput } from '@/lib/action-items/schemas';
import { actionItemPath, actionItemsPath } from './api';
import type { PersonOption } from './review-panel';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Table } from '@/components/ui/table';

type Changes = Partial<Pick<ActionItemOutput, 'kind' | 'title' | 'dueDate' | 'priority' | 'status' | 'externalUrl'>> & { ownerUserId?: string | null };


export function ActionItemsEditor({ incidentId, items, people, editable, canDelete = true, onItems }: { incidentId: string; items: ActionItemOutput[]; people: PersonOption[]; editable: boolean; canDelete?: boolean; onItems: (items: ActionItemOutput[]) => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState({ kind: 'prevent' as ActionItemOutput['kind'], title: '', ownerUserId: '', dueDate: '', priority: 'P3' as ActionItemOutput['priority'] });

  async function patch(item: ActionItemOutput, changes: Changes) {
    setMessage(null);
    try {
      const out = await apiFetch<ActionItemOutput>(actionItemPath(item.id), { method: 'PATCH', body: { version: item.version, ...changes } });
      onItems(items.map((i) => (i.id === out.id ? out : i)));
    } catch (e) {
      setMessage(presenter.message(e));
      if (e instanceof ApiError && e.status === 409 && e.details.current) onItems(items.map((i) => (i.id === item.id ? (e.details.current as ActionItemOutput) : i)));
    }
  }

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const out = await apiFetch<ActionItemOutput>(actionItemsPath, {
        method: 'POST',
        body: { incident: incidentId, kind: draft.kind, title: draft.title, ownerUserId: draft.ownerUserId || null, dueDate: draft.dueDate || null, priority: draft.priority },
      });
      onItems([...items, out]);
      setDraft({ ...draft, title: '', dueDate: '' });
    } catch (err) {
      setMessage(presenter.message(err));
    } finally {
      setBusy(false);
    }
  }

  async function remove(item: ActionItemOutput) {
    if (!window.confirm(t('editor.actionItems.confirmDelete'))) return;
    setMessage(null);
    try {
      await apiFetch<null>(actionItemPath(item.id), { method: 'DELETE' });
      onItems(items.filter((i) => i.id !== item.id));
    } catch (e) {
      setMessage(presenter.message(e));
    }
  }

  const cell = 'py-1 pr-2 align-top';
  return (
    <Card title={t('page.actionItems')}>
      <Table wide data-testid="editor-action-items">
          <thead className="text-slate-600">
            <tr>
              {(['kind', 'title', 'owner', 'due', 'priority', 'status'] as const).map((c) => <th key={c} scope="col" className="py-1 pr-2 font-medium">{t(`page.columns.${c}`)}</th>)}
              <th scope="col" className="py-1 pr-2 font-medium">{t('editor.actionItems.link')}</th>
              <th scope="col"><span className="sr-only">{t('editor.delete')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={`${a.id}-${a.version}`} className="border-t border-slate-100" data-testid="editor-action-item">
                <td data-label={t('page.columns.kind')} className={cell}>
                  <Select className="min-w-0" aria-label={t('page.columns.kind')} defaultValue={a.kind} disabled={!editable} onChange={(e) => void patch(a, { kind: e.target.value as ActionItemOutput['kind'] })}>
                    {actionItemKinds.map((k) => <option key={k} value={k}>{t(`actionItems.kinds.${k}`)}</option>)}
                  </Select>
                </td>
                <td data-label={t('page.columns.title')} className={cell}>
                  <Input aria-label={t('page.columns.title')} defaultValue={a.title} readOnly={!editable} onBlur={(e) => e.target.value.trim() !== a.title && void patch(a, { title: e.target.value })} className="min-w-0" />
                </td>
                <td data-label={t('page.columns.owner')} className={cell}>
                  <Select className="min-w-0" aria-label={t('page.columns.owner')} defaultValue={a.owner?.userId ?? ''} disabled={!editable} onChange={(e) => void patch(a, { ownerUserId: e.target.value || null })}>
                    <option value="">—</option>
                    {a.owner && !people.some((p) => p.id === a.owner?.userId) ? <option value={a.owner.userId}>{a.owner.name}</option> : null}
                    {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </Select>
                </td>
                <td data-label={t('page.columns.due')} className={`${cell} ${a.overdue ? 'text-red-700' : ''}`}>
                  <Input type="date" aria-label={t('page.columns.due')} defaultValue={a.dueDate ?? ''} readOnly={!editable} onBlur={(e) => (e.target.value || null) !== a.dueDate && void patch(a, { dueDate: e.target.value || null })} />
                  {a.overdue ? <span className="text-xs">{t('actionItems.overdue')}</span> : null}
                </td>
                <td data-label={t('page.columns.priority')} className={cell}>
                  <Select className="min-w-0" aria-label={t('page.columns.priority')} defaultValue={a.priority} disabled={!editable} onChange={(e) => void patch(a, { priority: e.target.value as ActionItemOutput['priority'] })}>
                    {actionItemPriorities.map((p) => <option key={p} value={p}>{t(`actionItems.priorities.${p}`)}</option>)}
                  </Select>
                </td>
                <td data-label={t('page.columns.status')} className={cell}>
                  <Select className="min-w-0" aria-label={t('page.columns.status')} defaultValue={a.status} disabled={!editable} onChange={(e) => void patch(a, { status: e.target.value as ActionItemOutput['status'] })} data-testid="action-item-status">
                    {actionItemStatuses.map((s) => <option key={s} value={s}>{t(`actionItems.statuses.${s}`)}</option>)}
                  </Select>
                </td>
                <td data-label={t('editor.actionItems.link')} className={cell}>
                  <Input type="url" aria-label={t('editor.actionItems.link')} placeholder="https://" defaultValue={a.externalUrl ?? ''} readOnly={!editable} onBlur={(e) => (e.target.value.trim() || null) !== a.externalUrl && void patch(a, { externalUrl: e.target.value.trim() || null })} />
                </td>
                <td className={cell}>
                  {editable && canDelete ? <Button variant="ghost" onClick={() => void remove(a)} aria-label={t('editor.actionItems.deleteNamed', { title: a.title })}>×</Button> : null}
                </td>
              </tr>
            ))}
          </tbody>
      </Table>
      {items.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t('page.noActionItems')}</p> : null}
      {editable ? (
        <form onSubmit={add} className="mt-3 grid items-end gap-2 border-t border-slate-200 pt-3 sm:grid-cols-2 xl:grid-cols-[9rem_minmax(12rem,1fr)_11rem_10rem_8rem_auto]" data-testid="action-item-add-form">
          <Select aria-label={t('page.columns.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ActionItemOutput['kind'] })} data-testid="action-item-new-kind">
            {actionItemKinds.map((k) => <option key={k} value={k}>{t(`actionItems.kinds.${k}`)}</option>)}
          </Select>
          <Input aria-label={t('page.columns.title')} placeholder={t('editor.actionItems.titlePlaceholder')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} data-testid="action-item-new-title" />
          <Select aria-label={t('page.columns.owner')} value={draft.ownerUserId} onChange={(e) => setDraft({ ...draft, ownerUserId: e.target.value })} data-testid="action-item-new-owner">
            <option value="">{t('editor.actionItems.noOwner')}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </Select>
          <Input type="date" aria-label={t('page.columns.due')} value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} data-testid="action-item-new-due" />
          <Select aria-label={t('page.columns.priority')} value={draft.priority} onChange={(e) => setDraft({ ...draft, priority: e.target.value as ActionItemOutput['priority'] })}>
            {actionItemPriorities.map((p) => <option key={p} value={p}>{t(`actionItems.priorities.${p}`)}</option>)}
          </Select>
          <Button type="submit" disabled={busy || !draft.title.trim()} data-testid="action-item-add">{t('editor.actionItems.add')}</Button>
        </form>
      ) : null}
      {message ? <p role="alert" className="mt-2 text-sm text-red-700" data-testid="action-items-message">{message}</p> : null}
    </Card>
  );
}
