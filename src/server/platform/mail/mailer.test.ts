import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer } from './mailer';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const FROM = 'Cửa Số <no-reply@cuaso.example.vn>';
const silent = pino({ level: 'silent' });
const received: Received[] = [];
let server: SMTPServer;
let port: number;
let dataDir: string;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cuaso-mail-'));
  server = new SMTPServer({
    authOptional: true,
    // No TLS in the test; nodemailer would otherwise upgrade and refuse the server's self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('khong-ton-tai@')) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

function smtpMailer(): Mailer {
  return createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, dataDir, logger: silent });
}

// --- A minimal reader for what nodemailer writes (mailparser is not a dependency). ---

/** RFC 2047 encoded words; adjacent words are joined before UTF-8 decoding, as a word may end mid-character. */
function decodeWords(value: string): string {
  const unfolded = value.replace(/\?=\s+=\?/g, '?==?');
  return unfolded.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, encoding, text = '']) =>
      encoding?.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(qpToLatin1(text.replace(/_/g, ' ')), 'latin1'),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function qpToLatin1(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end).replace(/\r\n(?=[ \t])/g, '');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return Buffer.from(qpToLatin1(body), 'latin1').toString('utf8');
  return Buffer.from(body, 'latin1').toString('utf8');
}

function parseMessage(raw: string) {
  const { headers, body } = splitEntity(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  assert.ok(boundary, 'expected a multipart/alternative message');
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => splitEntity(part.replace(/^\r\n/, '')));
  const partOf = (type: string) => {
    const part = parts.find((p) => p.headers.get('content-type')?.startsWith(type));
    assert.ok(part, `no ${type} part`);
    return decodeBody(part.headers, part.body);
  };
  return {
    header: (name: string) => decodeWords(headers.get(name) ?? ''),
    text: partOf('text/plain'),
    html: partOf('text/html'),
  };
}

// --- Tests ---

test('sends a one-time code whose Vietnamese subject and body survive the trip', async () => {
  const mailer = smtpMailer();
  const id = await mailer.send({
    to: 'dan@example.vn',
    template: 'otp',
    data: { code: '482913', minutesValid: 5 },
  });
  mailer.close();
  const mail = received.at(-1);
  assert.ok(mail);
  assert.equal(mail.from, 'no-reply@cuaso.example.vn');
  assert.deepEqual(mail.to, ['dan@example.vn']);
  assert.match(mail.raw, /^Subject: =\?UTF-8\?/m, 'the subject travels RFC 2047-encoded');
  const message = parseMessage(mail.raw);
  assert.equal(message.header('subject'), 'Mã xác thực Cửa Số - Verification code');
  assert.equal(message.header('from'), 'Cửa Số <no-reply@cuaso.example.vn>');
  assert.equal(message.header('message-id'), id);
  assert.match(message.text, /Mã xác thực của bạn là: 482913/);
  assert.match(message.text, /Mã có hiệu lực trong 5 phút/);
  assert.match(message.text, /Your verification code is 482913/);
  assert.match(message.html, /<strong[^>]*>482913<\/strong>/);
});

test('sends a password reset link', async () => {
  const mailer = smtpMailer();
  const link = 'https://cuaso.example.vn/dat-lai-mat-khau?token=abc&lang=vi';
  await mailer.send({ to: 'dan@example.vn', template: 'password-reset', data: { link, minutesValid: 30 } });
  mailer.close();
  const message = parseMessage(received.at(-1)?.raw ?? '');
  assert.equal(message.header('subject'), 'Đặt lại mật khẩu Cửa Số - Password reset');
  assert.ok(message.text.includes(link));
  assert.ok(message.html.includes('href="https://cuaso.example.vn/dat-lai-mat-khau?token=abc&amp;lang=vi"'));
});

test('sends a dossier status change to every recipient', async () => {
  const mailer = smtpMailer();
  await mailer.send({
    to: ['nguoi-nop@example.vn', 'Trần Thị Hương <huong@example.vn>'],
    template: 'dossier-status',
    data: {
      dossierCode: 'H12.34-250205-0001',
      statusName: 'Đã có kết quả',
      procedureName: 'Đăng ký khai sinh',
      trackingLink: 'https://cuaso.example.vn/tra-cuu/H12.34-250205-0001',
    },
  });
  mailer.close();
  const mail = received.at(-1);
  assert.deepEqual(mail?.to, ['nguoi-nop@example.vn', 'huong@example.vn']);
  const message = parseMessage(mail?.raw ?? '');
  assert.equal(message.header('subject'), 'Hồ sơ H12.34-250205-0001: Đã có kết quả - Dossier update');
  assert.equal(message.header('to'), 'nguoi-nop@example.vn, Trần Thị Hương <huong@example.vn>');
  assert.match(
    message.text,
    /Hồ sơ H12\.34-250205-0001 \(Đăng ký khai sinh\) đã chuyển sang trạng thái: Đã có kết quả\./,
  );
  assert.match(message.text, /https:\/\/cuaso\.example\.vn\/tra-cuu\/H12\.34-250205-0001/);
  assert.match(message.html, /Hồ sơ H12\.34-250205-0001/);
});

