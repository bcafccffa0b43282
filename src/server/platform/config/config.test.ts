import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, DEMO_KEY_ENCRYPTION_KEY, DEMO_SECRET, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

describe('configuration', () => {
  it('defaults to the embedded database under ./data with demo data in development', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.database.kind, 'pglite');
    assert.match(c.dataDir, /data$/);
    assert.equal(c.demo, true);
    assert.equal(c.publicUrl, 'http://127.0.0.1:3000');
  });

  it('selects a PostgreSQL server with a postgres:// URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/cuaso' });
    assert.deepEqual(c.database, {
      kind: 'postgres',
      url: 'postgres://u:p@127.0.0.1:5432/cuaso',
      poolSize: 10,
    });
  });

  it('names the variable in every message', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      SMTP_URL: 'http://x',
    });
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SMTP_URL'])
      assert.ok(
        problems.some((p) => p.startsWith(`${name}:`)),
        `${name} missing in ${problems}`,
      );
  });

  it('reminds of dossier deadlines one working day ahead unless told otherwise, within bounds', () => {
    assert.equal(loadConfig({}).dossierReminderHours, 7.5);
    assert.equal(loadConfig({ DOSSIER_REMINDER_HOURS: '15' }).dossierReminderHours, 15);
    for (const bad of ['0', '-1', '76', 'soon'])
      assert.ok(
        problemsOf({ DOSSIER_REMINDER_HOURS: bad }).some((p) => p.startsWith('DOSSIER_REMINDER_HOURS:')),
        bad,
      );
  });

  it('refuses insecure defaults in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DEMO: 'true' });
    for (const name of ['DEMO', 'SECRET_KEY', 'KEY_ENCRYPTION_KEY', 'SMTP_URL', 'PUBLIC_URL'])
      assert.ok(
        problems.some((p) => p.startsWith(`${name}:`)),
        `${name} missing in ${problems}`,
      );
    const withDemoKeys = problemsOf({
      NODE_ENV: 'production',
      DEMO: 'false',
      SECRET_KEY: DEMO_SECRET,
      KEY_ENCRYPTION_KEY: DEMO_KEY_ENCRYPTION_KEY,
      SMTP_URL: 'smtp://mail.example.vn',
      PUBLIC_URL: 'https://dichvucong.example.vn',
    });
    assert.equal(withDemoKeys.length, 2);
  });

  it('accepts a complete production configuration', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      DEMO: 'false',
      SECRET_KEY: 'x'.repeat(40),
      KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      SMTP_URL: 'smtps://mail.example.vn',
      PUBLIC_URL: 'https://dichvucong.example.vn/',
      DATABASE_URL: 'postgresql://cuaso@db/cuaso',
    });
    assert.equal(c.demo, false);
    assert.equal(c.publicUrl, 'https://dichvucong.example.vn');
  });

  it('checks key material and organisation ids', () => {
    assert.ok(
      problemsOf({ KEY_ENCRYPTION_KEY: 'c2hvcnQ=' }).some((p) => p.startsWith('KEY_ENCRYPTION_KEY:')),
    );
    assert.ok(problemsOf({ SITE_AGENCY_CODE: 'H56' }).some((p) => p.startsWith('SITE_AGENCY_CODE:')));
  });
});
