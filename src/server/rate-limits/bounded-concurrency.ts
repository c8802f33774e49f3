/**
 * Runs at most `running` tasks at once; up to `waiting` more queue for a
 * turn, and any beyond that are refused at once with `refuse()` rather than
 * piling up. Per process, in memory: it bounds this process's CPU, not a rate.
 */
export function boundedConcurrency(options: { running: number; waiting: number; refuse: () => Error }) {
  let active = 0;
  const queue: (() => void)[] = [];

  function release() {
    const next = queue.shift();
    if (next) next();
    else active--;
  }

  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < options.running) active++;
    else if (queue.length < options.waiting) await new Promise<void>((resolve) => queue.push(resolve));
    else throw options.refuse();
    // The slot passes straight from a finished task to the next in line, so `active` stays counted.
    try {
      return await task();
    } finally {
      release();
    }
  };
}
