import { useEffect, useState } from 'preact/hooks';
import type { ApiResult } from '../shared/api.ts';
import { errorText, lang } from './t.ts';
import { tp, type PKey } from './tp.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Problem = Extract<ApiResult<unknown>, { ok: false }>;

/**
 * One same-origin JSON call with `x-vp-lang`, so that the server writes its error message in the
 * page language: the status (0 when offline) and the parsed body (null when empty or not JSON).
 */
export async function jsonCall(method: Method, url: string, body?: unknown): Promise<{ status: number; ok: boolean; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { 'x-vp-lang': lang } : { 'x-vp-lang': lang, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { status: 0, ok: false, json: null };
  }
  let json: unknown = null;
  try {
    const text = await res.text();
    json = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    json = null;
  }
  return { status: res.status, ok: res.ok, json };
}

/**
 * JSON calls of the process pages (they need PUT). Errors come back as
 * { ok: false, code, message, field? } like in shared/api.ts.
 */
export async function papi<T>(method: Method, url: string, body?: unknown): Promise<ApiResult<T>> {
  const { status, ok, json } = await jsonCall(method, url, body);
  if (status === 0) return { ok: false, status: 0, code: 'offline', message: '' };
  if (ok) return { ok: true, data: json as T, status };
  const e = (json ?? {}) as { error?: string; message?: string; field?: string };
  return { ok: false, status, code: e.error ?? 'internal', message: e.message ?? '', ...(e.field ? { field: e.field } : {}) };
}

/** `/api/processes/:id` + rest. */
export function processApi(id: string, rest = ''): string {
  return `/api/processes/${encodeURIComponent(id)}${rest}`;
}

const FIELDS: Record<string, PKey> = {
  heard: 'p.fu.heard',
  needsMonths: 'p.fu.needsMonths',
  needsYears: 'p.fu.needsYears',
  themePlans: 'p.fu.plans',
  resultsUse: 'p.fu.resultsUse',
  continueDialogue: 'p.fu.continue',
  nextMeeting: 'p.fu.nextWhen',
  nextMeetingPlace: 'p.fu.nextPlace',
  title: 'p.act.f.title',
  owner: 'p.act.f.owner',
  due: 'p.act.f.due',
  status: 'p.act.f.status',
  theme: 'p.act.f.theme',
  practiceId: 'p.act.f.practice',
  text: 'p.sum.label',
  email: 'p.comm.email',
};

/** A field path from the server ("themePlans.2.plan") as the label the user saw. */
export function fieldName(field: string): string {
  const plan = /^themePlans\.(\d+)\.(theme|plan)$/.exec(field);
  if (plan) return tp(plan[2] === 'theme' ? 'p.fu.planTheme' : 'p.fu.planText', { n: Number(plan[1]) + 1 });
  const key = FIELDS[field];
  return key ? tp(key) : field;
}

/** What went wrong, in words: the field the server named, else its (translated) message. */
export function problemText(r: Problem): string {
  if (r.code === 'offline') return errorText('offline');
  if (r.field) return tp('p.error.field', { field: fieldName(r.field) });
  return r.message || errorText(r.code);
}

/** Loads one JSON resource of a process page; 401 hands over to sign-in, 404 says "not yours". */
export function useProcessData<T>(url: string, onUnauthenticated: () => void) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    void papi<T>('GET', url).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.data);
      else if (r.status === 401) onUnauthenticated();
      else setError(r.status === 404 ? tp('p.error.notFound') : problemText(r));
    });
    return () => {
      live = false;
    };
  }, [url]);
  return { data, setData, error };
}
