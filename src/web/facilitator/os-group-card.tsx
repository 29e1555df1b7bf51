import { memberCount } from '../../domain/open-space.ts';
import type { FlipImage, FlipItemKind, OpenSpace } from '../../domain/types.ts';
import { groupLabel } from './os-names.ts';
import { t } from './t.ts';

export const FLIP_KINDS: FlipItemKind[] = ['key', 'keyword', 'text'];
export const SECTION = { key: 'f.os.flip.key', keyword: 'f.os.flip.keyword', text: 'f.os.flip.text' } as const;

export function imageUrl(sessionId: string, imageId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(imageId)}`;
}

export function imageAlt(img: FlipImage): string {
  return img.alt || t(img.kind === 'photo' ? 'f.os.image.photo' : 'f.os.image.drawing');
}

/** Thumbnails of a group's photos and drawings; each opens full size in a new tab. */
export function OsImages({ sessionId, images }: { sessionId: string; images: FlipImage[] }) {
  return (
    <ul class="f-os-images">
      {images.map((img) => {
        const w = 144;
        const h = Math.max(1, Math.round((w * img.height) / Math.max(1, img.width)));
        return (
          <li key={img.id}>
            <a href={imageUrl(sessionId, img.id)} target="_blank" rel="noopener noreferrer">
              <img src={imageUrl(sessionId, img.id)} alt={imageAlt(img)} width={w} height={h} loading="lazy" decoding="async" />
              <span class="visually-hidden"> {t('f.os.newTab')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One working group in the groups phase: size, its flipchart by section (key themes,
 * good-practice keywords, other lines), photos, good-practice records and pearls.
 */
export function OsGroupCard(props: { os: OpenSpace; gid: string; sessionId: string; scribing: boolean; onScribe: (() => void) | null }) {
  const { os, gid } = props;
  const items = os.items.filter((i) => i.groupId === gid);
  const images = os.images.filter((i) => i.groupId === gid);
  const practices = os.practices.filter((p) => p.groupId === gid);
  const pearls = os.pearls.filter((p) => p.groupId === gid);
  const n = memberCount(os, gid);
  const label = groupLabel(os, gid);
  const hid = `os-group-h-${gid}`;
  return (
    <li class={props.scribing ? 'f-os-group f-os-group-scribing' : 'f-os-group'}>
      <div class="f-os-group-head">
        <h3 id={hid} tabIndex={-1}>
          {label}
        </h3>
        <span class="f-muted">{t('f.group.size', { n: n })}</span>
        {os.cap !== null && n >= os.cap && <span class="f-badge">{t('f.os.group.full')}</span>}
        {props.scribing && <span class="f-badge f-badge-ok">{t('f.os.scribe.active')}</span>}
      </div>
      {props.onScribe && !props.scribing && (
        <button type="button" class="f-small" aria-label={t('f.os.scribe.forLabel', { group: label })} onClick={props.onScribe}>
          {t('f.os.scribe.for')}
        </button>
      )}
      {items.length === 0 && images.length === 0 && practices.length === 0 ? (
        <p class="hint">{t('f.os.flip.empty')}</p>
      ) : (
        <>
          {FLIP_KINDS.map((kind) => {
            const list = items.filter((i) => i.kind === kind);
            if (list.length === 0) return null;
            return (
              <div key={kind} class="f-os-section">
                <h4>
                  {t(SECTION[kind])} <span class="f-muted">({list.length})</span>
                </h4>
                <ul class="f-os-items">
                  {list.map((i) => (
                    <li key={i.id}>
                      {i.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
                      <bdi>{i.text}</bdi>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {images.length > 0 && (
            <div class="f-os-section">
              <h4>
                {t('f.os.images.title')} <span class="f-muted">({images.length})</span>
              </h4>
              <OsImages sessionId={props.sessionId} images={images} />
            </div>
          )}
          {practices.length > 0 && (
            <div class="f-os-section">
              <h4>
                {t('f.os.practices.title')} <span class="f-muted">({practices.length})</span>
              </h4>
              <ul class="f-os-practices">
                {practices.map((p) => (
                  <li key={p.id} class="f-os-practice">
                    <p class="f-os-practice-title">
                      {p.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
                      {p.title}
                    </p>
                    {p.description && <p>{p.description}</p>}
                    {p.keywords.length > 0 && (
                      <p class="f-muted">
                        {t('f.os.practice.keywords')}: {p.keywords.join(', ')}
                      </p>
                    )}
                    {p.context && (
                      <p class="f-muted">
                        {t('f.os.practice.context')}: {p.context}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {os.mainPoints[gid] && (
        <div class="f-os-section">
          <h4>{t('f.os.points.title')}</h4>
          <p class="f-os-points-text">{os.mainPoints[gid]}</p>
        </div>
      )}
      {pearls.length > 0 && (
        <div class="f-os-section">
          <h4>
            {t('f.os.pearls.title')} <span class="f-muted">({pearls.length})</span>
          </h4>
          <ul class="f-os-items">
            {pearls.map((p) => (
              <li key={p.id} dir="auto">
                {p.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
