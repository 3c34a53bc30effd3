import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, storedTheme } from './app/theme.ts';
import './styles.css';

// Everything else loads on demand: the build puts the first view's shared code (React, the
// loader) in one file for both pages, and the embed's own code must not weigh on the sheet.
const EmbedApp = lazy(() => import('./app/embed-app.tsx').then((module) => ({ default: module.EmbedApp })));

applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <Suspense fallback={<p className="embed__loading">Loading…</p>}>
        <EmbedApp />
      </Suspense>
    </QueryClientProvider>
  </StrictMode>,
);
