import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { privacyScanCli } from './privacy-scan-cli.ts';

describe('privacy-scan command', () => {
  it('[N3] prints one JSON object per input line with UTF-16 offsets', async () => {
    const input = Readable.from(['Soita 040 123 4567\n', 'Kokous 12.3.2024 klo 14.30\n', 'hetu 131052-308T ja väärä 131052-308A\n']);
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    await privacyScanCli(input, out);
    const rows = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; findings: { kind: string; start: number; end: number }[] });
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[0]!.findings).toEqual([{ kind: 'phone', start: 6, end: 18 }]);
    expect(rows[1]!.findings).toEqual([]);
    expect(rows[2]!.findings.map((f) => f.kind)).toEqual(['hetu', 'hetu']);
  });
});
