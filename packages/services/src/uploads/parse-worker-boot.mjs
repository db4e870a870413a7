// Entry of the parse worker thread: the TypeScript sources run as they are (as in the CLI, through
// tsx's loader, which a worker thread does not inherit from the main thread), then the worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
