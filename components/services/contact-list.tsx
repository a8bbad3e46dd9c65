import { useTranslations } from 'next-intl';
import type { ServiceOutput } from '@/lib/services/schemas';
import { chatHref, mailtoHref, telHref } from '@/lib/services/contact-links';

/** "Who to call", in order, with phone numbers and emails one tap away. */
export function ContactList({ contacts }: { contacts: ServiceOutput['contacts'] }) {
  const t = useTranslations('catalogue.services.detail');
  if (contacts.length === 0) return <p className="text-sm text-slate-500">{t('noContacts')}</p>;
  return (
    <ol className="space-y-3" data-testid="service-contacts">
      {contacts.map((c, i) => {
        const tel = c.phone ? telHref(c.phone) : null;
        const mail = c.email ? mailtoHref(c.email) : null;
        const chat = c.chat ? chatHref(c.chat) : null;
        return (
          <li key={i} className="flex gap-3">
            <span aria-hidden className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
              {i + 1}
            </span>
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                {c.name}
                {c.role ? <span className="font-normal text-slate-500"> · {c.role}</span> : null}
              </p>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {c.phone ? (
                  tel ? (
                    <a href={tel} className="text-brand-700 underline-offset-2 hover:underline" aria-label={`${t('call', { name: c.name })}: ${c.phone}`}>
                      {c.phone}
                    </a>
                  ) : (
                    <span>{c.phone}</span>
                  )
                ) : null}
                {c.email ? (
                  mail ? (
                    <a href={mail} className="break-all text-brand-700 underline-offset-2 hover:underline" aria-label={`${t('email', { name: c.name })}: ${c.email}`}>
                      {c.email}
                    </a>
                  ) : (
                    <span>{c.email}</span>
                  )
                ) : null}
                {c.chat ? (
                  chat ? (
                    <a href={chat} className="break-all text-brand-700 underline-offset-2 hover:underline" rel="noreferrer noopener" target="_blank">
                      {c.chat}
                    </a>
                  ) : (
                    <span className="text-slate-600">{c.chat}</span>
                  )
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
