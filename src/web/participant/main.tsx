import { render } from 'preact';
import { ParticipantApp } from './participant-app.tsx';
import { isParticipantLang } from '../../i18n/langs.ts';
import { lang, loadTexts } from './texts.ts';

/** A language chosen earlier wins over the link's prefix (remembered in localStorage vp.lang). */
function rememberedLang(): string | null {
  try {
    return localStorage.getItem('vp.lang');
  } catch {
    return null;
  }
}

const want = rememberedLang();
if (isParticipantLang(want) && want !== lang && /^\/[a-z]{2}\//.test(location.pathname)) {
  location.replace(`/${want}${location.pathname.slice(3)}${location.search}${location.hash}`);
} else if (/^\/[a-z]{2}\/survey\/?$/.test(location.pathname)) {
  // the wellbeing survey page is a chunk of its own: joining phones never load it
  void import('./survey-page.tsx').then((m) => render(<m.SurveyPage />, document.getElementById('app')!));
} else {
  void loadTexts().then(() => render(<ParticipantApp />, document.getElementById('app')!));
}
