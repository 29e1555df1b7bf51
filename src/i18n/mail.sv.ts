import type { mailFi } from './mail.fi.ts';

export const mailSv: Record<keyof typeof mailFi, string> = {
  'mail.reset.subject': 'Vuoropuhe: byte av lösenord',
  'mail.reset.body':
    'Hej {name},\n\nnågon (förhoppningsvis du) bad om ett nytt lösenord till Vuoropuhe. Byt lösenord via den här länken inom en timme:\n\n{link}\n\nLänken fungerar en gång. Om du inte bad om bytet kan du lämna meddelandet utan åtgärd; ditt lösenord förblir detsamma.\n',
};
