'use client';
// Subscribing yourself, or a team (responders), to a service: events, and one channel with its
// target fields. Validated with the server's schema before sending; errors next to the fields.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createSubscriptionAction } from '@/lib/actions/subscriptions';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { channelTypes, type ChannelType } from '@/lib/subscriptions/channels';
import { notificationEvents, type NotificationEvent } from '@/lib/subscriptions/events';
import { createSubscriptionInput } from '@/lib/subscriptions/schemas';

interface Option { slug: string; name: string }

const defaultEvents: NotificationEvent[] = ['change_announced', 'change_starting', 'change_completed', 'incident_declared'];
const urlChannels = ['webhook', 'slack', 'wecom', 'dingtalk', 'feishu'] as const;
const fields = ['service', 'team', 'events', 'channel.address', 'channel.url', 'channel.secret'] as const;

export function SubscribeForm({ services, teams, me, initialService }: { services: Option[]; teams: Option[]; me: string; initialService?: string }) {
  const t = useTranslations('subscriptions');
  const router = useRouter();
  const [channel, setChannel] = useState<ChannelType>('inbox');
  const [done, setDone] = useState(false);
  const { submit, busy, errors, banner } = useFormSubmit({
    schema: createSubscriptionInput,
    shows: fields,
    send: createSubscriptionAction,
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const str = (k: string) => String(fd.get(k) ?? '').trim();
    const target: Record<string, string> = {};
    if (channel === 'email') target.address = str('address');
    if ((urlChannels as readonly string[]).includes(channel)) {
      target.url = str('url');
      // DingTalk and Feishu need their signing secret (an empty one is reported next to the field).
      if (str('secret') || channel === 'dingtalk' || channel === 'feishu') target.secret = str('secret');
    }
    const data = {
      service: str('service'),
      ...(str('subscriber') ? { team: str('subscriber') } : {}),
      includeDependencies: fd.get('includeDependencies') === 'on',
      events: fd.getAll('events').map(String),
      channel: { type: channel, ...target },
    };
    setDone(false);
    if (!(await submit(data))) return;
    setDone(true);
    form.reset();
    setChannel('inbox');
    router.refresh();
  }

  const needsSecret = channel === 'dingtalk' || channel === 'feishu';
  return (
    <Card title={t('form.title')} className="mb-6">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" data-testid="subscribe-form">
        {banner ? <div className="md:col-span-2"><ErrorBanner>{banner}</ErrorBanner></div> : null}
        <Field label={t('form.subscriber')} htmlFor="sub-subscriber" error={errors.team} hint={teams.length ? t('form.teamHint') : undefined}>
          <Select id="sub-subscriber" name="subscriber" defaultValue="" data-testid="subscribe-subscriber">
            <option value="">{t('form.me', { name: me })}</option>
            {teams.map((tm) => <option key={tm.slug} value={tm.slug}>{t('form.team', { name: tm.name })}</option>)}
          </Select>
        </Field>
        <Field label={t('form.service')} htmlFor="sub-service" error={errors.service}>
          <Select id="sub-service" name="service" defaultValue={initialService ?? ''} aria-invalid={!!errors.service} data-testid="subscribe-service">
            <option value="">{t('form.chooseService')}</option>
            {services.map((s) => <option key={s.slug} value={s.slug}>{s.name} ({s.slug})</option>)}
          </Select>
        </Field>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="includeDependencies" data-testid="subscribe-include-dependencies" />
          {t('form.includeDependencies')}
        </label>
        <fieldset className="md:col-span-2" aria-describedby={errors.events ? 'sub-events-error' : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t('form.events')}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {notificationEvents.map((ev) => (
              <label key={ev} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="events" value={ev} defaultChecked={defaultEvents.includes(ev)} data-testid={`subscribe-event-${ev}`} />
                {t(`events.${ev}`)}
              </label>
            ))}
          </div>
          {errors.events ? <p id="sub-events-error" role="alert" className="mt-1 text-sm text-red-600">{errors.events}</p> : null}
        </fieldset>
        <Field label={t('form.channel')} htmlFor="sub-channel">
          <Select id="sub-channel" name="channel" value={channel} onChange={(e) => setChannel(e.target.value as ChannelType)} data-testid="subscribe-channel">
            {channelTypes.map((c) => <option key={c} value={c}>{t(`channelType.${c}`)}</option>)}
          </Select>
        </Field>
        {channel === 'email' ? (
          <Field label={t('form.address')} htmlFor="sub-address" error={errors['channel.address']}>
            <Input id="sub-address" name="address" type="email" autoComplete="email" aria-invalid={!!errors['channel.address']} data-testid="subscribe-address" />
          </Field>
        ) : null}
        {(urlChannels as readonly string[]).includes(channel) ? (
          <>
            <Field label={t('form.url')} htmlFor="sub-url" error={errors['channel.url']} hint={t(`form.urlHint.${channel as (typeof urlChannels)[number]}`)}>
              <Input id="sub-url" name="url" type="url" autoComplete="off" aria-invalid={!!errors['channel.url']} data-testid="subscribe-url" />
            </Field>
            {channel !== 'slack' && channel !== 'wecom' ? (
              <Field label={needsSecret ? t('form.secret') : t('form.secretOptional')} htmlFor="sub-secret" error={errors['channel.secret']}>
                <Input id="sub-secret" name="secret" type="password" autoComplete="off" aria-invalid={!!errors['channel.secret']} data-testid="subscribe-secret" />
              </Field>
            ) : null}
          </>
        ) : null}
        <div className="flex items-center gap-3 md:col-span-2">
          <Button type="submit" disabled={busy} data-testid="subscribe-submit">{t('form.submit')}</Button>
          {done ? <span role="status" className="text-sm text-green-700">{t('form.created')}</span> : null}
        </div>
      </form>
    </Card>
  );
}
