import { Input, Modal } from 'antd';
import { createElement } from 'react';
import i18n from './i18n';

/** WeChat's in-app browser (Android's XWeb, iOS, the desktop client): it cannot save files. */
export function inWeChat(ua = navigator.userAgent): boolean {
  return /MicroMessenger/i.test(ua);
}

/**
 * Where WeChat cannot save or open a file, says how: open the page in the
 * phone's browser (··· at the top right → 在浏览器打开), with the file's
 * address to copy when there is one. Returns true when it said so (the
 * caller does not try the download).
 */
export function openInBrowserInstead(url?: string): boolean {
  if (!inWeChat()) return false;
  const t = i18n.t.bind(i18n);
  Modal.info({
    title: t('wechat.title'),
    content: createElement('div', null,
      createElement('p', null, t('wechat.howTo')),
      url ? createElement('p', null, t('wechat.copy')) : null,
      url ? createElement(Input.TextArea, { readOnly: true, autoSize: true, value: new URL(url, location.href).href, 'aria-label': t('wechat.address'),
        onFocus: (e: { target: HTMLTextAreaElement }) => e.target.select() }) : null),
    okText: t('common.done'),
  });
  return true;
}
