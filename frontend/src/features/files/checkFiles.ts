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
