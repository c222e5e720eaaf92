import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download';
import { inWeChat } from './wechat';

const wechatUA = 'Mozilla/5.0 (Linux; Android 13; wv) AppleWebKit/537.36 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/4G Language/zh_CN';

describe('downloads inside WeChat', () => {
  afterEach(() => { vi.restoreAllMocks(); document.body.innerHTML = ''; });

  it('knows WeChat by its user agent', () => {
    expect(inWeChat(wechatUA)).toBe(true);
    expect(inWeChat('Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116.0.0.0 Mobile Safari/537.36')).toBe(false);
  });

  it('says how to open the page in the browser instead of trying a download WeChat cannot save', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(wechatUA);
    const fetch = vi.spyOn(globalThis, 'fetch');
    await download('/exports/ledger.xlsx');
    expect(fetch).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.body.textContent).toContain('在浏览器打开'));
  });
});
