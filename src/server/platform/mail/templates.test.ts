import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, renderMailTemplate } from './templates';

test('Vietnamese comes first, then the English line', () => {
  const mail = renderMailTemplate('otp', { code: '482913', minutesValid: 5 });
  const vi = mail.text.indexOf('Mã xác thực của bạn là');
  const en = mail.text.indexOf('Your verification code');
  assert.ok(vi >= 0 && en > vi);
  assert.ok(mail.html.indexOf('Mã xác thực') < mail.html.indexOf('lang="en"'));
  assert.match(mail.html, /^<!doctype html>\n<html lang="vi">/);
});

test('data cannot inject markup or headers', () => {
  const mail = renderMailTemplate('dossier-status', {
    dossierCode: 'H12.34-250205-0001',
    statusName: 'Đã trả <script>alert(1)</script>\r\nBcc: x@example.com',
    trackingLink: 'https://cuaso.example.vn/tra-cuu?ma="x"',
  });
  assert.doesNotMatch(mail.html, /<script>/);
  assert.match(mail.html, /&lt;script&gt;/);
  assert.match(mail.html, /href="https:\/\/cuaso\.example\.vn\/tra-cuu\?ma=&quot;x&quot;"/);
  assert.doesNotMatch(mail.subject, /[\r\n]/);
  assert.match(
    mail.subject,
    /^Hồ sơ H12\.34-250205-0001: Đã trả <script>alert\(1\)<\/script> Bcc: x@example\.com/,
  );
});

test('refuses links that are not http(s) and codes that are not digits', () => {
  assert.throws(() => renderMailTemplate('password-reset', { link: 'data:text/html,hi', minutesValid: 5 }));
  assert.throws(() => renderMailTemplate('otp', { code: '12ab', minutesValid: 5 }));
  assert.throws(() => renderMailTemplate('otp', { code: '123456', minutesValid: 0 }));
});

test('escapeHtml covers the five HTML-special characters', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});
