import { CoalescedTask } from './coalesced-task';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A task whose runs the test finishes one by one. */
function controlledTask() {
  const finishers: (() => void)[] = [];
  const task = () => new Promise<void>((resolve) => finishers.push(resolve));
  const finishNext = async () => {
    finishers.shift()?.();
    await settle();
  };
  return { task, finishers, finishNext };
}

describe('CoalescedTask', () => {
  it('runs once more after a run during which it was triggered, however many times', async () => {
    const { task, finishers, finishNext } = controlledTask();
    const coalesced = new CoalescedTask(task, () => undefined);
    coalesced.trigger();
    coalesced.trigger();
    coalesced.trigger();
    expect(finishers).toHaveLength(1);
    await finishNext();
    expect(finishers).toHaveLength(1);
    await finishNext();
    expect(finishers).toHaveLength(0);
  });

  it('hands a failure to onError and runs again on the next trigger', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const coalesced = new CoalescedTask(
      async () => {
        calls += 1;
        throw new Error(`run ${calls}`);
      },
      (error) => errors.push(error),
    );
    coalesced.trigger();
    await settle();
    expect(errors).toEqual([new Error('run 1')]);
    coalesced.trigger();
    await settle();
    expect(errors).toEqual([new Error('run 1'), new Error('run 2')]);
  });

  it('starts nothing after stop, not even a pending run, and waits for the current one', async () => {
    const { task, finishers, finishNext } = controlledTask();
    const coalesced = new CoalescedTask(task, () => undefined);
    coalesced.trigger();
    coalesced.trigger();
    let stopped = false;
    const stopping = coalesced.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    await finishNext();
    await stopping;
    coalesced.trigger();
    expect(finishers).toHaveLength(0);
  });
});
