import type { Table, Zone } from '../../domain/types.ts';
import type { Lang } from '../../domain/types.ts';

/**
 * Concern zones are never told by colour alone: each has a number, a name and a distinct
 * shape (1 circle, 2 triangle, 3 square, 4 diamond). CSS classes zone-1…zone-4 set the colours.
 */
export function ZoneIcon({ zone, size = 32 }: { zone: Zone | null; size?: number }) {
  const shape =
    zone === 1 ? (
      <circle cx="16" cy="16" r="13" />
    ) : zone === 2 ? (
      <path d="M16 3 L29 28 H3 Z" />
    ) : zone === 3 ? (
      <rect x="4" y="4" width="24" height="24" rx="2" />
    ) : zone === 4 ? (
      <path d="M16 2 L30 16 L16 30 L2 16 Z" />
    ) : (
      <rect x="4" y="8" width="24" height="16" rx="8" />
    );
  return (
    <svg class={`zone-icon zone-${zone ?? 0}`} width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      {shape}
      <text x="16" y={zone === 2 ? 24 : 21} text-anchor="middle" font-size="13" font-weight="700">
        {zone ?? ''}
      </text>
    </svg>
  );
}

export function tableTitle(t: Table, lang: Lang): string {
  return t.title[lang] || t.title.fi;
}
