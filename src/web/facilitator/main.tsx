import { render } from 'preact';
import { App } from './app.tsx';

/** Facilitator app entry: one root, routes from location.pathname. */
const root = document.getElementById('app');
if (root) render(<App />, root);
