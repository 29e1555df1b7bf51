import type { kidsFi } from './kids.fi.ts';

/** Child-friendly participant texts, Swedish. Short sentences, everyday words. */
export const kidsSv: Record<keyof typeof kidsFi, string> = {
  'kids.state.write': 'Skriv',
  'kids.state.wait': 'Vänta',
  'kids.state.move': 'Byt bord',
  'kids.zone1': 'Ingen oro',
  'kids.zone2': 'Lite oro',
  'kids.zone3': 'Stor oro',
  'kids.zone4': 'Jättestor oro',

  'kids.joined': 'Du är med!',
  'kids.lobby.body': 'Vänta lite. Snart börjar vi.',
  'kids.lobby.yourGroup': 'Din grupp är {n}.',
  'kids.opening.body': 'Lyssna. Snart ser du vilket bord du ska gå till.',

  'kids.round.body': 'Prata med din grupp. Skriv vad du tänker.',
  'kids.round.hostBody': 'Du stannar vid det här bordet. Berätta för den nya gruppen vad de andra sa.',
  'kids.round.paused': 'Paus. Vänta lite.',
  'kids.round.next': 'Tiden är slut! Gå till bord {n}.',
  'kids.round.nextTheming': 'Tiden är slut! Nu lägger vi lapparna i grupper.',
  'kids.round.hostNext': 'Tiden är slut! Stanna här. En ny grupp kommer.',
  'kids.round.waitBody': 'Vänta lite. Snart får du en grupp.',

  'kids.form.label': 'Skriv vad du tänker',
  'kids.form.hint': 'Skriv vad som hjälper. Skriv inga namn.',

  'kids.theming.intro': 'Lägg lappar som liknar varandra tillsammans. Hitta på ett namn för varje grupp.',
  'kids.debrief.body': 'Titta på den stora skärmen. Vi tittar tillsammans på vad vi kom på.',

  'kids.feedback.intro': 'Berätta vad du tyckte. Du behöver inte svara på allt.',
  'kids.feedback.s1': 'Det här var bra för mig.',
  'kids.feedback.s2': 'Jag fick säga det jag ville.',
  'kids.feedback.s3': 'Jag hörde nya tankar från andra.',
  'kids.feedback.s4': 'Jag tror att saker blir bättre.',
  'kids.feedback.open': 'Vad skulle du göra annorlunda?',
  'kids.feedback.thanksBody': 'Tack! Ditt svar är sparat.',

  'kids.closed.body': 'Tack för att du var med! Du kan stänga sidan.',
};
