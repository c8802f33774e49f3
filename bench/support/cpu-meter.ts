import { cpuSeconds, machineCpuSeconds, residentMb, serverCpuSeconds } from "./proc-stats";

/** Average cores busy during a phase, per process we run and for the rest of the machine. */
export type TCpuUse = Record<string, number>;

export type TCpuSources = Record<string, { pid: number; postgresServer?: boolean }>;

/**
 * Measures how many cores each process used between start and stop. On a
 * shared 2-core machine this says which process was the bottleneck and how
 * much of the machine other work took.
 */
export function startCpuMeter(sources: TCpuSources): { stop: () => TCpuUse } {
  const read = () => Object.fromEntries(Object.entries(sources).map(([name, source]) => [name, source.postgresServer ? serverCpuSeconds(source.pid) : cpuSeconds(source.pid)]));
  const startedAt = performance.now();
  const before = read();
  const machineBefore = machineCpuSeconds();
  return {
    stop: () => {
      const seconds = (performance.now() - startedAt) / 1000;
      const after = read();
      const machineAfter = machineCpuSeconds();
      const cores = (cpu: number) => Math.round((cpu / seconds) * 100) / 100;
      const use: TCpuUse = {};
      let ours = 0;
      for (const name of Object.keys(sources)) {
        const delta = (after[name] ?? 0) - (before[name] ?? 0);
        ours += delta;
        use[name] = cores(delta);
      }
      const machine = machineAfter.busy - machineBefore.busy;
      use.machine = cores(machine);
      use.others = cores(Math.max(0, machine - ours));
      return use;
    },
  };
}

/** Samples a process's resident memory every `intervalMs`; stop() gives the peak. */
export function startRssSampler(pid: number, intervalMs = 250): { stop: () => { peakMb: number | null; lastMb: number | null } } {
  let peakMb: number | null = null;
  let lastMb: number | null = null;
  const sample = () => {
    lastMb = residentMb(pid);
    if (lastMb !== null && (peakMb === null || lastMb > peakMb)) peakMb = lastMb;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakMb, lastMb };
    },
  };
}
