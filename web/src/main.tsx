import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shared/i18n';
import { App } from './app/app';
import { primeCsrf } from './shared/api/client';

const root = document.getElementById('root');
if (root) {
  void primeCsrf().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
