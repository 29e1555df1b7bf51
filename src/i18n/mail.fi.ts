/** Texts of the mail the service sends (plain text, in the account's language). Finnish is the source. */
export const mailFi = {
  'mail.reset.subject': 'Vuoropuhe: salasanan vaihto',
  'mail.reset.body':
    'Hei {name},\n\njoku (toivottavasti sinä) pyysi uutta salasanaa Vuoropuheeseen. Vaihda salasana tästä linkistä tunnin kuluessa:\n\n{link}\n\nLinkki toimii kerran. Jos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta; salasanasi pysyy ennallaan.\n',
} as const;
