import { parseArgs } from 'node:util';
import { modules } from './modules';
import { verifyAudit } from './platform/audit';
import { ConfigError, loadConfig } from './platform/config';
import { migrate, openDatabase } from './platform/db';
import { createLogger } from './platform/logger';
import { createPlatform } from './platform/platform';

const HELP = `cuaso <command>

  serve                 start the web server (same as npm start)
  worker                run the job runner (outbox relay + jobs) without the web server
  migrate               apply pending database migrations and exit
  audit verify          check every audit hash chain; exits 1 when a record was altered or removed
  pki export-root --out root.pem                       the built-in demo CA's root (instance in DATA_DIR)
  pki demo-cert --name "<full name>" [--seal] --out f.p12 --password <pw>
  pdf sign --in a.pdf --out b.pdf --p12 f.p12 --password <pw>   add a PAdES signature (incremental)
  pdf verify <file> [--trust root.pem]                 report every signature; exit 0 when all pass
  help                  this text

Configuration comes from environment variables; see the README.`;

function out(s: string) {
  process.stdout.write(`${s}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const [command, sub] = positionals;
  if (!command || command === 'help' || command === '--help') {
    out(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);

  switch (command) {
    case 'serve':
      await import('./main');
      return -1; // keeps running
    case 'migrate': {
      const db = await openDatabase(config.database);
      try {
        const applied = await migrate(db.pool);
        out(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return 0;
      } finally {
        await db.close();
      }
    }
    case 'worker': {
      const platform = await createPlatform({ ...config, jobs: 'inline' }, createLogger(config.logLevel));
      for (const mod of modules) mod.registerJobs?.(platform);
      await platform.jobs.start();
      out('worker running; Ctrl+C stops it');
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, async () => {
          await platform.jobs.stop();
          await platform.database.close();
          process.exit(0);
        });
      return -1;
    }
    case 'pki':
    case 'pdf': {
      const { runSigningCli } = await import('./modules/signing');
      return runSigningCli(argv.slice(argv.indexOf(command)), config, out);
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const db = await openDatabase(config.database);
      try {
        const report = await verifyAudit(db.db);
        out(`audit chains: ${report.chains}, records: ${report.records}`);
        for (const p of report.problems) out(`  BROKEN chain ${p.chain} at ${p.seq}: ${p.reason}`);
        out(report.problems.length ? 'audit log: TAMPERED' : 'audit log: intact');
        return report.problems.length ? 1 : 0;
      } finally {
        await db.close();
      }
    }
  }
  logger.error(`unknown command: ${positionals.join(' ')}`);
  out(HELP);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e) => {
    process.stderr.write(`cuaso: ${e instanceof ConfigError ? e.message : (e as Error).message}\n`);
    process.exit(1);
  },
);
