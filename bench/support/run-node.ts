import { spawn } from "node:child_process";

/** Runs `node <args>` to completion; resolves with its output, rejects with it on a non-zero exit. */
export function runNode(args: string[], env: NodeJS.ProcessEnv, options: { showOutput?: boolean } = {}): Promise<string> {
  const stdio = options.showOutput ? "inherit" : "pipe";
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", stdio, stdio] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`node ${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}
