import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Participant and projector pages are also shown right to left (Arabic), so every style sheet
 * uses logical directions: margin-inline-start, not margin-left; text-align: start, not left.
 * A physical left or right is allowed only when it is listed here, with the reason.
 */
const ALLOWED: { file: string; line: string; why: string }[] = [
  // none today. Example of an entry:
  // { file: 'screen.css', line: 'left: 50%;', why: 'centred with translateX(-50%), the same in both directions' },
];

const PHYSICAL: { name: string; re: RegExp }[] = [
  {
    name: 'margin/padding/border/scroll-margin left or right',
    re: /(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b/,
  },
  { name: 'left: / right: offset', re: /(?:^|[\s;{])(?:left|right)\s*:/ },
  { name: 'text-align: left/right', re: /text-align\s*:\s*(?:left|right)\b/ },
  { name: 'float or clear: left/right', re: /(?:float|clear)\s*:\s*(?:left|right)\b/ },
  { name: 'one physical corner radius', re: /border-(?:top|bottom)-(?:left|right)-radius/ },
];

/** A border-radius shorthand whose left and right corners differ (e.g. `0 8px 8px 0`). */
function oneSidedRadius(line: string): boolean {
  const m = /(?:^|[\s;{])border-radius\s*:\s*([^;/]+);/.exec(line);
  if (!m) return false;
  const v = m[1]!.trim().split(/\s+(?![^(]*\))/);
  if (v.length === 2) return v[0] !== v[1];
  if (v.length === 3) return v[0] !== v[1] || v[2] !== v[1];
  if (v.length === 4) return v[0] !== v[1] || v[3] !== v[2];
  return false;
}

/** Lines breaking the rule, in one style sheet's text (comments left out). */
function physicalLines(css: string): { line: number; text: string; rule: string }[] {
  const out: { line: number; text: string; rule: string }[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  noComments.split('\n').forEach((text, i) => {
    for (const p of PHYSICAL) if (p.re.test(text)) out.push({ line: i + 1, text: text.trim(), rule: p.name });
    if (oneSidedRadius(text)) out.push({ line: i + 1, text: text.trim(), rule: 'one-sided border-radius shorthand' });
  });
  return out;
}

const DIR = import.meta.dirname;
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.css'));

describe('style sheets use logical directions (right-to-left pages)', () => {
  it('finds the style sheets', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES)('%s has no physical left/right', (file) => {
    const bad = physicalLines(readFileSync(join(DIR, file), 'utf8')).filter(
      (b) => !ALLOWED.some((a) => a.file === file && a.line === b.text),
    );
    expect(bad).toEqual([]);
  });

  it.each([
    ['margin-left: 1rem;', 1],
    ['  padding-right: 0;', 1],
    ['  left: 0;', 1],
    ['  right:2px;', 1],
    ['text-align: right;', 1],
    ['float: left;', 1],
    ['border-left: 4px solid red;', 1],
    ['border-top-right-radius: 4px;', 1],
    ['border-radius: 0 4px 4px 0;', 1],
    ['border-radius: 4px 4px 0 0;', 0],
    ['border-radius: calc(var(--r) * 2);', 0],
    ['margin-inline-start: 1rem;', 0],
    ['inset-inline-end: 0;', 0],
    ['text-align: start;', 0],
    ['justify-content: space-between;', 0],
    ['/* stepper left, people right: */', 0],
  ])('the check itself: %s', (css, n) => {
    expect(physicalLines(css)).toHaveLength(n);
  });
});
