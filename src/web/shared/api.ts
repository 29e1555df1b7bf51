/** JSON fetch with the same-origin cookie; errors come back as { ok: false, code, message }. */
export type ApiResult<T> =
  { ok: true; data: T; status: number } | { ok: false; status: number; code: string; message: string; field?: string };

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'offline', message: '' };
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (res.ok) return { ok: true, data: json as T, status: res.status };
  const e = (json ?? {}) as { error?: string; message?: string; field?: string };
  return { ok: false, status: res.status, code: e.error ?? 'internal', message: e.message ?? '', ...(e.field ? { field: e.field } : {}) };
}
