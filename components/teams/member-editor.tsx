'use client';
// A team's members. Everyone sees who is in the team and who leads it; responders and admins
// also get a role picker and a remove button per person, and a form to add someone.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { removeTeamMemberAction, setTeamMemberAction } from '@/lib/actions/teams';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import type { ActionResult } from '@/lib/api/action';
import { teamRoles, type TeamMemberOutput, type TeamRole } from '@/lib/teams/schemas';

export function MemberEditor({ slug, members, candidates, canEdit, currentUserId }: {
  slug: string;
  members: TeamMemberOutput[];
  candidates: { id: string; name: string; email: string }[];
  canEdit: boolean;
  currentUserId: string | null;
}) {
  const t = useTranslations('catalogue.teams');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newUser, setNewUser] = useState('');
  const [newRole, setNewRole] = useState<TeamRole>('member');

  async function run(call: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setError(presenter.message(res.error));
      return false;
    }
    router.refresh();
    return true;
  }

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!newUser) return;
    if (await run(() => setTeamMemberAction({ slug, userId: newUser, role: newRole }))) setNewUser('');
  }

  return (
    <div className="space-y-4">
      {error ? <ErrorBanner>{error}</ErrorBanner> : null}
      {members.length === 0 ? <p className="text-sm text-slate-500">{t('detail.noMembers')}</p> : (
        <ul className="divide-y divide-slate-100" data-testid="team-members">
          {members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`member-${m.userId}`}>
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  {m.name}
                  {m.userId === currentUserId ? <span className="font-normal text-slate-500"> ({t('detail.you')})</span> : null}
                </p>
                <a href={`mailto:${m.email}`} className="break-all text-xs text-slate-500 hover:underline">{m.email}</a>
              </div>
              {canEdit ? (
                <div className="flex items-center gap-2">
                  <Select aria-label={t('members.roleOf', { name: m.name })} value={m.role} disabled={busy} className="w-auto"
                    onChange={(e) => void run(() => setTeamMemberAction({ slug, userId: m.userId, role: e.target.value as TeamRole }))}
                    data-testid={`member-${m.userId}-role`}>
                    {teamRoles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                  </Select>
                  <Button variant="ghost" disabled={busy} aria-label={t('members.removeLabel', { name: m.name })}
                    onClick={() => void run(() => removeTeamMemberAction({ slug, userId: m.userId }))} data-testid={`member-${m.userId}-remove`}>
                    {t('members.remove')}
                  </Button>
                </div>
              ) : (
                <span className={`rounded px-1.5 py-0.5 text-xs ${m.role === 'lead' ? 'bg-brand-50 text-brand-700' : 'text-slate-500'}`}>{t(`roles.${m.role}`)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        candidates.length === 0 ? <p className="text-sm text-slate-500">{t('members.noCandidates')}</p> : (
          <form onSubmit={add} className="flex flex-wrap items-end gap-2" data-testid="member-add-form">
            <label className="min-w-48 flex-1 text-sm">
              <span className="mb-1 block font-medium text-slate-700">{t('members.person')}</span>
              <Select value={newUser} onChange={(e) => setNewUser(e.target.value)} data-testid="member-add-user">
                <option value="">{t('members.choose')}</option>
                {candidates.map((c) => <option key={c.id} value={c.id}>{c.name} · {c.email}</option>)}
              </Select>
            </label>
            <label className="text-sm">
              <span className="mb-1 block font-medium text-slate-700">{t('members.role')}</span>
              <Select value={newRole} onChange={(e) => setNewRole(e.target.value as TeamRole)} data-testid="member-add-role">
                {teamRoles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
              </Select>
            </label>
            <Button type="submit" disabled={busy || !newUser} data-testid="member-add-submit">{t('members.add')}</Button>
          </form>
        )
      ) : null}
    </div>
  );
}
