import { describe, expect, it } from 'vitest';
import { coalescingRunner } from '@/lib/kernel/coalescing-runner';

/** A task whose runs the test finishes by hand. */
function gatedTask() {
  const gates: (() => void)[] = [];
  let runs = 0;
  let concurrent = 0;
  let maxConcurrent = 0;
  const task = async () => {
    runs++;
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    await new Promise<void>((resolve) => gates.push(resolve));
    concurrent--;
  };
  const release = async () => {
    while (!gates.length) await Promise.resolve();
    gates.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, release, get runs() { return runs; }, get maxConcurrent() { return maxConcurrent; } };
}

describe('coalescingRunner', () => {
  it('runs at once, and folds every request made during a run into exactly one more run', async () => {
    const t = gatedTask();
    const runner = coalescingRunner(t.task);
    const first = runner.run();
    expect(runner.isRunning).toBe(true);
    const during = [runner.run(), runner.run(), runner.run()];
    await t.release(); // the first run ends; one more starts for the three requests
    expect(t.runs).toBe(2);
    await t.release();
    await Promise.all([first, ...during]);
    expect(t.runs).toBe(2);
    expect(t.maxConcurrent).toBe(1);
    expect(runner.isRunning).toBe(false);
  });

  it('runs again when asked after a run ended, and not before', async () => {
    let runs = 0;
    const runner = coalescingRunner(async () => {
      runs++;
    });
    await runner.run();
    await runner.run();
    expect(runs).toBe(2);
  });

  it('runs once more when the task says more is waiting (a full batch), until it says not', async () => {
    const batches = [50, 50, 12];
    let runs = 0;
    const runner = coalescingRunner(async () => (batches[runs++] ?? 0) >= 50);
    await runner.run();
    expect(runs).toBe(3);
  });

  it('passes a failing run to its callers and stays usable', async () => {
    let fail = true;
    const runner = coalescingRunner(async () => {
      if (fail) throw new Error('database unavailable');
    });
    await expect(runner.run()).rejects.toThrow('database unavailable');
    await expect(runner.idle()).resolves.toBeUndefined();
    fail = false;
    await expect(runner.run()).resolves.toBeUndefined();
  });

  it('starts no run once stopped, and idle() waits for the one in progress', async () => {
    const t = gatedTask();
    let stopped = false;
    const runner = coalescingRunner(t.task, { shouldRun: () => !stopped });
    void runner.run();
    void runner.run(); // would ask for one more run
    stopped = true;
    const idle = runner.idle();
    await t.release();
    await idle;
    expect(t.runs).toBe(1);
    await runner.run();
    expect(t.runs).toBe(1);
  });
});
