/**
 * Run as its own process (with NODE_ENV=production, like the worker): how long
 * the worker's template render takes per notification. Prints one JSON line.
 */
import { renderSampleEmail } from "./sample-notification";

const ROUNDS = Number(process.argv[2] ?? 300);
const first = await renderSampleEmail();
for (let i = 0; i < 50; i++) await renderSampleEmail();
const startedAt = performance.now();
for (let i = 0; i < ROUNDS; i++) await renderSampleEmail();
const msPerRender = (performance.now() - startedAt) / ROUNDS;
console.log(JSON.stringify({ msPerRender: Math.round(msPerRender * 100) / 100, htmlBytes: Buffer.byteLength(first.html), textBytes: Buffer.byteLength(first.text) }));
