'use client';
// Who holds which role on the incident. Writers assign (commander, communications lead and
// scribe have one holder each: assigning replaces) and remove; everyone sees the list.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { incidentRoleKinds, type IncidentOutput, type IncidentRoleKind } from '@/lib/incidents/schemas';
import { apiFetch, incidentPath } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export interface Person {
  id: string;
  name: string;
  email: string;
}

export function IncidentRoles({ incident, canWrite, people, onChanged }: { incident: IncidentOutput; canWrite: boolean; people: Person[]; onChanged: (i: IncidentOutput) => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents');
  const [role, setRole] = useState<IncidentRoleKind>('commander');
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function send(method: 'PUT' | 'DELETE', body: { role: IncidentRoleKind; userId: string }) {
    setError(null);
    try {
      onChanged(await apiFetch<IncidentOutput>(`${incidentPath(incident.id)}/roles`, { method, body }));
      return true;
    } catch (e) {
      setError(presenter.message(e));
      return false;
    }
  }

  return (
    <Card title={t('field.roles')}>
      <ul className="space-y-1 text-sm" data-testid="incident-roles">
        {incidentRoleKinds.map((k) => {
          const holders = incident.roles.filter((r) => r.role === k);
          return (
            <li key={k} className="flex flex-wrap items-baseline gap-x-2">
              <span className="w-40 shrink-0 text-slate-600">{t(`role.${k}`)}</span>
              {holders.length === 0 ? <span className="text-slate-400">—</span> : null}
              {holders.map((h) => (
                <span key={h.userId} className="inline-flex items-center gap-1" data-testid={`role-${k}`}>
                  <a href={`mailto:${h.email}`} className="hover:underline">{h.name}</a>
                  {canWrite ? (
                    <button type="button" onClick={() => void send('DELETE', { role: k, userId: h.userId })} className="rounded px-1 text-xs text-slate-500 hover:bg-slate-100" aria-label={t('page.removeRole', { name: h.name, role: t(`role.${k}`) })}>
                      ✕
                    </button>
                  ) : null}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      {canWrite ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (userId) void send('PUT', { role, userId }).then((ok) => ok && setUserId(''));
          }}
          className="mt-3 flex flex-wrap gap-2"
        >
          <Select aria-label={t('page.role')} value={role} onChange={(e) => setRole(e.target.value as IncidentRoleKind)} className="w-auto" data-testid="assign-role-kind">
            {incidentRoleKinds.map((k) => <option key={k} value={k}>{t(`role.${k}`)}</option>)}
          </Select>
          <Select aria-label={t('page.person')} value={userId} onChange={(e) => setUserId(e.target.value)} className="w-auto flex-1" data-testid="assign-role-person">
            <option value="">{t('page.choosePerson')}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.email})</option>)}
          </Select>
          <Button type="submit" disabled={!userId} data-testid="assign-role-submit">{t('page.assign')}</Button>
        </form>
      ) : null}
      {error ? <p role="alert" className="mt-2 text-sm text-red-600">{error}</p> : null}
    </Card>
  );
}
