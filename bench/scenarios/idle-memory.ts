import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from '../lib/app';
import { rssMb, treeRssMb } from '../lib/memory';
import type { Scenario } from '../lib/scenario';

const IDLE_SECONDS = 5;

/** Starts a server, lets it idle, reads its RSS and stops it. */
async function idleRss(root: string, name: string, entry: string, env: Record<string, string>) {
  const server = await startServer(root, { name, entry, env });
  try {
    await sleep(IDLE_SECONDS * 1000);
    return { rss: rssMb(server.child.pid), tree: treeRssMb(server.child.pid) };
  } finally {
    await server.stop();
  }
}

export const idleMemory: Scenario = {
  name: 'idle-memory',
  summary:
    `RSS (VmRSS) of \`node dist/server/main.js\` on a fresh PostgreSQL database (migrations and demo data), ` +
    `${IDLE_SECONDS} s after /readyz answered 200, vs a bare node:http + pg server (under tsx) idle the same ` +
    'way. The target is absolute.',
  target: { on: 'figure', op: '<', limit: 150, unit: 'MB' },
  async run(ctx) {
    const pg = await ctx.postgres();
    const url = await pg.createDatabase('cuaso_idle_memory');
    ctx.log('app idle');
    const app = await idleRss(ctx.root, 'app (PostgreSQL)', 'dist/server/main.js', { DATABASE_URL: url });
    // The same database again: migrated and seeded already, so this start has nothing one-off to do.
    ctx.log('app idle, second start on the same database');
    const again = await idleRss(ctx.root, 'app (PostgreSQL, 2nd start)', 'dist/server/main.js', {
      DATABASE_URL: url,
    });
    ctx.log('bare server idle');
    const bare = await idleRss(ctx.root, 'bare server', 'bench/lib/bare-server.ts', { DATABASE_URL: url });
    const notes: string[] = [];
    if (app.tree - app.rss > 1) notes.push(`app's child processes add ${(app.tree - app.rss).toFixed(1)} MB`);
    return {
      figure: { label: 'app', value: app.rss, unit: 'MB' },
      baseline: { label: 'bare', value: bare.rss, unit: 'MB' },
      extra: [
        { label: 'app with child processes', value: app.tree, unit: 'MB' },
        { label: 'app, second start on the same database', value: again.rss, unit: 'MB' },
        { label: 'bare with child processes', value: bare.tree, unit: 'MB' },
      ],
      notes,
    };
  },
};
