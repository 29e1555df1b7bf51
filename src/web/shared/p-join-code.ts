/** "ABCDEFGH" → "ABCD-EFGH" (codes are shown and typed in two halves). */
export function formatJoinCode(code: string): string {
  const c = code.toUpperCase().replace(/[\s\-–—]/g, '');
  return c.length > 4 ? `${c.slice(0, 4)}-${c.slice(4)}` : c;
}

/** What people type: any case, spaces or dashes. Mirrors the server's normalizeJoinCode. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—]/g, '');
}
