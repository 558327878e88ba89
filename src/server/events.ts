/**
 * In-process publication of committed changes. Operations name their events; the executor
 * publishes them only after the transaction commits, so a listener never sees a change that
 * was rolled back. Realtime streams subscribe here.
 */
import { EventEmitter } from 'node:events';

export interface PlenumEvent {
  /** What changed, e.g. `roster.imported`. */
  type: string;
  /** The body the change belongs to. */
  bodyId: number | null;
  /** The meeting whose stream shows it, when there is one. */
  meetingId?: number;
  data: unknown;
}

export class EventBus {
  readonly #emitter = new EventEmitter({ captureRejections: false });

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  publish(event: PlenumEvent): void {
    this.#emitter.emit('event', event);
  }

  subscribe(listener: (event: PlenumEvent) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }
}
