// machine-written, to be reviewed by a native speaker
import type { kidsFi } from './kids.fi.ts';

/** Child-friendly participant texts, Somali (plain language). */
export const kidsSo: Record<keyof typeof kidsFi, string> = {
  'kids.state.write': 'Qor',
  'kids.state.wait': 'Sug',
  'kids.state.move': 'Miis kale u guur',
  'kids.zone1': 'Walwal ma jiro',
  'kids.zone2': 'Walwal yar',
  'kids.zone3': 'Walwal weyn',
  'kids.zone4': 'Walwal aad u weyn',

  'kids.joined': 'Waad ku jirtaa!',
  'kids.lobby.body': 'Wax yar sug. Dhawaan ayaan bilaabaynaa.',
  'kids.lobby.yourGroup': 'Kooxdaadu waa {n}.',
  'kids.opening.body': 'Dhageyso. Dhawaan waxaad arki doontaa miiska aad aadayso.',

  'kids.round.body': 'La hadal kooxdaada. Qor waxaad ka fikirayso.',
  'kids.round.hostBody': 'Adigu miiskan ayaad joogaysaa. U sheeg kooxda cusub waxay kuwii kale dheheen.',
  'kids.round.paused': 'Nasasho. Wax yar sug.',
  'kids.round.next': 'Waqtigii wuu dhammaaday! Tag miiska {n}.',
  'kids.round.nextTheming': 'Waqtigii wuu dhammaaday! Hadda warqadaha kooxo ayaan u kala saaraynaa.',
  'kids.round.hostNext': 'Waqtigii wuu dhammaaday! Halkan joog. Koox cusub ayaa imanaysa.',
  'kids.round.waitBody': 'Wax yar sug. Dhawaan koox ayaad heli doontaa.',

  'kids.form.label': 'Qor waxaad ka fikirayso',
  'kids.form.hint': 'Qor waxa caawiya. Ha qorin magacyo.',

  'kids.theming.intro': 'Isku dhig warqadaha isku midka ah. Koox kasta magac u sameeya.',
  'kids.debrief.body': 'Eeg shaashadda weyn. Waxaan wada eegaynaa waxa aan helnay.',

  'kids.feedback.intro': 'Noo sheeg waxaad ka fikirtay. Uma baahnid inaad wax walba ka jawaabto.',
  'kids.feedback.s1': 'Tani waxay ii ahayd mid faa’iido leh.',
  'kids.feedback.s2': 'Waxaan sheegi karay waxaan doonayay.',
  'kids.feedback.s3': 'Waxaan dadka kale ka maqlay fikrado cusub.',
  'kids.feedback.s4': 'Waxaan rumaysanahay in waxyaabuhu soo hagaagi doonaan.',
  'kids.feedback.open': 'Maxaad si kale u samayn lahayd?',
  'kids.feedback.thanksBody': 'Mahadsanid! Jawaabtaada waa la kaydiyay.',

  'kids.closed.body': 'Mahadsanid inaad nala joogtay! Waad xiri kartaa bogga.',
};
