// The app as built for production, with one generated race added to its dataset, for
// `npm run bench:replay`: a field of 1,000 runners the seeds cannot provide.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/App';
import { appViews } from '../../src/app/appViews';
import { seedArticles } from '../../src/app/seedArticles';
import '../../src/app/styles.css';
import { deriveDataset } from '../../src/model/deriveDataset';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { generateField } from './generateField';

const field = generateField(1000);
const store = createAppStore(seedArticles, {
  derive: (articles) => {
    const dataset = deriveDataset(articles);
    return { ...dataset, races: [...dataset.races, field] };
  },
});

const root = document.getElementById('root');
if (root === null) throw new Error('bench page has no #root element');
startUrlSync(store, window);
createRoot(root).render(
  <StrictMode>
    <App store={store} views={appViews} />
  </StrictMode>,
);
