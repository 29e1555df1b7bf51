import { useEffect, useMemo } from 'preact/hooks';
import { ta } from './ta.ts';

/**
 * The recovery codes, shown once: as a list, as a .txt download, and a step that says they
 * are saved (after it they cannot be seen again).
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const url = useMemo(() => {
    const text = `${ta('a.codes.fileHead', { host: location.host })}\n\n${codes.join('\n')}\n`;
    return URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }, [codes]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => {
    document.getElementById('a-codes-title')?.focus();
  }, []);

  return (
    <div class="a-codes-box">
      <h3 id="a-codes-title" tabIndex={-1}>
        {ta('a.codes.title')}
      </h3>
      <p>{ta('a.codes.intro')}</p>
      <ol class="a-codes f-mono" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div class="a-actions">
        <a class="button" href={url} download="vuoropuhe-recovery-codes.txt">
          {ta('a.codes.download')}
        </a>
        <button type="button" class="primary" onClick={onDone}>
          {ta('a.codes.saved')}
        </button>
      </div>
    </div>
  );
}
