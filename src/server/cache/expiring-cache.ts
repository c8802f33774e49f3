/** A small in-process cache whose entries expire after `ttlMs`; cleared whole when it grows past `maxEntries`. */
export function expiringCache<T>(ttlMs: number, maxEntries: number) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key: string, load: (key: string) => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = load(key);
      entries.set(key, { at: Date.now(), value });
      value.catch(() => entries.delete(key));
      return value;
    },
    /** Forgets everything, e.g. after a change this process made itself. */
    clear(): void {
      entries.clear();
    },
  };
}
