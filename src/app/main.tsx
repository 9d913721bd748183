// Base styles first, so view styles (imported by their components) come after them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/urlSync';
import { App } from './App';
import { appStore } from './appStore';
import { appViews } from './appViews';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

startUrlSync(appStore, window);
createRoot(root).render(
  <StrictMode>
    <App store={appStore} views={appViews} />
  </StrictMode>,
);
