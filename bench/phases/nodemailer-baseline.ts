import { runNode } from "../support/run-node";
import type { TSmtpSink } from "../support/smtp-sink";
import { perSecond } from "../support/stats";

export type TNodemailerBaseline = { maxConnections: number; messages: number; elapsedMs: number; perSecond: number };

/**
 * nodemailer alone, pooled as the app configures it, pushing `count` copies of
 * the app's rendered email to the sink: the ceiling for the email leg. It runs
 * in its own process (bench/phases/nodemailer-sender.ts), as the worker's
 * nodemailer does, so it does not share a core with the sink.
 */
export async function runNodemailerBaseline(options: { sink: TSmtpSink; count: number; maxConnections: number }): Promise<TNodemailerBaseline> {
  const { sink, count, maxConnections } = options;
  const prefix = `nodemailer-${maxConnections}`;
  const output = await runNode(["--import", "tsx", "bench/phases/nodemailer-sender.ts", sink.url, String(maxConnections), String(count), prefix], {
    ...process.env,
    NODE_ENV: "production",
  });
  const { elapsedMs } = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as { elapsedMs: number };
  await sink.waitFor(Array.from({ length: count }, (_, index) => `${prefix}-${index}`), 10_000);
  return { maxConnections, messages: count, elapsedMs: Math.round(elapsedMs), perSecond: perSecond(count, elapsedMs) };
}
