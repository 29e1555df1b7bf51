import type { Lang, Texts } from './types.ts';

/**
 * The wellbeing survey (issue 9): the same short items before session 1 (`pre`) and after the
 * follow-up (`post`), answered through single-use links without an account. [SPEC WB1–WB10]
 */
export const SURVEY_PHASES = ['pre', 'post'] as const;
export type SurveyPhase = (typeof SURVEY_PHASES)[number];

/** k-anonymity: no figure about a group of fewer answers than this is ever shown. [SPEC WB5] */
export const SURVEY_K = 5;

/** One answer per item: 1–5 (1 = fully disagree … 5 = fully agree) or null ("can't say"). */
export type SurveyValue = 1 | 2 | 3 | 4 | 5 | null;
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

export interface SurveyItem {
  /** stable within a process: pre and post are compared item by item */
  id: string;
  text: Texts;
}

export const SURVEY_LIMITS = {
  minItems: 1,
  maxItems: 20,
  itemTextMax: 200,
  /** links generated at once */
  maxLinksPerRequest: 500,
  /** links of one survey in all */
  maxLinksPerSurvey: 5000,
} as const;

/**
 * The default item bank: statements of our own wording on the wellbeing of a work community
 * (openness, help, shared practices, clarity, being heard, energy, trust in agreements,
 * cooperation across professions). Facilitators edit them before the first answer.
 */
export const DEFAULT_SURVEY_ITEMS: readonly SurveyItem[] = [
  {
    id: 'openness',
    text: {
      fi: 'Työyhteisössämme voi puhua ongelmista avoimesti.',
      sv: 'I vår arbetsgemenskap kan man tala öppet om problem.',
      en: 'In our work community we can talk openly about problems.',
    },
  },
  {
    id: 'help',
    text: {
      fi: 'Saan työkavereiltani apua, kun tarvitsen sitä.',
      sv: 'Jag får hjälp av mina kolleger när jag behöver det.',
      en: 'I get help from my colleagues when I need it.',
    },
  },
  {
    id: 'sharing',
    text: {
      fi: 'Jaamme toisillemme hyviksi havaittuja työtapoja.',
      sv: 'Vi delar med varandra arbetssätt som vi märkt fungerar.',
      en: 'We share with each other ways of working that we have found good.',
    },
  },
  {
    id: 'clarity',
    text: {
      fi: 'Tiedän, mitä työssäni odotetaan minulta.',
      sv: 'Jag vet vad som förväntas av mig i mitt arbete.',
      en: 'I know what is expected of me in my work.',
    },
  },
  {
    id: 'heard',
    text: {
      fi: 'Näkemykseni kuullaan, kun sovimme yhteisistä työtavoista.',
      sv: 'Mina synpunkter blir hörda när vi kommer överens om gemensamma arbetssätt.',
      en: 'My views are heard when we agree on our shared ways of working.',
    },
  },
  {
    id: 'energy',
    text: {
      fi: 'Jaksan hyvin työssäni.',
      sv: 'Jag orkar bra i mitt arbete.',
      en: 'I have enough energy for my work.',
    },
  },
  {
    id: 'agreements',
    text: {
      fi: 'Luotan siihen, että yhdessä sovitut asiat toteutuvat.',
      sv: 'Jag litar på att det vi kommer överens om tillsammans blir av.',
      en: 'I trust that what we agree on together gets done.',
    },
  },
  {
    id: 'cooperation',
    text: {
      fi: 'Yhteistyö muiden ammattilaisten kanssa sujuu.',
      sv: 'Samarbetet med andra yrkesgrupper fungerar.',
      en: 'Working together with other professionals goes well.',
    },
  },
];

/** An item's text in a language, falling back to Finnish when that text is empty. */
export function itemText(item: SurveyItem, lang: Lang): string {
  return item.text[lang] || item.text.fi;
}

/** An answer fits the items: one value (1–5 or null) per item, in order. */
export function fitsItems(values: readonly unknown[], items: readonly SurveyItem[]): values is SurveyValue[] {
  return (
    values.length === items.length && values.every((v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5))
  );
}
