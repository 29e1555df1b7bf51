import type { PrivacyFinding } from './types.ts';
import { seededRandom } from './grouping.ts';

/**
 * Shared building blocks of the labelled privacy-scan evaluation corpus (see privacy-scan-corpus.ts):
 * a seeded random source and sentence composition that records the exact span of every embedded item.
 */

export type Kind = PrivacyFinding['kind'];

/** One sensitive item to embed: the kind the scanner should report, the exact text, a shape label. */
export interface Item {
  kind: Kind;
  value: string;
  shape: string;
}

/** An expected finding inside a corpus text (UTF-16 offsets, end exclusive, like PrivacyFinding). */
export interface ExpectedSpan extends Item {
  start: number;
  end: number;
}

/** A labelled sentence: positives carry their expected findings, negatives have none. */
export interface LabelledText {
  text: string;
  /** For negatives: the category of the non-finding ("date", "sum", …); for positives: "positive". */
  category: string;
  expected: ExpectedSpan[];
}

/** Deterministic random helpers over mulberry32. */
export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** `n` digits, leading zeros allowed. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Fills the `{}` slots of `frame` with `items` in order and records where each one landed.
 * Throws if the number of slots and items differ (a corpus bug, not a scanner result).
 */
export function compose(frame: string, items: readonly Item[]): LabelledText {
  const parts = frame.split('{}');
  if (parts.length !== items.length + 1) throw new RangeError(`frame ${JSON.stringify(frame)} needs ${parts.length - 1} items`);
  let text = parts[0] ?? '';
  const expected: ExpectedSpan[] = [];
  items.forEach((item, i) => {
    expected.push({ ...item, start: text.length, end: text.length + item.value.length });
    text += item.value + (parts[i + 1] ?? '');
  });
  return { text, category: 'positive', expected };
}

/** A negative sentence: nothing in it should be flagged. */
export function negative(category: string, text: string): LabelledText {
  return { text, category, expected: [] };
}
