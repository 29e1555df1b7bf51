import type { mailFi } from './mail.fi.ts';

export const mailEn: Record<keyof typeof mailFi, string> = {
  'mail.reset.subject': 'Vuoropuhe: reset your password',
  'mail.reset.body':
    'Hello {name},\n\nsomeone (hopefully you) asked for a new password for Vuoropuhe. Choose a new password with this link within one hour:\n\n{link}\n\nThe link works once. If you did not ask for this, you can ignore this message; your password stays the same.\n',
};
