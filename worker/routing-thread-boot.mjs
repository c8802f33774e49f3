// The routing thread's entry: a worker thread starts without the parent's
// TypeScript loader, so it registers tsx (tsconfig paths included) first.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
