import type { LabelledText } from './privacy-scan-corpus-core.ts';
import { Rng, compose } from './privacy-scan-corpus-core.ts';
import { hetuItems, hetuNonFindings, hetuSentences } from './privacy-scan-corpus-hetu.ts';
import { contactSentences, emailItem, phoneItem } from './privacy-scan-corpus-contact.ts';
import { addressItem, addressSentences } from './privacy-scan-corpus-address.ts';
import { negativeSentences } from './privacy-scan-corpus-negative.ts';

export type { ExpectedSpan, Kind, LabelledText } from './privacy-scan-corpus-core.ts';

/**
 * Labelled evaluation set for the privacy scan (issue 6: recall ≥ 99 %, false positives ≤ 1 %).
 * Pure and deterministic: everything comes from one seeded PRNG, so the figures are reproducible.
 * Shapes follow the privacy rules (method/privacy.md) and the issue text, not the scanner's regexes.
 */
export interface PrivacyCorpus {
  /** Sentences with one or more embedded items and their exact expected spans. */
  positives: LabelledText[];
  /** Ordinary sentences in which nothing should be flagged. */
  negatives: LabelledText[];
  /**
   * Space-separated code shapes with a wrong check character ("131052 308U"): the scanner deliberately
   * reports no hetu/hetu_like for them; when they start with 0 they are also valid phone shapes.
   */
  spacedCodes: LabelledText[];
}

/** Notes that mention several details at once. */
const MIXED_FRAMES = [
  'Äiti {}, puh. {}, toivoo yhteydenottoa.',
  'Yhteystiedot: {} / {}',
  'Oppilas asuu osoitteessa {}, äidin numero {}.',
  'Kontakt: {} eller {}.',
  'Contact {} or call {} after 4 pm.',
];

export function buildPrivacyCorpus(seed = 20240312): PrivacyCorpus {
  const rng = new Rng(seed);
  const positives = [...hetuSentences(rng), ...contactSentences(rng, 320, 160), ...addressSentences(rng, 260)];
  const hetuPool = hetuItems(rng);
  for (let i = 0; i < 60; i++) {
    const frame = MIXED_FRAMES[i % MIXED_FRAMES.length] ?? '';
    const pair =
      i % 5 === 0
        ? [rng.pick(hetuPool), phoneItem(rng)]
        : i % 5 === 2
          ? [addressItem(rng), phoneItem(rng)]
          : [emailItem(rng), rng.chance(0.5) ? phoneItem(rng) : addressItem(rng)];
    positives.push(
      compose(
        frame,
        pair.filter((x) => x !== undefined),
      ),
    );
  }
  const seen = new Set<string>();
  const negatives = negativeSentences(rng, 8).filter((n) => !seen.has(n.text) && seen.add(n.text));
  return { positives, negatives, spacedCodes: hetuNonFindings(rng) };
}
