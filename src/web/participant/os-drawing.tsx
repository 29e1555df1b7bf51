import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../domain/types.ts';
import { kt, useKids } from './kids.ts';
import { UploadStatus } from './os-upload-status.tsx';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useUpload, type UploadTarget } from './use-upload.ts';

const W = 800;
const H = 600;
const LINE = 6;

type Stroke = [number, number][];

function paint(canvas: HTMLCanvasElement | null, strokes: Stroke[]): void {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = '#1b1f24';
  ctx.fillStyle = '#1b1f24';
  ctx.lineWidth = LINE;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    if (s.length === 1) {
      ctx.beginPath();
      ctx.arc(s[0]![0], s[0]![1], LINE / 2, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.beginPath();
    s.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.stroke();
  }
}

/**
 * A simple drawing pad (finger, pen or mouse), sent as a PNG to the flipchart. Drawing is
 * optional extra content: the label says so, and everything can also be written as text.
 */
export function OsDrawing({ target, announce }: { target: UploadTarget; announce: Announce }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const drawing = useRef<number | null>(null);
  const [count, setCount] = useState(0);
  const [alt, setAlt] = useState('');
  const [open, setOpen] = useState(false);
  const kids = useKids();
  const up = useUpload(target, announce);

  useEffect(() => {
    if (open) paint(canvas.current, strokes.current);
  }, [open]);

  const point = (e: PointerEvent): [number, number] => {
    const r = canvas.current!.getBoundingClientRect();
    return [Math.round(((e.clientX - r.left) / r.width) * W), Math.round(((e.clientY - r.top) / r.height) * H)];
  };
  const redraw = (next: Stroke[]) => {
    strokes.current = next;
    paint(canvas.current, next);
    setCount(next.length);
  };

  async function save() {
    if (up.busy) return;
    if (strokes.current.length === 0) return up.fail(t('draw.empty'));
    const c = canvas.current;
    const blob = c ? await new Promise<Blob | null>((r) => c.toBlob(r, 'image/png')) : null;
    if (!blob) return up.fail(t('img.loadFailed'));
    if (await up.send('drawing', blob, alt.trim())) {
      setAlt('');
      redraw([]);
    }
  }

  return (
    <details class="os-draw" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{kt(kids, 'draw.heading', 'kids.draw.heading')}</summary>
      <p id="draw-hint" class="hint">
        {kt(kids, 'draw.hint', 'kids.draw.hint')}
      </p>
      <canvas
        ref={canvas}
        class="os-canvas"
        width={W}
        height={H}
        role="img"
        aria-label={t('draw.canvas')}
        aria-describedby="draw-hint"
        onPointerDown={(e) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = e.pointerId;
          redraw([...strokes.current, [point(e)]]);
        }}
        onPointerMove={(e) => {
          if (drawing.current !== e.pointerId) return;
          const s = strokes.current[strokes.current.length - 1];
          const from = s?.[s.length - 1];
          const ctx = canvas.current?.getContext('2d');
          if (!s || !from || !ctx) return;
          const to = point(e);
          s.push(to);
          ctx.beginPath();
          ctx.moveTo(from[0], from[1]);
          ctx.lineTo(to[0], to[1]);
          ctx.stroke();
        }}
        onPointerUp={() => (drawing.current = null)}
        onPointerCancel={() => (drawing.current = null)}
      />
      <div class="p-actions">
        <button type="button" disabled={count === 0} onClick={() => redraw(strokes.current.slice(0, -1))}>
          {t('draw.undo')}
        </button>
        <button type="button" disabled={count === 0} onClick={() => redraw([])}>
          {t('draw.clear')}
        </button>
      </div>
      <div class="field">
        <label for="draw-alt">{t('draw.alt')}</label>
        <input
          id="draw-alt"
          dir="auto"
          value={alt}
          maxLength={LIMITS.altMax}
          autocomplete="off"
          onInput={(e) => setAlt(e.currentTarget.value)}
        />
      </div>
      <UploadStatus up={up} id="draw" />
      <button type="button" class="primary" aria-disabled={up.busy ? true : undefined} onClick={() => void save()}>
        {t('draw.save')}
      </button>
    </details>
  );
}
