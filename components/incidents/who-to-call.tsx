// "Who to call": each affected service's owner team and its contacts in escalation order,
// with links that dial, write or open the chat channel in one tap. Below them, the owners of
// the dependencies that changed in the window or have an open incident (lib/incidents/list-who-to-call.ts).
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import type { DependencyContactOutput } from '@/lib/incidents/who-to-call-schemas';
import { chatHref, mailtoHref, telHref } from '@/lib/services/contact-links';

export function WhoToCall({ services, dependencies = [] }: { services: IncidentOutput['services']; dependencies?: DependencyContactOutput[] }) {
  const t = useTranslations('incidents.page');
  const ts = useTranslations('story.whoToCall');
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
            <Contacts contacts={s.contacts} />
          </li>
        ))}
      </ul>
      {dependencies.length ? (
        <div className="mt-4 border-t border-slate-200 pt-3" data-testid="who-to-call-dependencies">
          <p className="mb-2 text-sm font-semibold text-slate-700">{ts('dependencies')}</p>
          <ul className="space-y-3">
            {dependencies.map((d) => (
              <li key={d.slug} data-testid="who-to-call-dependency" data-service={d.slug}>
                <p className="text-sm font-semibold">
                  <Link href={`/services/${d.slug}`} className="hover:underline">{d.name}</Link>
                  {d.ownerTeam ? (
                    <span className="ml-1 font-normal text-slate-600">· <Link href={`/teams/${d.ownerTeam.slug}`} className="hover:underline">{d.ownerTeam.name}</Link></span>
                  ) : <span className="ml-1 font-normal text-slate-500">· {t('noOwner')}</span>}
                </p>
                <ul className="text-xs text-slate-600">
                  {d.changes.map((c) => <li key={c.id}>{ts('changed')} <Link href={`/changes/${c.id}`} className="text-brand-700 underline">{c.title}</Link></li>)}
                  {d.incidents.map((i) => <li key={i.reference}>{ts('openIncident')} <Link href={`/incidents/${i.reference}`} className="text-brand-700 underline">{i.reference} {i.title}</Link></li>)}
                </ul>
                <Contacts contacts={d.contacts} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

function Contacts({ contacts }: { contacts: IncidentOutput['services'][number]['contacts'] }) {
  const t = useTranslations('incidents.page');
  return (
    <>
            {contacts.length === 0 ? <p className="text-xs text-slate-500">{t('noContacts')}</p> : (
              <ol className="mt-1 space-y-1 text-sm">
                {contacts.map((c, i) => {
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
    </>
  );
}
