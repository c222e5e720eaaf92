import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { langReady } from './app/i18n';
import './styles.css';
import App from './app/App';
import { keepLoadedCode } from './app/offline';

void langReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// The service worker (public/sw.js) keeps the app's shell and code so the
// phone pages open without a network; only in the built app (not in vite's
// dev server, whose modules change).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').then(() => keepLoadedCode(), () => undefined);
  });
}

