import { render } from 'preact';
import { ScreenApp } from './screen-app.tsx';

/** /:lang/screen/:sessionId — the projector view (the facilitator's cookie authenticates). */
const m = /^\/[a-z]{2}\/screen\/([A-Za-z0-9_-]{1,64})/.exec(location.pathname);
render(<ScreenApp sessionId={m ? m[1]! : ''} />, document.getElementById('app')!);
