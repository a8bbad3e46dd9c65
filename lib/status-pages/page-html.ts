// The public status page as one HTML string: server-rendered, readable without JavaScript,
// one column that fits a 390 px phone, colours chosen for WCAG AA contrast (white on the
// banner colours ≥ 4.5:1; status words in dark tones on white). A few lines of script
// re-format times in the visitor's time zone and poll for a newer version (ETag → 304 when
// nothing changed), swapping the content in place, so an open page updates without a reload.
import { esc, paragraphs, timeTag } from './html.ts';
import type { ComponentStatus } from './impact-levels.ts';
import type { Translate } from './page-messages.ts';
import type { PageView, ViewComponent, ViewIncident, ViewMaintenance } from './page-view.ts';
import { pick } from './public-text.ts';

export interface HtmlContext { locale: 'en' | 'zh-CN'; t: Translate; csrfFree?: true; notice?: string | null }

const STATUS_CLASS: Record<ComponentStatus, string> = {
  operational: 'ok',
  under_maintenance: 'mnt',
  degraded_performance: 'deg',
  partial_outage: 'par',
  major_outage: 'maj',
};

const CSS = `*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#0f172a;background:#f8fafc;line-height:1.5}
a{color:#1d4ed8}main{max-width:52rem;margin:0 auto;padding:1rem}header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
header img{max-height:2.5rem;max-width:10rem}h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1.125rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:0}
.lang a{margin-left:.5rem}.banner{border-radius:.5rem;padding:.75rem 1rem;color:#fff;font-weight:600;margin:1rem 0;font-size:1.125rem}
.b-ok{background:#15803d}.b-deg{background:#b45309}.b-par{background:#c2410c}.b-maj{background:#b91c1c}.b-mnt{background:#1d4ed8}
.card{background:#fff;border:1px solid #cbd5e1;border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0;overflow-wrap:anywhere}
.s-ok{color:#166534}.s-deg{color:#854d0e}.s-par{color:#9a3412}.s-maj{color:#991b1b}.s-mnt{color:#1e40af}.st{font-weight:600;white-space:nowrap}
.comp{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}.bars{display:flex;gap:1px;height:1.75rem;margin:.5rem 0 .25rem}
.bars i{flex:1;border-radius:1px;min-width:0;background:#16a34a}.u-deg{background:#ca8a04}.u-par{background:#ea580c}.u-maj{background:#dc2626}.u-none{background:#cbd5e1}
.muted{color:#475569;font-size:.875rem}.upd{border-left:3px solid #cbd5e1;padding-left:.75rem;margin:.5rem 0}.upd p{margin:.25rem 0}
.meanwhile{background:#eff6ff;border:1px solid #93c5fd;border-radius:.375rem;padding:.5rem .75rem;margin:.5rem 0}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}label{display:flex;flex-direction:column;font-size:.875rem;gap:.25rem;flex:1 1 12rem}
input,select,button{font:inherit;padding:.5rem;border:1px solid #64748b;border-radius:.375rem;min-width:0}button{background:#1d4ed8;color:#fff;border-color:#1d4ed8;cursor:pointer}
.notice{background:#ecfdf5;border:1px solid #6ee7b7;padding:.5rem .75rem;border-radius:.375rem}footer{margin:2rem 0 1rem;font-size:.875rem;color:#475569}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}`;

function statusWord(t: Translate, s: ComponentStatus): string {
  return t(`componentStatus.${s}`);
}

function bannerKey(v: PageView): string {
  switch (v.status) {
    case 'major_outage':
      return 'critical';
    case 'partial_outage':
      return 'major';
    case 'degraded_performance':
      return 'minor';
    case 'under_maintenance':
      return 'maintenance';
    default:
      return 'none';
  }
}

// 90 cells per component on a page that thousands open at once: a plain day is 7 bytes
// (<i></i>), only days with impact or without data carry a class and a tooltip; the whole bar
// has a text alternative.
function bars(c: ViewComponent, ctx: HtmlContext): string {
  // Days before the service existed: one grey block as wide as those days.
  const missing = c.uptime.findIndex((d) => d.uptime !== null);
  const lead = missing === -1 ? c.uptime.length : missing;
  const cells = (lead ? `<i class="u-none" style="flex:${lead}"></i>` : '') + c.uptime
    .slice(lead)
    .map((d) => {
      if (d.uptime === null) return '<i class="u-none"></i>';
      if (d.worst === 'operational' || d.worst === 'under_maintenance') return '<i></i>';
      return `<i class="u-${STATUS_CLASS[d.worst]}" title="${esc(ctx.t('public.dayUptime', { date: d.date, percent: (d.uptime * 100).toFixed(2) }))}"></i>`;
    })
    .join('');
  const summary = c.uptimePercent === null ? ctx.t('public.uptimeBars') : `${ctx.t('public.uptimeBars')}: ${ctx.t('public.uptime', { percent: (c.uptimePercent * 100).toFixed(2) })}`;
  return `<div class="bars" role="img" aria-label="${esc(summary)}">${cells}</div>`;
}