test('sends a notice with its data escaped in HTML', async () => {
  const mailer = smtpMailer();
  const body = 'Lịch tiếp công dân thay đổi <b>từ thứ Hai</b>.\n\nXin cảm ơn.';
  await mailer.send({
    to: 'dan@example.vn',
    template: 'notice',
    data: { subject: 'Thông báo lịch tiếp dân', body },
  });
  mailer.close();
  const message = parseMessage(received.at(-1)?.raw ?? '');
  assert.equal(message.header('subject'), 'Thông báo lịch tiếp dân');
  assert.match(message.text, /Lịch tiếp công dân thay đổi <b>từ thứ Hai<\/b>\./);
  assert.match(message.html, /<p>Lịch tiếp công dân thay đổi &lt;b&gt;từ thứ Hai&lt;\/b&gt;\.<\/p>/);
  assert.match(message.html, /<p>Xin cảm ơn\.<\/p>/);
});

test('rejects when the server refuses the recipient, so the outbox retries', async () => {
  const mailer = smtpMailer();
  const count = received.length;
  await assert.rejects(
    mailer.send({
      to: 'khong-ton-tai@example.vn',
      template: 'otp',
      data: { code: '111111', minutesValid: 5 },
    }),
    (err: Error & { responseCode?: number }) => {
      assert.equal(err.responseCode, 550);
      return true;
    },
  );
  mailer.close();
  assert.equal(received.length, count, 'nothing was delivered');
});

test('rejects a partial delivery when one of several recipients is refused', async () => {
  const mailer = smtpMailer();
  await assert.rejects(
    mailer.send({
      to: ['dan@example.vn', 'khong-ton-tai@example.vn'],
      template: 'otp',
      data: { code: '222222', minutesValid: 5 },
    }),
    /rejected/,
  );
  mailer.close();
});

test('without an SMTP URL writes an .eml file and logs its path', async () => {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  const mailer = createMailer({ from: FROM, dataDir, logger });
  assert.equal(mailer.kind, 'file');
  const id = await mailer.send({
    to: 'dan@example.vn',
    template: 'otp',
    data: { code: '654321', minutesValid: 10 },
  });
  mailer.close();
  const files = readdirSync(join(dataDir, 'mail')).filter((name) => name.endsWith('.eml'));
  assert.equal(files.length, 1);
  const path = join(dataDir, 'mail', files[0] ?? '');
  const raw = readFileSync(path, 'latin1');
  assert.match(raw, /\r\n/);
  assert.doesNotMatch(raw, /[^\r]\n/, 'every line ends in CRLF');
  const message = parseMessage(raw);
  assert.equal(message.header('message-id'), id);
  // The file is named by its time, template and the message id's local part (not its host).
  const local = /^<([^@]+)@/.exec(id)?.[1] ?? '';
  assert.ok(local.length > 0, id);
  assert.ok(files[0]?.endsWith(`-otp-${local}.eml`), files[0]);
  assert.equal(message.header('subject'), 'Mã xác thực Cửa Số - Verification code');
  assert.match(message.text, /654321/);
  const logged = lines.map((line) => JSON.parse(line) as { path?: string; msg?: string });
  assert.equal(logged.at(-1)?.path, path);
  assert.ok(!lines.join('').includes('654321'), 'the code itself is not logged');
});

test('refuses data that a template does not accept, before connecting', async () => {
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: FROM, dataDir, logger: silent });
  await assert.rejects(
    mailer.send({
      to: 'dan@example.vn',
      template: 'password-reset',
      data: { link: 'javascript:alert(1)', minutesValid: 5 },
    }),
    { name: 'ZodError' },
  );
  mailer.close();
});

test('only accepts smtp:// and smtps:// URLs', () => {
  assert.throws(() =>
    createMailer({ smtpUrl: 'http://mail.example.vn', from: FROM, dataDir, logger: silent }),
  );
});
