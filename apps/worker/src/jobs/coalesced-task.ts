/**
 * Runs an async task on demand, one run at a time: triggers during a run earn one more run
 * after it, not one each (a burst of NOTIFYs is one relay pass). A failed run goes to
 * `onError`; the next trigger runs again.
 */
export class CoalescedTask {
  private running?: Promise<void>;
  private pending = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  trigger(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.task()
      .then(() => undefined, this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.pending) {
          this.pending = false;
          this.trigger();
        }
      });
  }

  every(ms: number): void {
    this.timer = setInterval(() => this.trigger(), ms);
  }

  /** No run starts after this, not even a pending one; resolves when the current one is over. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
