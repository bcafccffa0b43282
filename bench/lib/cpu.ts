import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far; undefined once it is gone. */
function usedSoFar(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): state is 3rd, utime 14th, stime 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  return usedSoFar(pid) ?? 0;
}

/**
 * CPU seconds used by a changing set of processes between `start()` and `stop()`: each process
 * counts from the first time it is seen, so connections opened during the window count too. A
 * process that ends before `stop()` (pgbench's connections close when it finishes) counts up to its
 * last sample, taken every 100 ms.
 */
export function cpuMeter(pids: () => number[]) {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = () => {
    let now: number[] = [];
    try {
      now = pids();
    } catch {
      return; // a process ended while its tree was read: the next sample sees the rest
    }
    for (const pid of now) {
      const used = usedSoFar(pid);
      if (used === undefined) continue; // ended between the listing and the read
      if (!first.has(pid)) first.set(pid, used);
      last.set(pid, used);
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop(): number {
      clearInterval(timer);
      sample();
      let total = 0;
      for (const [pid, start] of first) total += Math.max(0, last.get(pid)! - start);
      return total;
    },
  };
}

/** CPU seconds of this process's children that have ended and been waited for (pgbench). */
export function endedChildrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
