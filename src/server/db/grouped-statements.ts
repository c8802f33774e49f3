/**
 * Turns a statement over many items into a call for one item, grouping the
 * calls made meanwhile ("group commit"): while one statement runs, the next
 * group gathers, so a burst costs one round trip and one commit per group
 * instead of per item, and a lone call waits for nothing. `run` returns one
 * result per item, in order. If a group fails, each item is run alone, so
 * one bad item fails only its own call.
 */
export function groupedStatements<TItem, TResult>(run: (items: TItem[]) => Promise<TResult[]>, { maxGroup }: { maxGroup: number }): (item: TItem) => Promise<TResult> {
  type TPending = { item: TItem; resolve: (result: TResult) => void; reject: (error: unknown) => void };
  const pending: TPending[] = [];
  let draining = false;

  const runAlone = ({ item, resolve, reject }: TPending) =>
    run([item]).then(([result]) => (result === undefined ? reject(new Error("A grouped statement returned no result")) : resolve(result)), reject);

  async function drain(): Promise<void> {
    while (pending.length) {
      const group = pending.splice(0, maxGroup);
      if (group.length === 1) {
        await runAlone(group[0] as TPending);
        continue;
      }
      try {
        const results = await run(group.map((call) => call.item));
        if (results.length !== group.length) throw new Error(`A grouped statement returned ${results.length} results for ${group.length} items`);
        group.forEach((call, index) => call.resolve(results[index] as TResult));
      } catch {
        await Promise.all(group.map(runAlone));
      }
    }
    draining = false;
  }

  return (item) =>
    new Promise<TResult>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      // After this turn of the event loop, so calls that arrived together go together.
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
}
