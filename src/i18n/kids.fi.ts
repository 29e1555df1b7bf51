/**
 * Child-friendly participant texts (class dialogues, pupils 7–15), Finnish (source of keys).
 * Short sentences and everyday words; shown instead of the participant texts when the
 * facilitator has turned child mode on. Pictogram labels are the state names.
 */
export const kidsFi = {
  'kids.state.write': 'Kirjoita',
  'kids.state.wait': 'Odota',
  'kids.state.move': 'Vaihda pöytää',
  'kids.zone1': 'Ei huolta',
  'kids.zone2': 'Pieni huoli',
  'kids.zone3': 'Iso huoli',
  'kids.zone4': 'Tosi iso huoli',

  'kids.joined': 'Olet mukana!',
  'kids.lobby.body': 'Odota vähän. Kohta alkaa.',
  'kids.lobby.yourGroup': 'Sinun ryhmäsi on {n}.',
  'kids.opening.body': 'Kuuntele. Kohta näet, mihin pöytään menet.',

  'kids.round.body': 'Juttele ryhmäsi kanssa. Kirjoita, mitä ajattelet.',
  'kids.round.hostBody': 'Sinä pysyt tässä pöydässä. Kerro uudelle ryhmälle, mitä muut sanoivat.',
  'kids.round.paused': 'Tauko. Odota vähän.',
  'kids.round.next': 'Aika loppui! Mene pöytään {n}.',
  'kids.round.nextTheming': 'Aika loppui! Nyt laitetaan laput ryhmiin.',
  'kids.round.hostNext': 'Aika loppui! Pysy tässä. Uusi ryhmä tulee.',
  'kids.round.waitBody': 'Odota vähän. Saat kohta ryhmän.',

  'kids.form.label': 'Kirjoita ajatuksesi',
  'kids.form.hint': 'Kirjoita, mikä auttaa. Älä kirjoita nimiä.',

  'kids.theming.intro': 'Laittakaa samanlaiset laput yhteen. Keksikää jokaiselle ryhmälle nimi.',
  'kids.debrief.body': 'Katso isoa näyttöä. Katsotaan yhdessä, mitä keksittiin.',

  'kids.feedback.intro': 'Kerro, mitä mieltä olit. Sinun ei tarvitse vastata kaikkeen.',
  'kids.feedback.s1': 'Tästä oli minulle hyötyä.',
  'kids.feedback.s2': 'Sain sanoa, mitä halusin.',
  'kids.feedback.s3': 'Kuulin muilta uusia ajatuksia.',
  'kids.feedback.s4': 'Uskon, että asiat muuttuvat.',
  'kids.feedback.open': 'Mitä tekisit toisin?',
  'kids.feedback.thanksBody': 'Kiitos! Vastauksesi on tallessa.',

  'kids.closed.body': 'Kiitos, että olit mukana! Voit sulkea sivun.',
};
