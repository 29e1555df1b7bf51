import { createInterface } from 'node:readline';
import { scanText } from '../domain/privacy-scan.ts';

/**
 * `npx vuoropuhe privacy-scan`: reads UTF-8 text from stdin, one item per line, and prints one JSON
 * object per input line: {"line":N,"findings":[{"kind":"hetu|phone|email|address","start":i,"end":j}]}.
 * Offsets are UTF-16 units within the line, end exclusive. A code-shaped string with a wrong check
 * character is reported as "hetu" too (it still looks like an identity code).
 */
export async function privacyScanCli(input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    const findings = scanText(text).map((f) => ({ kind: f.kind === 'hetu_like' ? 'hetu' : f.kind, start: f.start, end: f.end }));
    out.write(`${JSON.stringify({ line, findings })}\n`);
  }
}

if (process.argv[1]?.endsWith('privacy-scan-cli.js')) void privacyScanCli(process.stdin, process.stdout);
