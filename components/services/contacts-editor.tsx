'use client';
// "Who to call" as an ordered list: add, remove and reorder contacts with buttons (no
// dragging), so it works with a keyboard and on a phone.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { MAX_CONTACTS } from '@/lib/services/schemas';

export interface ContactDraft {
  key: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  chat: string;
}

type ContactField = 'name' | 'role' | 'email' | 'phone' | 'chat';
const inputs: { field: ContactField; type: string; autoComplete: string }[] = [
  { field: 'name', type: 'text', autoComplete: 'off' },
  { field: 'role', type: 'text', autoComplete: 'off' },
  { field: 'phone', type: 'tel', autoComplete: 'off' },
  { field: 'email', type: 'email', autoComplete: 'off' },
  { field: 'chat', type: 'text', autoComplete: 'off' },
];
const labelKeys: Record<ContactField, string> = {
  name: 'contactName', role: 'contactRole', email: 'contactEmail', phone: 'contactPhone', chat: 'contactChat',
};

export function ContactsEditor({ contacts, onChange, errors }: { contacts: ContactDraft[]; onChange: (next: ContactDraft[]) => void; errors: FieldErrors }) {
  const t = useTranslations('catalogue.services.form');

  const update = (i: number, field: ContactField, value: string) =>
    onChange(contacts.map((c, j) => (j === i ? { ...c, [field]: value } : c)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...contacts];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  const add = () => onChange([...contacts, { key: Math.max(0, ...contacts.map((c) => c.key)) + 1, name: '', role: '', email: '', phone: '', chat: '' }]);

  return (
    <fieldset className="space-y-3" data-testid="contacts-editor">
      <legend className="text-sm font-medium text-slate-700">{t('contacts')}</legend>
      <p className="text-xs text-slate-500">{t('contactsHint')}</p>
      {contacts.map((c, i) => (
        <fieldset key={c.key} className="rounded-md p-3 ring-1 ring-slate-200" data-testid={`contact-${i}`}>
          <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('contact', { n: i + 1 })}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {inputs.map(({ field, type, autoComplete }) => {
              const id = `contact-${c.key}-${field}`;
              const error = errors[`contacts.${i}.${field}`];
              return (
                <Field key={field} label={t(labelKeys[field])} htmlFor={id} error={error} hint={field === 'chat' ? t('contactChatHint') : undefined}>
                  <Input id={id} type={type} autoComplete={autoComplete} value={c[field]} onChange={(e) => update(i, field, e.target.value)}
                    aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} data-testid={`contact-${i}-${field}`} />
                </Field>
              );
            })}
          </div>
          <div className="mt-2 flex flex-wrap gap-1">
            <Button variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('moveUp', { n: i + 1 })}>↑</Button>
            <Button variant="ghost" disabled={i === contacts.length - 1} onClick={() => move(i, 1)} aria-label={t('moveDown', { n: i + 1 })}>↓</Button>
            <Button variant="ghost" onClick={() => onChange(contacts.filter((_, j) => j !== i))} data-testid={`contact-${i}-remove`}>
              {t('removeContact', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      {contacts.length < MAX_CONTACTS ? (
        <Button variant="secondary" onClick={add} data-testid="contact-add">+ {t('addContact')}</Button>
      ) : null}
    </fieldset>
  );
}
