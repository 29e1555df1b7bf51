import { useEffect, useRef, useState } from 'preact/hooks';
import { newClientId } from '../shared/connection.ts';
import { uploadImage } from './os-upload.ts';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

export interface UploadTarget {
  sessionId: string;
  token: string;
  groupId: string;
}

interface Job {
  kind: 'photo' | 'drawing';
  alt: string;
  body: Blob;
  imageId: string;
}

export interface UploadState {
  /** null: idle; a number: sending, that many percent done */
  percent: number | null;
  /** the translated reason of the last failure */
  error: string | null;
}

export function uploadErrorText(code: string): string {
  return code === 'offline' ? t('join.offline') : errorText(code);
}

/**
 * Sends one picture at a time with progress; a failure can be retried with the same image id
 * (the server answers a repeated id with the picture it already has).
 */
export function useUpload(target: UploadTarget, announce: Announce) {
  const [st, setSt] = useState<UploadState>({ percent: null, error: null });
  const last = useRef<Job | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  async function run(job: Job): Promise<boolean> {
    last.current = job;
    setSt({ percent: 0, error: null });
    const r = await uploadImage({
      ...target,
      ...job,
      onProgress: (percent) => {
        if (alive.current) setSt({ percent, error: null });
      },
    });
    if (!alive.current) return r.ok;
    if (r.ok) {
      last.current = null;
      setSt({ percent: null, error: null });
      announce(t('img.saved'));
      return true;
    }
    const error = uploadErrorText(r.code);
    setSt({ percent: null, error });
    announce(t('img.failed', { error }));
    return false;
  }

  return {
    ...st,
    busy: st.percent !== null,
    canRetry: st.error !== null && last.current !== null,
    send: (kind: Job['kind'], body: Blob, alt: string) => run({ kind, body, alt, imageId: newClientId() }),
    retry: () => (last.current ? run(last.current) : Promise.resolve(false)),
    fail(error: string) {
      last.current = null;
      setSt({ percent: null, error });
    },
  };
}
