// The authenticator panel on the release build, opened at the journey's "Assign MFA device" step:
// the live code agrees with an independent TOTP implementation, the page fetches nothing but its
// own files, and the console stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST, serve, launch, openPage, totp, base32Decode } from './harness.mjs';

const ENROLL = '/?journey=root-self-service&start=assign-mfa&seed=panel&lang=ja';

/** A deep link shows the world of its step: at "Assign MFA device" the new phone's app is empty
 * (the lost phone's entry went with it). Scan the console's QR code, as a reader would. */
async function scanOnNewPhone(page) {
  await page.getByText('アカウントがありません').waitFor();
  await page.getByRole('button', { name: /QR コードを読み取る/ }).click();
}

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('RFC 6238 reference vectors hold for the independent implementation', () => {
  // RFC 6238 Appendix B uses the ASCII secret "12345678901234567890"; this is its Base32.
  const b32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  assert.deepEqual(base32Decode(b32), Buffer.from('12345678901234567890'));
  assert.equal(totp(b32, 59, 8), '94287082');
  assert.equal(totp(b32, 1111111109, 8), '07081804');
  assert.equal(totp(b32, 2000000000, 8), '69279037');
});

test('the live code is the TOTP of the secret shown, and turns over with the countdown', async () => {
  const { context, page, problems, requested } = await openPage(browser, server.url + ENROLL);
  const code = page.locator('[part=totp-code]');
  await scanOnNewPhone(page);
  await code.waitFor();
  await page.getByRole('button', { name: /シークレットキーを表示|Show secret key/ }).click();
  const secret = (await page.locator('[part=totp-secret]').textContent()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{64}$/);

  // Read code and countdown away from a boundary, so the comparison cannot straddle one.
  let left = Number(await page.locator('[part=totp-countdown]').textContent());
  if (left <= 2) {
    await page.waitForTimeout((left + 1) * 1000);
    left = Number(await page.locator('[part=totp-countdown]').textContent());
  }
  const shown = (await code.textContent()).replace(/\s/g, '');
  const now = Math.floor(Date.now() / 1000);
  assert.equal(shown, totp(secret, now));
  assert.equal(left, 30 - (now % 30));

  // The otpauth URI carries the same secret, and says PRACTICE where an authenticator app shows
  // it; AWS's own shape is shown beside it, without a secret.
  await page.getByRole('button', { name: /otpauth URI/ }).click();
  const uri = await page.locator('.uri').textContent();
  assert.equal(
    uri,
    `otpauth://totp/mfa-rescue%20PRACTICE:PRACTICE-root-account-mfa-device@111122223333?secret=${secret}&issuer=mfa-rescue%20PRACTICE`,
  );
  assert.equal(
    await page.locator('.aws-uri').textContent(),
    'otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@111122223333?secret=%E2%80%A6&issuer=Amazon%20Web%20Services',
  );
  assert.equal(await page.locator('svg[part=qr] path').count(), 1);

  // Wait for the next turn-over and check the new code too.
  await page.waitForTimeout(left * 1000 + 300);
  const next = (await code.textContent()).replace(/\s/g, '');
  assert.equal(next, totp(secret, Math.floor(Date.now() / 1000)));
  assert.notEqual(next, shown);

  // Enroll with two consecutive codes computed independently.
  const t = Math.floor(Date.now() / 1000);
  await page.locator('input[name=mfa-code-1]').fill(totp(secret, t - 30));
  await page.locator('input[name=mfa-code-2]').fill(totp(secret, t));
  const before = await page.locator('[part=step-title]').textContent();
  await page.getByRole('button', { name: /MFA を追加|Add MFA/ }).click();
  await page.waitForFunction(
    (old) => document.querySelector('#demo').shadowRoot.querySelector('[part=step-title]').textContent !== old,
    before,
  );

  const origin = new URL(server.url).origin;
  const foreign = requested.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'requests outside the page’s own origin');
  assert.deepEqual(problems, [], 'console errors or warnings');
  await context.close();
});

test('every request is a file of the build, nothing else', async () => {
  const { context, page, requested } = await openPage(browser, server.url + ENROLL);
  await scanOnNewPhone(page);
  await page.locator('[part=totp-code]').waitFor();
  await page.waitForTimeout(1500);
  // Files of dist/ and its folders (journeys/<id>.json), as request paths.
  const built = new Set(readdirSync(DIST, { recursive: true }));
  assert.ok(requested.length >= 3, 'the page, its script and its wasm at least');
  for (const url of requested) {
    assert.equal(new URL(url).origin, new URL(server.url).origin, `request off the page's origin: ${url}`);
    const path = new URL(url).pathname;
    assert.ok(path === '/' || built.has(path.slice(1)), `request for something that is not in dist/: ${url}`);
  }
  await context.close();
});

test('a phone change empties the app; the practice key brings the same codes back; a foreign key is refused and never stored', async () => {
  const { context, page, problems } = await openPage(browser, server.url + ENROLL);
  await scanOnNewPhone(page);
  await page.locator('[part=totp-code]').waitFor();
  await page.getByRole('button', { name: /シークレットキーを表示/ }).click();
  const secret = (await page.locator('[part=totp-secret]').textContent()).trim();
  await page.getByRole('button', { name: /機種変更/ }).click();
  await assert.rejects(page.locator('[part=totp-code]').waitFor({ timeout: 300 }));
  await page.getByText('アカウントがありません').waitFor();
  // A well-formed key this rehearsal did not make (perhaps a real one): refused, cleared, kept
  // nowhere, and never turned into codes.
  const foreign = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  await page.locator('input[name=restore-secret]').fill(foreign);
  await page.getByRole('button', { name: '復元する' }).click();
  await page.locator('form.restore .message[data-refusal=not-practice-key]').waitFor();
  assert.equal(await page.locator('input[name=restore-secret]').inputValue(), '');
  assert.equal(await page.locator('[part=totp-code]').count(), 0);
  // The practice key restores the app; the page keeps which practice key, never the text.
  await page.locator('input[name=restore-secret]').fill(secret.toLowerCase());
  await page.getByRole('button', { name: '復元する' }).click();
  await page.locator('[part=totp-code]').waitFor();
  const stored = await page.evaluate(() => Object.values(sessionStorage).join('\n'));
  assert.match(stored, /restore-practice \d+/);
  for (const kept of [foreign, secret.replace(/\s/g, '')]) {
    assert.ok(!stored.toUpperCase().includes(kept.toUpperCase()), 'no typed key in sessionStorage');
  }
  const left = Number(await page.locator('[part=totp-countdown]').textContent());
  if (left <= 2) await page.waitForTimeout((left + 1) * 1000);
  const shown = (await page.locator('[part=totp-code]').textContent()).replace(/\s/g, '');
  assert.equal(shown, totp(secret.replace(/\s/g, ''), Math.floor(Date.now() / 1000)));
  assert.deepEqual(problems, []);
  await context.close();
});
