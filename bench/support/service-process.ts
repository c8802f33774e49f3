import { spawn, type ChildProcess } from "node:child_process";

export type TServiceProcess = {
  name: string;
  pid: number;
  /** The last lines it printed, for the error message when it dies. */
  recentOutput: () => string;
  /** Distinct lines that mention an error, in order of first appearance (at most 20). */
  errorLines: () => string[];
  waitForOutput: (pattern: RegExp, timeoutMs: number) => Promise<void>;
  stop: () => Promise<void>;
};

const KEEP_LINES = 40;

/**
 * Starts a child whose output is drained (a full pipe would stall it) and
 * remembered, not printed: the worker logs a line per job. An unexpected exit
 * is reported through `onExit` so the run fails instead of waiting forever.
 */
export function startService(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  onExit: (message: string) => void;
}): TServiceProcess {
  const child: ChildProcess = spawn(options.command, options.args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`Could not start ${options.name}`);
  const lines: string[] = [];
  const errors = new Set<string>();
  const matchers = new Set<(line: string) => void>();
  let partial = "";
  const collect = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      if (errors.size < 20 && /error/i.test(line)) errors.add(line.trim());
      for (const match of matchers) match(line);
    }
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      if (!stopping) options.onExit(`${options.name} exited (${signal ?? `code ${code}`}); its last output:\n${lines.join("\n")}`);
      resolve();
    }),
  );

  return {
    name: options.name,
    pid: child.pid,
    recentOutput: () => lines.join("\n"),
    errorLines: () => [...errors],
    waitForOutput: (pattern, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          matchers.delete(match);
          reject(new Error(`${options.name} did not print ${pattern} within ${timeoutMs / 1000} s; its last output:\n${lines.join("\n")}`));
        }, timeoutMs);
        const match = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          matchers.delete(match);
          resolve();
        };
        matchers.add(match);
      }),
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(killer);
    },
  };
}
