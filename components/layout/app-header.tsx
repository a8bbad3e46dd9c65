import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { localSeverityDescriptions } from '@/components/incidents/local-severity-descriptions';
import type { Actor } from '@/lib/auth/actor';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { countUnreadForUser } from '@/lib/inbox/count-unread';
import { InboxBadge } from '@/components/inbox/inbox-badge';
import { HeaderSearch } from '@/components/search/header-search';
import { ActiveIncidentsBanner } from './active-incidents-banner';
import { DeclareIncidentShortcut } from './declare-incident-shortcut';
import { HeaderMenu } from './header-menu';
import { LocaleSwitcher } from './locale-switcher';
import { SignOutButton } from './sign-out-button';

/** Navigation entries: where each lives and who sees it. Domains add theirs here. */
const nav: { href: string; key: string; role: 'viewer' | 'responder' | 'admin' }[] = [
  { href: '/', key: 'home', role: 'viewer' },
  { href: '/incidents', key: 'incidents', role: 'viewer' },
  { href: '/alerts', key: 'alerts', role: 'viewer' },
  { href: '/changes', key: 'changes', role: 'viewer' },
  { href: '/subscriptions', key: 'subscriptions', role: 'viewer' },
  { href: '/known-issues', key: 'knownIssues', role: 'viewer' },
  { href: '/services', key: 'services', role: 'viewer' },
  { href: '/teams', key: 'teams', role: 'viewer' },
  { href: '/postmortems', key: 'postmortems', role: 'viewer' },
  { href: '/action-items', key: 'actionItems', role: 'viewer' },
  { href: '/admin/users', key: 'admin', role: 'admin' },
  { href: '/api-docs', key: 'apiDocs', role: 'viewer' },
];

export async function AppHeader({ actor, timeZoneKnown }: { actor: Actor | null; timeZoneKnown: boolean }) {
  const t = await getTranslations('common');
  const canDeclare = !!actor && hasRole(actor, 'responder');
  const descriptions = canDeclare ? await localSeverityDescriptions(actor, await getLocale()) : null;
  // People have an inbox; API tokens and the anonymous do not.
  const unread = actor?.userId ? await countUnreadForUser(getDb(), actor.userId) : null;
  return (
    <>
      <header className="bg-slate-900 text-slate-100">
        {/* Phones: logo, Declare, inbox and Menu in one row; the rest folds into the menu (HeaderMenu). */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 lg:gap-x-4">
          <Link href="/" className="order-0 flex items-center gap-2 font-semibold text-white">
            <span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-brand-500" />
            {t('appName')}
          </Link>
          <div className="order-1 ml-auto flex items-center gap-2 lg:order-4 lg:ml-0">
            {descriptions ? <DeclareIncidentShortcut descriptions={descriptions} /> : null}
            {unread !== null ? <InboxBadge initialUnread={unread} /> : null}
          </div>
          <HeaderMenu label={t('nav.menu')} closeLabel={t('nav.closeMenu')}>
            {actor ? (
              <nav aria-label={t('nav.mainMenu')} className="flex flex-col gap-1 text-sm lg:order-1 lg:flex-row lg:flex-wrap lg:items-center">
                {nav
                  .filter((n) => hasRole(actor, n.role))
                  .map((n) => (
                    <Link key={n.href} href={n.href} className="rounded-md px-2 py-2 text-slate-300 hover:bg-slate-800 hover:text-white lg:py-1">
                      {t(`nav.${n.key}`)}
                    </Link>
                  ))}
              </nav>
            ) : null}
            <div className="flex flex-col gap-3 lg:order-3 lg:ml-auto lg:flex-row lg:items-center">
              {actor ? <HeaderSearch /> : null}
              <LocaleSwitcher timeZoneKnown={timeZoneKnown} />
              {actor ? (
                <div className="flex flex-wrap items-center gap-3">
                  <span className="text-sm text-slate-400" data-testid="current-user">
                    {actor.label} · {t(`roles.${actor.role}`)}
                  </span>
                  <Link href="/account" className="rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700" data-testid="account-link">
                    {t('nav.account')}
                  </Link>
                  <SignOutButton />
                </div>
              ) : null}
            </div>
          </HeaderMenu>
        </div>
      </header>
      {actor ? <ActiveIncidentsBanner actor={actor} /> : null}
    </>
  );
}
