'use client';
// "Who to call": each affected service's owner team and its contacts in escalation order,
// with links that dial, write or open the chat channel in one tap.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { OnCallNow, useOnCall } from '@/components/on-call/on-call-now';
import { Card } from '@/components/ui/card';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { chatHref, mailtoHref, telHref } from '@/lib/services/contact-links';

export function WhoToCall({ services }: { services: IncidentOutput['services'] }) {
  const t = useTranslations('incidents.page');
  // On call now and next, from the schedules (issue 14), above the static contacts.
  const { data: onCall } = useOnCall(services.map((s) => s.slug));
  return (
    <Card title={t('whoToCall')}>
      {services.length === 0 ? <p className="text-sm text-slate-500">{t('noServices')}</p> : null}
      <ul className="space-y-3" data-testid="who-to-call">
        {services.map((s) => (
          <li key={s.slug}>
            <p className="text-sm font-semibold">
              <Link href={`/services/${s.slug}`} className="hover:underline">{s.name}</Link>
              {s.ownerTeam ? (
                <span className="ml-1 font-normal text-slate-600">
                  · <Link href={`/teams/${s.ownerTeam.slug}`} className="hover:underline">{s.ownerTeam.name}</Link>
                </span>
              ) : <span className="ml-1 font-normal text-slate-500">· {t('noOwner')}</span>}
            </p>
            <OnCallNow slug={s.slug} data={onCall} />
            {s.contacts.length === 0 ? <p className="text-xs text-slate-500">{t('noContacts')}</p> : (
              <ol className="mt-1 space-y-1 text-sm">
                {s.contacts.map((c, i) => {
                  const tel = telHref(c.phone), mail = mailtoHref(c.email), chat = chatHref(c.chat);
                  return (
                    <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                      <span className="text-xs text-slate-500">{i + 1}.</span>
                      <span className="font-medium">{c.name}</span>
                      {c.role ? <span className="text-xs text-slate-500">{c.role}</span> : null}
                      {tel ? <a href={tel} className="text-brand-700 underline" data-testid="contact-tel">{c.phone}</a> : c.phone ? <span>{c.phone}</span> : null}
                      {mail ? <a href={mail} className="text-brand-700 underline" data-testid="contact-mail">{c.email}</a> : null}
                      {chat ? <a href={chat} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">{t('chat')}</a> : c.chat ? <span className="text-slate-600">{c.chat}</span> : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