function component(c: ViewComponent, ctx: HtmlContext): string {
  const pct = c.uptimePercent === null ? '' : ctx.t('public.uptime', { percent: (c.uptimePercent * 100).toFixed(2) });
  return `<div class="card" id="component-${esc(c.slug)}"><div class="comp"><h3>${esc(pick(c.name, ctx.locale))}</h3><span class="st s-${STATUS_CLASS[c.status]}">${esc(statusWord(ctx.t, c.status))}</span></div>${bars(c, ctx)}<div class="comp muted"><span>${esc(ctx.t('public.daysAgo', { days: c.uptime.length }))}</span><span>${esc(pct)}</span><span>${esc(ctx.t('public.today'))}</span></div></div>`;
}

function components(v: PageView, ctx: HtmlContext): string {
  const groups: { name: string; items: ViewComponent[] }[] = [];
  for (const c of v.components) {
    const name = pick(c.group, ctx.locale);
    const g = groups.find((x) => x.name === name);
    if (g) g.items.push(c);
    else groups.push({ name, items: [c] });
  }
  return groups
    .map((g) => (g.name ? `<section aria-label="${esc(g.name)}"><h2>${esc(g.name)}</h2>` : '<section>') + g.items.map((c) => component(c, ctx)).join('') + '</section>')
    .join('');
}

function incident(i: ViewIncident, v: PageView, ctx: HtmlContext): string {
  const names = i.componentIds.map((id) => v.components.find((c) => c.id === id)).filter((c): c is ViewComponent => !!c).map((c) => pick(c.name, ctx.locale));
  const updates = i.updates
    .map((u) => {
      const workaround = pick(u.workaround, ctx.locale);
      return `<div class="upd"><p><strong>${esc(ctx.t(`updateStatus.${u.status}`))}</strong> · <span class="muted">${timeTag(u.createdAt, ctx.locale)}</span></p>${paragraphs(pick(u.body, ctx.locale))}${
        workaround ? `<div class="meanwhile"><strong>${esc(ctx.t('public.workaround'))}</strong>${paragraphs(workaround)}</div>` : ''
      }</div>`;
    })
    .join('');
  const pm = i.postmortemPath
    ? `<p><a href="${esc(i.postmortemPath)}">${esc(ctx.t('public.postmortem'))}</a></p>`
    : i.postmortemSummary
      ? `<details><summary>${esc(ctx.t('public.postmortem'))}</summary>${paragraphs(i.postmortemSummary)}</details>`
      : '';
  return `<article class="card" id="incident-${esc(i.id)}"><h3>${esc(pick(i.name, ctx.locale))}</h3><p class="muted">${esc(ctx.t('public.affects', { components: names.join(ctx.locale === 'zh-CN' ? '、' : ', ') }))}</p>${updates}${pm}</article>`;
}

function maintenance(m: ViewMaintenance, v: PageView, ctx: HtmlContext): string {
  const names = m.componentIds.map((id) => v.components.find((c) => c.id === id)).filter((c): c is ViewComponent => !!c).map((c) => pick(c.name, ctx.locale));
  const note = pick(m.note, ctx.locale);
  return `<article class="card" id="maintenance-${esc(m.id)}"><h3>${esc(pick(m.name, ctx.locale))}</h3><p><strong class="s-mnt">${esc(ctx.t(`maintenanceStatus.${m.status}`))}</strong> · ${timeTag(m.scheduledFor, ctx.locale)} – ${timeTag(m.scheduledUntil, ctx.locale)}</p><p class="muted">${esc(ctx.t('public.affects', { components: names.join(ctx.locale === 'zh-CN' ? '、' : ', ') }))} · ${esc(ctx.t('public.expectedImpact', { impact: ctx.t(`componentStatus.${m.impact}`) }))}</p>${note ? paragraphs(note) : ''}</article>`;
}

