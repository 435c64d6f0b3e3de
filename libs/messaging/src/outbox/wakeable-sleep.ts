/** A sleep that `wake()` cuts short; a wake-up that arrives while awake is kept for the next sleep. */
export class WakeableSleep {
  private pending = false;
  private cutShort: (() => void) | undefined;

  wake(): void {
    if (this.cutShort) this.cutShort();
    else this.pending = true;
  }

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.cutShort = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.cutShort = finish;
    });
  }
}
