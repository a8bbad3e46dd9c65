'use client';
// The one form-submit hook: validate with the server's schema, send (a server action or the
// API client), and keep busy / field errors / banner state, all worded by the error presenter.
// What was typed stays in the form on any failure; success hands the result to `onSuccess`
// (and `submit` resolves to `{ data }`, or null when nothing was done).
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { useErrorPresenter, type PresentOptions } from './error-presenter';
import type { FieldErrors } from './validate';

/** A server action's result (lib/api/action.ts) or anything the API client resolved to. */
type ActionOutcome<T> = { ok: true; data: T } | { ok: false; error: { code: string; issues?: unknown[]; requestId?: string } };

function isActionOutcome<T>(v: unknown): v is ActionOutcome<T> {
  return !!v && typeof v === 'object' && typeof (v as { ok?: unknown }).ok === 'boolean' && ('data' in v || 'error' in v);
}

export interface FormSubmitOptions<S extends z.ZodType, T> extends PresentOptions {
  /** The server's own input schema: checked before anything is sent. */
  schema?: S;
  /** Sends the checked data: a server action (its result) or an apiFetch call (throws ApiError). */
  send: (data: z.infer<S>) => Promise<ActionOutcome<T> | T>;
  onSuccess?: (result: T) => void | Promise<void>;
  /** Keep the form busy after success (e.g. while the page navigates away). */
  staysBusy?: boolean;
}

export function useFormSubmit<S extends z.ZodType = z.ZodUnknown, T = unknown>(opts: FormSubmitOptions<S, T>) {
  const presenter = useErrorPresenter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);

  const submit = useCallback(
    async (raw: unknown): Promise<{ data: T } | null> => {
      let data: unknown = raw;
      if (opts.schema) {
        const checked = presenter.validate(opts.schema, raw);
        if (!checked.ok) {
          setErrors(checked.errors);
          setBanner(null);
          return null;
        }
        data = checked.data;
      }
      setBusy(true);
      setErrors({});
      setBanner(null);
      let failed: unknown = null;
      let result: T | undefined;
      try {
        const out = await opts.send(data as z.infer<S>);
        if (isActionOutcome<T>(out)) {
          if (out.ok) result = out.data;
          else failed = out.error;
        } else result = out;
      } catch (e) {
        failed = e;
      }
      if (failed !== null) {
        const shown = presenter.present(failed, opts);
        setErrors(shown.fieldErrors);
        setBanner(shown.banner);
        setBusy(false);
        return null;
      }
      try {
        await opts.onSuccess?.(result as T);
      } finally {
        if (!opts.staysBusy) setBusy(false);
      }
      return { data: result as T };
    },
    // opts is a fresh object on every render; the latest one is what the submit should use.
    [presenter, opts],
  );

  /** The props a field's input needs for its error (aria-invalid, aria-describedby). */
  const errorProps = (name: string, id: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${id}-error` : undefined });

  return { submit, busy, errors, banner, setErrors, setBanner, errorProps, presenter };
}
