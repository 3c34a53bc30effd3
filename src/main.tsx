import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root.tsx';
import { applyTheme, storedTheme } from './app/theme.ts';
import { factsheetQuery } from './app/factsheet-query.ts';
import type { DatasetIndex } from './model/dataset-index.ts';
import { datasetStamp } from './model/dataset-stamp.ts';
import { startHydration } from './ui/prerendered.ts';
import { drawsWhole } from './model/draw-policy.ts';
import './styles.css';

// Before the first render, so that a reader's chosen theme is there from the start.
applyTheme(storedTheme());

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const page = <AppRoot client={queryClient} />;

// A transition lets React render a large sheet in slices, keeping the page responsive.
const render = () => startTransition(() => createRoot(root).render(page));

/**
 * The build prerenders the default view of the dataset it ships with (vite.config.ts). The app
 * takes that page over as it is (hydrates it) when it would draw the same: same dataset, and a
 * sheet small enough to draw whole. Otherwise it draws anew once the dataset is there, so that
 * the published facts stay on screen until then.
 */
function canHydrate(index: DatasetIndex, stamp: string): boolean {
  return datasetStamp(index) === stamp && drawsWhole(index.items.length);
}

const stamp = root.dataset.prerendered;
// Filters or a link target in the address: the prerendered default view is not what the
// reader asked for, and its controls would do nothing. Draw anew at once (the skeleton,
// then the sheet).
const asked = window.location.search !== '' || window.location.hash !== '';
if (stamp === undefined || asked) render();
else {
  queryClient.query(factsheetQuery()).then((index) => {
    if (!canHydrate(index, stamp)) return render();
    startHydration(Number(root.dataset.day));
    // In a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page.
    startTransition(() => {
      hydrateRoot(root, page);
    });
  }, render);
}
