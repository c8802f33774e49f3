/**
 * `npm run bench`: every benchmark in turn, each in its own process, with the
 * same arguments (e.g. `npm run bench -- --n 1000`). Add new ones to BENCHMARKS.
 */
import { runNode } from "./support/run-node";

const BENCHMARKS = ["bench/email.ts", "bench/events.ts", "bench/stats.ts"];

let failed = 0;
for (const script of BENCHMARKS) {
  try {
    await runNode(["--import", "tsx", script, ...process.argv.slice(2)], process.env, { showOutput: true });
  } catch (error) {
    failed += 1;
    console.error(`[bench] ${script} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
