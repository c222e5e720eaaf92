/** The server's limits, checked before sending so a phone does not upload in vain. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 9;
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

/** The first problem with a choice of files, as a message key and its arguments. */
export function checkFiles(files: readonly File[], already: number): { key: string; args?: Record<string, unknown> } | null {
  if (files.length + already > MAX_FILES) return { key: 'tooMany', args: { count: MAX_FILES } };
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) return { key: 'tooLarge', args: { name: f.name } };
    // The server decides by the content; an obviously wrong type is refused here already.
    if (f.type && !TYPES.includes(f.type)) return { key: 'wrongType', args: { name: f.name } };
  }
  return null;
}

/** A key identifying one upload, kept across its retries. */
export function clientKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto && window.isSecureContext) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A client key derived from what is being saved: a retry of the same save
 * sends the same key (the server answers it once), a different content a
 * different one. Short whatever the content (the server keeps 64
 * characters): a 53-bit hash (cyrb53) in base 36.
 */
export function contentKey(...parts: string[]): string {
  const s = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
