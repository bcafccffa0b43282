import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size of one process, in MB, from /proc/<pid>/status (VmRSS). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) / 1024;
}

/** The process and all its descendants (e.g. helper processes a loader spawns). */
export function descendants(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  });
  return [pid, ...children.map(Number).flatMap(descendants)];
}

export const treeRssMb = (pid: number) => descendants(pid).reduce((sum, p) => sum + rssMb(p), 0);
