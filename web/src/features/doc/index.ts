export { DocsPage } from './docs-page';
export { registerDocStream } from './realtime/space-stream';
