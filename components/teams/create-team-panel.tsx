'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TeamForm } from './team-form';

/** The "New team" button, opening the form in place. */
export function CreateTeamPanel({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const t = useTranslations('catalogue.teams');
  const [open, setOpen] = useState(initiallyOpen);
  if (!open) return <Button onClick={() => setOpen(true)} data-testid="team-new">{t('new')}</Button>;
  return (
    <Card title={t('form.createTitle')} className="mb-4 w-full">
      <TeamForm onCancel={() => setOpen(false)} />
    </Card>
  );
}
