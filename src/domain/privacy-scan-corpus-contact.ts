import type { Item, LabelledText, Rng } from './privacy-scan-corpus-core.ts';
import { compose } from './privacy-scan-corpus-core.ts';

/**
 * Phone numbers and e-mail addresses for the evaluation corpus. Phones: Finnish mobile prefixes
 * (04x, 050) and landline area codes (02, 03, 05, 06, 08, 09, 013–019), national and +358 / 00358
 * forms, written the ways people write them (spaces, hyphens, en dashes, dots, parentheses, no separator).
 */

const MOBILE = ['40', '41', '42', '44', '45', '46', '49', '50'];
const AREA = ['9', '9', '2', '3', '5', '6', '8', '13', '14', '15', '16', '17', '18', '19'];

/** Splits the subscriber number into the groups people use: "123 4567", "1234 567", "123 45 67". */
function groupings(n: number): number[][] {
  if (n === 7) return [[3, 4], [3, 4], [4, 3], [3, 2, 2], [7]];
  if (n === 6) return [[3, 3], [3, 3], [2, 2, 2], [6]];
  return [[2, 3], [5]];
}

function split(digits: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const s of sizes) {
    out.push(digits.slice(at, at + s));
    at += s;
  }
  return out;
}

export function phoneItem(rng: Rng): Item {
  const mobile = rng.chance(0.6);
  const prefix = mobile ? rng.pick(MOBILE) : rng.pick(AREA);
  const subLen = mobile ? (rng.chance(0.85) ? 7 : 6) : prefix.length === 1 ? rng.pick([6, 7, 7]) : rng.pick([5, 6, 6, 7]);
  // Subscriber numbers do not start with 0 (that would read as a trunk prefix).
  const sub = String(rng.int(1, 9)) + rng.digits(subLen - 1);
  const groups = split(sub, rng.pick(groupings(subLen)));
  const kindLabel = mobile ? 'mobile' : 'landline';
  const style = rng.pick(['space', 'space', 'space', 'compact', 'hyphen', 'hyphen', 'en dash', 'dots', 'paren', 'intl', 'intl', 'intl']);
  let value: string;
  let shape = `${kindLabel} ${style}`;
  switch (style) {
    case 'space':
      value = `0${prefix} ${groups.join(' ')}`;
      break;
    case 'compact':
      value = `0${prefix}${sub}`;
      break;
    case 'hyphen':
      value = rng.chance(0.5) ? `0${prefix}-${sub}` : `0${prefix}-${groups.join(' ')}`;
      break;
    case 'en dash':
      value = `0${prefix}\u2013${groups.join(' ')}`;
      break;
    case 'dots':
      value = `0${prefix}.${groups.join('.')}`;
      break;
    case 'paren':
      value = `(0${prefix}) ${groups.join(' ')}`;
      break;
    default: {
      const form = rng.pick(['+358 ', '+358', '+358 (0)', '00358 ', '+358-']);
      shape = `${kindLabel} intl ${JSON.stringify(form.trim() || form)}`;
      if (form === '+358') value = `+358${prefix}${sub}`;
      else if (form === '+358-') value = `+358-${prefix}-${groups.join('-')}`;
      else value = `${form}${prefix} ${groups.join(' ')}`;
    }
  }
  return { kind: 'phone', value, shape };
}

const FIRST = ['maija', 'matti', 'aino', 'eetu', 'liisa', 'juha', 'sanna', 'mikko', 'anna-liisa', 'ville', 'helmi', 'oskari', 'saara'];
const LAST = ['virtanen', 'korhonen', 'makinen', 'nieminen', 'hamalainen', 'lehtonen', 'lindqvist', 'ahonen', 'jarvinen', 'wikstrom'];
const DOMAINS = [
  'hel.fi',
  'edu.hel.fi',
  'espoo.fi',
  'tampere.fi',
  'ouka.fi',
  'jyvaskyla.fi',
  'student.jyu.fi',
  'gmail.com',
  'outlook.com',
  'hotmail.fi',
  'pp.inet.fi',
  'sote.hyvinvointialue.fi',
  'koulu-esimerkki.fi',
  'yhdistys.org',
  'mail.example.co.uk',
  'kunta.fi',
  'ålands-skolor.ax',
  'vaasa.fi',
];

export function emailItem(rng: Rng): Item {
  const f = rng.pick(FIRST);
  const l = rng.pick(LAST);
  const style = rng.pick([
    'first.last',
    'first.last',
    'first_last',
    'firstlast',
    'f.last',
    'plus',
    'digits',
    'capitalised',
    'umlaut',
    'role',
  ]);
  let local: string;
  switch (style) {
    case 'first.last':
      local = `${f}.${l}`;
      break;
    case 'first_last':
      local = `${f}_${l}`;
      break;
    case 'firstlast':
      local = f + l;
      break;
    case 'f.last':
      local = `${f.charAt(0)}.${l}`;
      break;
    case 'plus':
      local = `${f}.${l}+${rng.pick(['dialogi', 'koulu', 'test'])}`;
      break;
    case 'digits':
      local = `${f}${rng.int(1, 99)}`;
      break;
    case 'capitalised':
      local = `${f.charAt(0).toUpperCase()}${f.slice(1)}.${l.charAt(0).toUpperCase()}${l.slice(1)}`;
      break;
    case 'umlaut':
      local = `${f}.${rng.pick(['mäkinen', 'hämäläinen', 'järvinen', 'wikström'])}`;
      break;
    default:
      local = rng.pick(['info', 'toimisto', 'kanslia', 'etunimi.sukunimi', 'rehtori']);
  }
  return { kind: 'email', value: `${local}@${rng.pick(DOMAINS)}`, shape: `email ${style}` };
}

const PHONE_FRAMES = [
  'Soita minulle numeroon {}, jos tulee kysyttävää.',
  'Äidin puhelin {} (vastaa iltaisin).',
  'Puh. {}',
  'puh {} / tekstiviestit käyvät',
  'Isän numero on {}.',
  'Sosiaalityöntekijän numero: {} – soita aamupäivisin.',
  'Opettaja antoi numeronsa {} vanhempainillassa.',
  'Ring mig på {} efter klockan 16.',
  'Tfn {}, vardagar.',
  'Call me on {} if anything changes.',
  'Phone: {}',
  'Hänen numeronsa ({}) oli taululla koko päivän.',
  'Numero {} löytyi lapulta, poistetaan.',
  'Yhteys: {}; sähköposti ei toimi.',
];

const EMAIL_FRAMES = [
  'Lähetä muistio osoitteeseen {}.',
  'Sähköposti: {}',
  'Ota yhteyttä {}, hän hoitaa asian.',
  'Opettajan s-posti on {} ja vastaa nopeasti.',
  'Kopio vanhemmille ({}) maanantaina.',
  'Skicka frågor till {} före fredag.',
  'E-post: <{}>',
  'Write to {} for the minutes.',
  'Contact: mailto:{}',
  'Osoite "{}" oli väärin kirjoitettu.',
  'Äiti kirjoitti {}:lle pitkän viestin.',
  'Vastaukset {}, kiitos!',
];

export function contactSentences(rng: Rng, phones: number, emails: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (let i = 0; i < phones; i++) out.push(compose(rng.pick(PHONE_FRAMES), [phoneItem(rng)]));
  for (let i = 0; i < emails; i++) out.push(compose(rng.pick(EMAIL_FRAMES), [emailItem(rng)]));
  return out;
}
