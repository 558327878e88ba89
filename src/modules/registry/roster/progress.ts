/**
 * Progress of a long roster import, for the command line's progress bar. An operation cannot take
 * a callback through `execute`, so the listener travels with the async context instead: whoever
 * wants to watch runs the import inside `watchProgress`, and the code doing the work reports as it
 * goes. With nobody watching, reporting costs nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Progress {
  /** `read`: the file is being opened; `check`: rows read and checked; `write`: rows stored. */
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

const listeners = new AsyncLocalStorage<ProgressListener>();

/** Runs `work` with `listener` told of every step any roster code inside it reports. */
export function watchProgress<T>(listener: ProgressListener, work: () => Promise<T>): Promise<T> {
  return listeners.run(listener, work);
}

export function reportProgress(progress: Progress): void {
  listeners.getStore()?.(progress);
}
