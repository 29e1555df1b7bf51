import type { Lang } from '../domain/types.ts';
import type { MailMessage } from './mail.ts';

/** Account mail in the account's language. Plain text: no tracking, nothing to render. */
const RESET: Record<Lang, { subject: string; body: (name: string, link: string) => string }> = {
  fi: {
    subject: 'Vuoropuhe: salasanan vaihto',
    body: (name, link) =>
      `Hei ${name},\n\njoku (toivottavasti sinä) pyysi uutta salasanaa Vuoropuheeseen. Vaihda salasana tästä linkistä tunnin kuluessa:\n\n${link}\n\nLinkki toimii kerran. Jos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta; salasanasi pysyy ennallaan.\n`,
  },
  sv: {
    subject: 'Vuoropuhe: byte av lösenord',
    body: (name, link) =>
      `Hej ${name},\n\nnågon (förhoppningsvis du) bad om ett nytt lösenord till Vuoropuhe. Byt lösenord via den här länken inom en timme:\n\n${link}\n\nLänken fungerar en gång. Om du inte bad om bytet kan du lämna meddelandet utan åtgärd; ditt lösenord förblir detsamma.\n`,
  },
  en: {
    subject: 'Vuoropuhe: reset your password',
    body: (name, link) =>
      `Hello ${name},\n\nsomeone (hopefully you) asked for a new password for Vuoropuhe. Choose a new password with this link within one hour:\n\n${link}\n\nThe link works once. If you did not ask for this, you can ignore this message; your password stays the same.\n`,
  },
};

export function resetMail(lang: Lang, to: string, name: string, link: string): MailMessage {
  const t = RESET[lang];
  return { to, subject: t.subject, text: t.body(name, link) };
}
