// "Run now; if asked while running, run once more after." Why: the outbox flush in the
// browser, the worker's delivery pass and the timeline catch-up each must never run twice at
// once (they would send or fetch the same things twice), yet a request that arrives during a
// run may concern something the run already missed (a row committed after it read). Folding
// every request made during a run into exactly one more run gives both, however many arrive.
// Works in the browser and on the server (no Node APIs).

export interface CoalescingRunner {
  /**
   * Starts a run, or asks the current one for one more run after it. Resolves when the runs
   * this call asked for are done; rejects with the error of a run that threw (the runner stays
   * usable).
   */
  run(): Promise<void>;
  /** Whether a run is in progress. */
  readonly isRunning: boolean;
  /** Resolves when no run is in progress (at once when idle); never rejects. */
  idle(): Promise<void>;
}

export interface CoalescingRunnerOptions {
  /** Checked before each run; false stops starting runs (a worker shutting down). */
  shouldRun?: () => boolean;
}

/**
 * `task` does one run; it may answer `true` to ask for another at once (a full batch: more may
 * be waiting). A run that throws ends this round of runs.
 */
export function coalescingRunner(task: () => Promise<boolean | void>, opts: CoalescingRunnerOptions = {}): CoalescingRunner {
  const shouldRun = opts.shouldRun ?? (() => true);
  let current: Promise<void> | null = null;
  let again = false;

  const run = (): Promise<void> => {
    if (current) {
      again = true;
      return current;
    }
    if (!shouldRun()) return Promise.resolve();
    current = (async () => {
      try {
        do {
          again = false;
          if ((await task()) === true) again = true;
        } while (again && shouldRun());
      } finally {
        current = null;
      }
    })();
    return current;
  };

  return {
    run,
    get isRunning() {
      return current !== null;
    },
    idle: () => (current ? current.then(() => undefined, () => undefined) : Promise.resolve()),
  };
}
