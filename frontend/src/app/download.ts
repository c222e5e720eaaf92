import { authFetch } from './client';
import { openInBrowserInstead } from './wechat';

/**
 * Downloads a server export with the session's token, under the name the
 * server gives. Inside WeChat, which cannot save files, it says instead how
 * to open the page in the phone's browser.
 */
export async function download(path: string): Promise<void> {
  if (openInBrowserInstead()) return;
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
