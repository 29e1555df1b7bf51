import type { Lang } from '../domain/types.ts';
import { translate } from '../i18n/messages.ts';
import type { MailMessage } from './mail.ts';

/** Account mail in the account's language (catalogue area `mail`). Plain text: no tracking, nothing to render. */
export function resetMail(lang: Lang, to: string, name: string, link: string): MailMessage {
  return { to, subject: translate(lang, 'mail.reset.subject'), text: translate(lang, 'mail.reset.body', { name, link }) };
}
