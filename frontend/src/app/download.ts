import { authFetch } from './client';

/** Downloads a server export with the session's token, under the name the server gives. */
export async function download(path: string): Promise<void> {
  const res = await authFetch(path);
  if (!res.ok) throw new Error(`${res.status}`);
  const name = decodeURIComponent((res.headers.get('Content-Disposition') ?? '').split("UTF-8''")[1] ?? 'export');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
