import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { langReady } from './app/i18n';
import './styles.css';
import App from './app/App';

void langReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
