import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defineElements } from '@microintern/react';
import { App } from './App.js';
import './styles/base.css';
import './styles/header.css';
import './styles/layout.css';
import './styles/results.css';
import './styles/dialog.css';

// The wrappers register their elements when they mount; starting the card's download here,
// while React renders, lets the first cards appear upgraded instead of a moment later. Only the
// card: the apply form is about a quarter of the app's bytes and loads when it may be needed
// (load-application-form.ts).
defineElements(['mi-project-card']).catch((error: unknown) => console.error('Could not load the gig widgets', error));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
