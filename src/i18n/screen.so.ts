/** Somali projector texts. Machine-written by the team; to be reviewed by a native speaker before production use. */
import type { screenFi } from './screen.fi.ts';

export const screenSo: Record<keyof typeof screenFi, string> = {
  'screen.title': 'Vuoropuhe',
  'screen.connecting': 'Waxa lagu xirayaa kulanka…',
  'screen.offline': 'Xiriirkii wuu go’ay – mar kale ayaa lagu xirayaa',
  'screen.fatal': 'Ka fur shaashaddan bogga maamulka ee hagaha',
  'screen.fatalBody': 'Shaashadda weyn waxay shaqaysaa marka hagahu uu ku galo biraawsarkan.',
  'screen.notFound': 'Kulanka lama helin',
  'screen.notFoundBody': 'Hubi cinwaanka, ama ka fur shaashadda bogga maamulka ee hagaha.',
  'screen.table': 'Miiska {n}',
  'screen.group': 'Kooxda {n}',
  'screen.host': 'Martigeliyaha miisku waa joogaa',
  'screen.notes': 'Qoraallada: {n}',
  'screen.more': '+ {n} kale',
  'screen.important': 'Muhiim',

  'screen.lobby.heading': 'Ku soo biir taleefankaaga',
  'screen.lobby.code': 'Koodhka ku biirista',
  'screen.lobby.url': 'Tag',
  'screen.lobby.qrAlt': 'Koodh QR ah oo furaya bogga ku biirista {url}',
  'screen.lobby.scan': 'Ama iskaan garee koodhka QR',
  'screen.lobby.joined': 'Ku biiray: {n}',

  'screen.opening.tables': 'Maanta waxaan ka wada hadlaynaa miisaskan',

  'screen.round.heading': 'Wareegga {n}/{total}',
  'screen.round.hint': 'Kooxuhu waxay u wareegaan miis ilaa miis. Martigeliyaha miisku meeshiisa ayuu joogaa.',
  'screen.theming.heading': 'U kala saarid mawduucyo',
  'screen.theming.hint': 'Koox kastaa waxay qoraallada miiskeedii ugu dambeeyay u kala saartaa mawduucyo.',
  'screen.unthemed': 'Mawduuc la’aan: {n}',

  'screen.clock.label': 'Waqtiga haray',

  'screen.debrief.heading': 'Dib-u-eegis: mawduucyada miisaska',
  'screen.carried': 'Wuxuu sii socdaa kulanka 2',
  'screen.moreThemes': '+ {n} mawduuc oo kale',
  'screen.noThemes': 'Mawduucyo ma jiraan',

  'screen.closed.heading': 'Mahadsanidiin!',
  'screen.closed.body': 'Kulanku wuu dhammaaday. Waad ku mahadsan tihiin ka qaybgalka.',
  'screen.os.joker': 'Mawduuca xorta ah: wax kasta oo maqan',
  'screen.os.jokerBadge': 'mawduuc xor ah',
  'screen.os.people': '{n, plural, one {hal qof} other {# qof}}',
  'screen.os.groups': 'Kooxaha: {n}',
  'screen.os.where': '{theme} · kooxda {n}',
  'screen.os.items': 'Ku qoran warqadda weyn: {n}',
  'screen.os.images': 'Sawirrada: {n}',

  'screen.os.opening.lead': 'Maanta qof kastaa wuxuu isagu doortaa waxa uu ka hadlayo.',
  'screen.os.principles': 'Afar mabda’',
  'screen.os.principle1': 'Dadka yimaada waa dadka saxda ah.',
  'screen.os.principle2': 'Waxa dhaca waa waxa hadda dhici kara.',
  'screen.os.principle3': 'Wadahadalku wuxuu bilaabmaa marka uu bilaabmo.',
  'screen.os.principle4': 'Marka wadahadalku dhammaado, wuu dhammaaday.',
  'screen.os.twoFeet': 'Sharciga labada lugood',
  'screen.os.twoFeetBody': 'Haddii aadan waxba baran, waxbana siin kooxda, u gudub koox kale. Waad beddeli kartaa wakhti kasta.',

  'screen.os.market.heading': 'Suuqa mawduucyada',
  'screen.os.market.hint': 'Taleefankaaga ku dooro mawduuca aad rabto inaad ka hadasho.',
  'screen.os.noThemes': 'Weli mawduucyo ma jiraan',
  'screen.os.capHint': 'Koox kasta ugu badnaan {n} qof',
  'screen.os.proposed': 'Soo jeedimo sugaya hagaha',
  'screen.os.unplaced': 'Weli ma dooran mawduuc: {n}',

  'screen.os.groups.heading': 'Kooxuhu way shaqaynayaan',
  'screen.os.groups.hint': 'Sharciga labada lugood: waxaad u gudbi kartaa koox kale wakhti kasta.',

  'screen.os.pearls.heading': 'Luulka',
  'screen.os.pearls.none': 'Weli luul ma jiro',
  'screen.os.mainPoints': 'Qodobbada muhiimka ah',

  'screen.os.followup.heading': 'Aan ku heshiinno waxa xiga',
  'screen.os.followup.body': 'Maxaan maanta maqalnay? Sidee mawduucyada loo sii wadaa: yaa samaynaya maxay, goormase?',

  'screen.feedback.heading': 'Ra’yiga: {n} jawaab',
  'screen.feedback.headingOne': 'Ra’yiga: hal jawaab',
  'screen.feedback.body': 'Taleefankaaga ku dhiib ra’yigaaga. Magacaaga lama arko.',
  'screen.feedback.rejoin': 'Ma xirtay bogga? Mar kale ku soo biir',
};
