import { useEffect, useRef } from 'preact/hooks';

/** A form's error message: a polite live region that also takes focus when it changes. */
export function FormError({ message, n }: { message: string | null; n: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, n]);
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" class={message ? 'f-form-error' : 'f-form-error f-empty'} data-testid="form-error">
      {message}
    </div>
  );
}