const SCRIPT = `(function(){var f=function(){document.querySelectorAll('time[datetime]').forEach(function(e){try{e.textContent=new Date(e.getAttribute('datetime')).toLocaleString(document.documentElement.lang,{dateStyle:'medium',timeStyle:'short'})}catch(x){}})};f();
var tag=document.querySelector('meta[name=fb-etag]').content;function poll(){if(document.hidden)return;fetch(location.pathname+location.search,{headers:{'If-None-Match':tag},cache:'no-store'}).then(function(r){if(r.status!==200)return;var e=r.headers.get('ETag');return r.text().then(function(h){var d=new DOMParser().parseFromString(h,'text/html');var m=d.getElementById('live');if(m&&e){document.getElementById('live').replaceWith(m);tag=e;f()}})}).catch(function(){})}
setInterval(poll,1000)})();`;

export function renderPageHtml(v: PageView, ctx: HtmlContext, etag: string): string {
  const { t, locale } = ctx;
  const title = pick(v.title, locale);
  const description = pick(v.description, locale);
  const key = bannerKey(v);
  const other = locale === 'zh-CN' ? { code: 'en', label: 'English' } : { code: 'zh-CN', label: '中文' };
  const options = v.components.map((c) => `<option value="${esc(c.slug)}">${esc(pick(c.name, locale))}</option>`).join('');
  const live = [
    `<div class="banner b-${key === 'none' ? 'ok' : key === 'minor' ? 'deg' : key === 'major' ? 'par' : key === 'critical' ? 'maj' : 'mnt'}" role="status">${esc(t(`banner.${key}`))}</div>`,
    v.activeIncidents.length ? `<section aria-labelledby="h-active"><h2 id="h-active">${esc(t('public.activeIncidents'))}</h2>${v.activeIncidents.map((i) => incident(i, v, ctx)).join('')}</section>` : '',
    v.maintenances.length ? `<section aria-labelledby="h-mnt"><h2 id="h-mnt">${esc(t('public.maintenance'))}</h2>${v.maintenances.map((m) => maintenance(m, v, ctx)).join('')}</section>` : '',
    `<section aria-labelledby="h-comp"><h2 id="h-comp">${esc(t('public.components'))}</h2>${v.components.length ? components(v, ctx) : `<p class="muted">${esc(t('public.noComponents'))}</p>`}</section>`,
    `<section aria-labelledby="h-past"><h2 id="h-past">${esc(t('public.pastIncidents'))}</h2>${
      v.pastIncidents.length || v.pastMaintenances.length
        ? v.pastIncidents.map((i) => incident(i, v, ctx)).join('') + v.pastMaintenances.map((m) => maintenance(m, v, ctx)).join('')
        : `<p class="muted">${esc(t('public.noPastIncidents'))}</p>`
    }</section>`,
  ].join('');
  const base = `/status/${esc(v.slug)}`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="fb-etag" content='${esc(etag)}'>
<title>${esc(t('public.pageTitle', { title }))}</title><link rel="alternate" type="application/atom+xml" href="${base}/history.atom?lang=${locale}"><link rel="alternate" type="application/rss+xml" href="${base}/history.rss?lang=${locale}"><style>${CSS}</style></head>
<body><main><header><div>${v.logoUrl ? `<img src="${esc(v.logoUrl)}" alt="">` : ''}<h1>${esc(title)}</h1>${description ? `<p class="muted">${esc(description)}</p>` : ''}</div><nav class="lang" aria-label="${esc(t('public.language'))}"><a href="${base}?lang=${other.code}" hreflang="${other.code}" lang="${other.code}">${other.label}</a><a href="#subscribe">${esc(t('public.subscribe'))}</a></nav></header>
${ctx.notice ? `<p class="notice" role="status">${esc(ctx.notice)}</p>` : ''}<div id="live" aria-live="polite">${live}</div>
<section id="subscribe" aria-labelledby="h-sub"><h2 id="h-sub">${esc(t('public.subscribe'))}</h2><div class="card"><form method="post" action="${base}/subscribe"><input type="hidden" name="locale" value="${locale}"><label>${esc(t('public.email'))}<input type="email" name="email" required autocomplete="email"></label>${
    options ? `<label>${esc(t('public.component'))}<select name="component"><option value="">${esc(t('public.allComponents'))}</option>${options}</select></label>` : ''
  }<button type="submit">${esc(t('public.subscribeButton'))}</button></form><p class="muted">${esc(t('public.feeds'))} <a href="${base}/history.atom?lang=${locale}">Atom</a> · <a href="${base}/history.rss?lang=${locale}">RSS</a> · <a href="${base}/api/v2/summary.json">JSON</a> · <a href="${base}/badge.svg">${esc(t('public.badge'))}</a></p></div></section>
<footer>${esc(t('public.footer'))}</footer></main><script>${SCRIPT}</script></body></html>`;
}
