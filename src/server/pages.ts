import type { ParticipantLang } from '../domain/types.ts';
import { isRtl } from '../i18n/langs.ts';
import { translateShell } from '../i18n/messages.ts';

export type WebApp = 'participant' | 'facilitator' | 'screen';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML shell of each web app: right <html lang>, no inline script (strict CSP), the app's
 * module script and one stylesheet. The app reads the rest from location.pathname, and boot data
 * from <body data-*> (e.g. `{ 'accessibility-contact': … }` → `bootData('accessibilityContact')`).
 * Arabic pages are `dir="rtl"`; routes-pages.ts gives the facilitator app fi/sv/en only.
 */
export function pageHtml(app: WebApp, lang: ParticipantLang, data: Record<string, string> = {}): string {
  const title = esc(translateShell(lang, `${app}.title`));
  const attrs = Object.entries(data)
    .filter(([k, v]) => /^[a-z][a-z-]*$/.test(k) && v)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/${app}.js"></script>
</head>
<body data-app="${app}"${attrs}>
<div id="app"></div>
<noscript>${esc(translateShell(lang, 'common.noscript'))}</noscript>
</body>
</html>
`;
}
