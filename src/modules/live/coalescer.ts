/**
 * A task run at most once per window however often it is asked for: a burst of marks folds into
 * one run at the window's end, and a mark during a run into one more after it. The live feed's
 * counts and its motions' progress are both state, not a log, so only the latest matters.
 */
export class Coalescer {
  #stale = false;
  #timer: NodeJS.Timeout | null = null;
  #running = false;
  #lastStart = 0;
  #closed = false;

  constructor(
    readonly windowMs: number,
    readonly task: () => Promise<void>,
  ) {}

  /** Asks for a run: at once if none started within the window, else when the window ends. */
  mark(): void {
    this.#stale = true;
    if (this.#timer || this.#running || this.#closed) return;
    // Clamped, so a wall clock set back cannot hold the run back for long.
    const wait = Math.min(this.windowMs, Math.max(0, this.#lastStart + this.windowMs - Date.now()));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.run();
    }, wait);
  }

  /** Runs now (`task`, or another for this once, such as a first computation that must report its failure); counts as the window's run. */
  async run(task = this.task): Promise<void> {
    this.#stale = false;
    this.#running = true;
    this.#lastStart = Date.now();
    try {
      await task();
    } finally {
      this.#running = false;
      if (this.#stale && !this.#closed) this.mark();
    }
  }

  /** No more runs (a run in progress finishes). */
  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
