import { useCallback, useRef } from 'react';

/** A random UUID (v4). `crypto.randomUUID` exists only on HTTPS and localhost; the fallback everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Idempotency-Key of one form submission. Sending the same body again (a retry after a lost
 * answer, a double click) reuses the key, so the server creates nothing twice; a changed body
 * is a new submission with a new key. `forget` after a success: the next one is new.
 */
export function useSubmissionKey(): { keyFor: (body: unknown) => string; forget: () => void } {
  const last = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const sent = JSON.stringify(body);
    if (last.current?.body !== sent) last.current = { body: sent, key: newIdempotencyKey() };
    return last.current.key;
  }, []);
  const forget = useCallback(() => {
    last.current = null;
  }, []);
  return { keyFor, forget };
}
