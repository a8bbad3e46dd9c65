// What each severity means, shown wherever a severity is chosen. Defaults come from the
// incidents message catalogue (en and zh-CN); administrators may replace them, and the
// replacement is stored in the Setting table under SEVERITY_DESCRIPTIONS_KEY.
import en from '../i18n/messages/en/incidents.json' with { type: 'json' };
import zhCN from '../i18n/messages/zh-CN/incidents.json' with { type: 'json' };
import { severities, severityDescriptionsSchema, type SeverityDescriptions } from './schemas.ts';

export const SEVERITY_DESCRIPTIONS_KEY = 'incidents.severityDescriptions';

export const defaultSeverityDescriptions: SeverityDescriptions = {
  SEV1: { en: en.severityDescription.SEV1, zhCN: zhCN.severityDescription.SEV1 },
  SEV2: { en: en.severityDescription.SEV2, zhCN: zhCN.severityDescription.SEV2 },
  SEV3: { en: en.severityDescription.SEV3, zhCN: zhCN.severityDescription.SEV3 },
  SEV4: { en: en.severityDescription.SEV4, zhCN: zhCN.severityDescription.SEV4 },
};

/** The stored value over the defaults, severity by severity: a damaged setting never hides one. */
export function mergeSeverityDescriptions(stored: unknown): SeverityDescriptions {
  const out = structuredClone(defaultSeverityDescriptions);
  const whole = severityDescriptionsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  if (!stored || typeof stored !== 'object') return out;
  for (const sev of severities) {
    const one = severityDescriptionsSchema.shape[sev].safeParse((stored as Record<string, unknown>)[sev]);
    if (one.success) out[sev] = one.data;
  }
  return out;
}

/** The description in a reader's locale. */
export function severityDescriptionFor(d: SeverityDescriptions, severity: keyof SeverityDescriptions, locale: string | null | undefined): string {
  return locale === 'zh-CN' ? d[severity].zhCN : d[severity].en;
}
