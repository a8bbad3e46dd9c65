// The embeddable widget: `<script src="https://…/status/<slug>/widget.js" async></script>`
// puts a small status pill (a link to the page) where the script tag is, and refreshes it
// every 30 s from status.json. No dependencies, no cookies. Pure.
export function renderWidgetScript(pageUrl: string, statusUrl: string): string {
  return `(function(){var s=document.currentScript;var a=document.createElement('a');a.href=${JSON.stringify(pageUrl)};a.target='_blank';a.rel='noopener';
a.style.cssText='display:inline-flex;align-items:center;gap:6px;padding:4px 10px;border:1px solid #cbd5e1;border-radius:999px;background:#fff;color:#0f172a;font:14px system-ui,sans-serif;text-decoration:none';
var d=document.createElement('span');d.style.cssText='width:10px;height:10px;border-radius:50%;background:#64748b';var t=document.createElement('span');a.appendChild(d);a.appendChild(t);
if(s&&s.parentNode)s.parentNode.insertBefore(a,s);var c={none:'#15803d',minor:'#b45309',major:'#c2410c',critical:'#b91c1c',maintenance:'#1d4ed8'};
function load(){fetch(${JSON.stringify(statusUrl)}).then(function(r){return r.json()}).then(function(j){t.textContent=j.status.description;d.style.background=c[j.status.indicator]||'#64748b'}).catch(function(){})}
load();setInterval(load,30000)})();`;
}
