import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream kernel build.
const TICKS_PER_SECOND = 100;

/** Resident memory of `pid` in MB (VmRSS), or null once it is gone. */
export function residentMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

type TStat = { ppid: number; own: number; reapedChildren: number };

function readStat(pid: number): TStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name, which may itself contain spaces.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ").map(Number);
    const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
    return { ppid: ppid ?? 0, own: ((utime ?? 0) + (stime ?? 0)) / TICKS_PER_SECOND, reapedChildren: ((cutime ?? 0) + (cstime ?? 0)) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** CPU seconds used so far by `pid` alone. */
export function cpuSeconds(pid: number): number {
  return readStat(pid)?.own ?? 0;
}

/**
 * CPU seconds of a PostgreSQL server: the postmaster, its live backends, and
 * the backends that already exited (counted in the postmaster's child times).
 */
export function serverCpuSeconds(postmasterPid: number): number {
  const postmaster = readStat(postmasterPid);
  if (!postmaster) return 0;
  let total = postmaster.own + postmaster.reapedChildren;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmasterPid) total += stat.own;
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine, all cores. */
export function machineCpuSeconds(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  const values = line.split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}
