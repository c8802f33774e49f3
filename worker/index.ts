import { EnvError } from "@/env";
import { startWorker } from "./start-worker";

// Entry point of `npm run worker`.
const worker = await startWorker().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
console.log(`[worker] ${worker.workerId} started (pid ${process.pid})`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.log(`[worker] ${signal}: finishing in-flight jobs`);
    worker.stop().then(
      () => process.exit(0),
      (error) => {
        console.error("[worker] shutdown failed:", error);
        process.exit(1);
      },
    );
  });
}
