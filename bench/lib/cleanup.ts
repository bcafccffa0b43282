import { rmSync } from 'node:fs';

/**
 * Everything the bench starts registers how to stop it here; `runCleanups` undoes it in reverse order,
 * at the end of the run, on an error and on SIGINT/SIGTERM.
 */
type Task = { name: string; fn: () => Promise<void> | void };

const tasks: Task[] = [];

/** Registers an undo step; the returned function drops it once the caller has undone it itself. */
export function onCleanup(name: string, fn: Task['fn']): () => void {
  const task = { name, fn };
  tasks.push(task);
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) tasks.splice(i, 1);
  };
}

let running: Promise<void> | undefined;

/** Undoes everything registered, newest first; a second caller waits for the same run. */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    for (let task = tasks.pop(); task; task = tasks.pop()) {
      try {
        await task.fn();
      } catch (e) {
        process.stderr.write(`bench: cleanup "${task.name}" failed: ${(e as Error).message}\n`);
      }
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/**
 * Removes a temp dir of the run, unless BENCH_KEEP_TMP=1: then it stays (for a look inside, or for
 * runs back to back: on ext4 without a journal, creating files is several times slower for minutes
 * after many were removed, which a run's uploads feel; see README, "Between runs").
 */
export function removeTempDir(dir: string) {
  if (process.env.BENCH_KEEP_TMP === '1') {
    process.stderr.write(`bench: kept ${dir}\n`);
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}
