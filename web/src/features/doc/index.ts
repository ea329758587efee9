// DocsPage (docs-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { registerDocStream } from './realtime/space-stream';
