/**
 * Adds a handler to a listener set and returns its unsubscribe function. The handler is wrapped,
 * so the same function subscribed twice gets two independent subscriptions.
 */
export function listen<T>(set: Set<(v: T) => void>, handler: (v: T) => void): () => void {
  const h = (v: T): void => handler(v);
  set.add(h);
  return () => void set.delete(h);
}
