// root-self-service on the release build, clicked through as a reader would: the documented
// call + keypad variant in Japanese, the 2026 SMS variant in English, seed 000's failure with the
// phone stored without +81 (and the way out), and a verification link clicked too late. At each
// stage the console, the inbox and the phone are checked; the page must stay quiet (no console
// errors) and make no request off its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openPage, totp } from './harness.mjs';

const journey = JSON.parse(readFileSync(new URL('../../journeys/root-self-service.json', import.meta.url)));
const stepById = new Map(journey.steps.map((s) => [s.id, s]));

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

/** Opens the demo with the given query and returns helpers bound to that page. */
async function open(query) {
  const opened = await openPage(browser, `${server.url}/?journey=root-self-service&${query}`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  const lang = new URLSearchParams(query).get('lang') ?? 'ja';
  const w = {
    ...opened,
    lang,
    async expectStep(id) {
      const step = stepById.get(id);
      assert.ok(step, `no step ${id} in the journey file`);
      await page.locator('[part=step-title]').filter({ hasText: step.title[lang] }).waitFor({ timeout: 5000 });
    },
    async screen() {
      return page.locator('[data-screen]').getAttribute('data-screen');
    },
    async choose(id) {
      await page.locator(`[data-choice="${id}"]`).click();
    },
    async press(action) {
      await page.locator(`[data-action="${action}"]`).click();
    },
    async next() {
      await page.locator('[part=next]').click();
    },
    async verdict() {
      return page.locator('[part=decision]').getAttribute('data-verdict');
    },
    async mails() {
      return page.locator('[part=mail]').count();
    },
    async openNewestMailLink(mailId) {
      // The inbox lists the newest mail first.
      const mail = page.locator(`[part=mail][data-mail="${mailId}"]`).first();
      await mail.locator('.mail-summary').click();
      await mail.locator('.link-button').click();
    },
    async checkQuiet() {
      const origin = new URL(server.url).origin;
      assert.deepEqual(opened.requested.filter((u) => new URL(u).origin !== origin), [], 'requests off the page origin');
      assert.deepEqual(opened.problems, [], 'console errors or warnings');
    },
  };
  return w;
}

/** From the start to "email verified": sign in, MFA prompt, troubleshoot, the email link. */
async function throughEmail(w, scenario) {
  const { page } = w;
  await w.expectStep('lost-phone');
  // The phone's authenticator came back empty: no code anywhere.
  assert.equal(await page.locator('[part=totp-code]').count(), 0);
  await w.choose(scenario);
  if (scenario === 'phone-stored-090') {
    await w.expectStep('stored-without-plus81');
    await w.next();
  }
  await w.expectStep('sign-in');
  assert.equal(await w.screen(), 'sign-in');
  // The practice console never asks for a password: nothing editable that looks like one.
  assert.equal(await page.locator('input[type=password]').count(), 0);
  await w.press('sign-in');
  await w.expectStep('mfa-prompt');
  assert.equal(await w.screen(), 'mfa-prompt');
  assert.equal(await w.verdict(), 'troubleshoot');
  await w.press('troubleshoot-mfa');
  await w.expectStep('troubleshoot');
  await w.press('alternative-factors');
  await w.expectStep('verify-email');
  assert.equal(await w.screen(), 'alt-email');
  const before = await w.mails();
  await w.press('send-email');
  await w.expectStep('mail-arrived');
  assert.equal(await w.mails(), before + 1, 'the verification mail arrived');
  assert.equal(await w.verdict(), 'click-now');
  const mail = page.locator('[part=mail][data-mail="verify-email-mail"]').first();
  assert.equal(await mail.getAttribute('data-state'), 'unread');
  await w.openNewestMailLink('verify-email-mail');
  await w.expectStep('email-verified');
  assert.equal(await mail.getAttribute('data-state'), 'read');
  assert.equal(await mail.locator('[data-link-state]').getAttribute('data-link-state'), 'used');
}

/** From "signed in again" to the recovered outcome: remove the old device, enroll a new one. */
async function throughEnrollment(w) {
  const { page } = w;
  await w.expectStep('alt-done');
  assert.equal(await w.screen(), 'alt-done');
  await w.press('sign-in-console');
  await w.expectStep('security-credentials');
  assert.equal(await page.locator('[data-device=old]').count(), 1, 'the lost device is still listed');
  await w.press('remove-device');
  await w.expectStep('device-removed');
  assert.equal(await page.locator('[data-device=old]').count(), 0, 'the lost device is gone');
  await w.press('assign-device');
  await w.expectStep('assign-mfa');
  assert.equal(await w.screen(), 'assign-mfa');
  assert.equal(await page.locator('svg[part=qr] path').count(), 1);

  // The reader scans the QR code with the (empty) app on the new phone.
  await page.locator('[part=phone] button', { hasText: w.lang === 'ja' ? 'QR コードを読み取る' : 'Scan the QR code' }).click();
  await page.locator('[part=totp-code]').waitFor();
  await page.locator('button', { hasText: w.lang === 'ja' ? 'シークレットキーを表示' : 'Show secret key' }).click();
  const secret = (await page.locator('[part=totp-secret]').textContent()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{64}$/);
  // The app shows what an independent TOTP implementation computes for that secret.
  let left = Number(await page.locator('[part=totp-countdown]').textContent());
  if (left <= 2) await page.waitForTimeout((left + 1) * 1000);
  const shown = (await page.locator('[part=totp-code]').textContent()).replace(/\s/g, '');
  const t = Math.floor(Date.now() / 1000);
  assert.equal(shown, totp(secret, t));
  // Two consecutive codes, as AWS asks.
  await page.locator('input[name=mfa-code-1]').fill(totp(secret, t - 30));
  await page.locator('input[name=mfa-code-2]').fill(totp(secret, t));
  await page.locator('form.enroll button[type=submit]').click();
  await w.expectStep('advice-devices');
  await w.next();
  await w.expectStep('advice-contacts');
  await w.next();
  await w.expectStep('recovered');
  await page.locator('[data-outcome-id=recovered]').waitFor();
}

test('documented variant in Japanese: email link, call, keypad, new device', async () => {
  const w = await open('seed=e2e-call&lang=ja');
  const { page } = w;
  await throughEmail(w, 'phone-stored-ok');
  await w.choose('call');
  await w.expectStep('call-me-now');
  assert.equal(await w.screen(), 'alt-phone-call');
  await w.press('call-me-now');
  await w.expectStep('phone-call');
  // The console shows the code; the phone rings; the reader types the code on the keypad.
  const code = (await page.locator('.console-code').textContent()).replace(/\D/g, '');
  assert.match(code, /^\d{6}$/);
  await page.locator('[part=phone] .call').waitFor();
  for (const digit of code) await page.locator(`[part=keypad] [data-key="${digit}"]`).click();
  await throughEnrollment(w);
  await w.checkQuiet();
  await w.context.close();
});

test('2026 variant in English: SMS code typed on the console', async () => {
  const w = await open('seed=e2e-sms&lang=en');
  const { page } = w;
  await throughEmail(w, 'phone-stored-ok');
  await w.choose('sms');
  await w.expectStep('phone-sms');
  assert.equal(await w.screen(), 'alt-phone-sms');
  const before = await page.locator('[part=phone] .sms').count();
  await w.press('send-sms');
  await w.expectStep('sms-sent');
  assert.equal(await page.locator('[part=phone] .sms').count(), before + 1, 'the SMS arrived');
  const sms = await page.locator('[part=phone] .sms-text').last().textContent();
  const code = sms.match(/\d{6}/)?.[0];
  assert.ok(code, `no code in the SMS: ${sms}`);
  // A wrong code is refused and explained; the right one moves on.
  const wrong = code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
  await page.locator('input[name=console-code]').fill(wrong);
  await page.locator('.console-code-form button[type=submit]').click();
  await page.locator('[data-refusal=wrong-code]').waitFor();
  await page.locator('input[name=console-code]').fill(code);
  await page.locator('.console-code-form button[type=submit]').click();
  await throughEnrollment(w);
  await w.checkQuiet();
  await w.context.close();
});

test('seed 000: a phone stored without +81 fails, an admin fixes it, the call then comes', async () => {
  const w = await open('seed=e2e-plus81&lang=ja');
  const { page } = w;
  await throughEmail(w, 'phone-stored-090');
  await w.choose('call');
  await w.press('call-me-now');
  await w.expectStep('phone-failed');
  assert.equal(await w.screen(), 'alt-phone-failed');
  await page.locator('[data-screen]', { hasText: '電話の確認を完了できませんでした。' }).waitFor();
  assert.equal(await page.locator('[part=phone] .call').count(), 0, 'the call never comes');
  assert.equal(await w.verdict(), 'fix-phone');
  assert.match(await page.locator('[part=decision]').textContent(), /\+819012345678/);
  await w.choose('admin-fixes-number');
  await w.expectStep('fix-phone-admin');
  await w.next();
  await w.expectStep('sign-in');
  await w.press('sign-in');
  await w.press('troubleshoot-mfa');
  await w.press('alternative-factors');
  await w.press('send-email');
  await w.expectStep('mail-arrived');
  await w.openNewestMailLink('verify-email-mail');
  await w.choose('call');
  await w.press('call-me-now');
  await w.expectStep('phone-call');
  await page.locator('[part=phone] .call').waitFor();
  await w.checkQuiet();
  await w.context.close();
});

test('a verification link clicked after 15 simulated minutes leads to the expiry step', async () => {
  const w = await open('seed=e2e-late&lang=en&start=verify-email');
  const { page } = w;
  await w.expectStep('verify-email');
  await w.press('send-email');
  await w.expectStep('mail-arrived');
  const clockBefore = Date.parse(await page.locator('[part=clock]').getAttribute('datetime'));
  await page.locator('[data-jump="900"]').click();
  const clockAfter = Date.parse(await page.locator('[part=clock]').getAttribute('datetime'));
  assert.ok(clockAfter - clockBefore >= 900_000, 'the clock moved 15 minutes');
  await w.openNewestMailLink('verify-email-mail');
  await w.expectStep('link-expired');
  await w.checkQuiet();
  await w.context.close();
});

test('Back returns to the previous step and its world', async () => {
  const w = await open('seed=e2e-back&lang=en&start=verify-email');
  const { page } = w;
  await w.press('send-email');
  await w.expectStep('mail-arrived');
  assert.equal(await w.mails(), 1);
  await page.locator('[part=back]').click();
  await w.expectStep('verify-email');
  assert.equal(await w.mails(), 0, 'Back takes the mail back too');
  await w.checkQuiet();
  await w.context.close();
});

test('a reload returns to the same step, mail and phone; another address starts its own run', async () => {
  const w = await open('lang=en&seed=reload');
  const { page } = w;
  await throughEmail(w, 'phone-stored-ok');
  await page.locator('[data-jump="3600"]').click();
  const clockBefore = await page.locator('[part=clock]').getAttribute('datetime');
  const mailsBefore = await w.mails();

  await page.reload();
  await w.expectStep('email-verified');
  assert.equal(await page.locator('.resume-note').getAttribute('data-resumed'), 'continued');
  assert.equal(await w.mails(), mailsBefore, 'the inbox came back');
  const mail = page.locator('[part=mail][data-mail="verify-email-mail"]').first();
  await mail.locator('.mail-summary').click();
  const link = mail.locator('[data-link-state]');
  assert.equal(await link.getAttribute('data-link-state'), 'used', 'the used link is still used');
  const clockAfter = await page.locator('[part=clock]').getAttribute('datetime');
  assert.equal(clockAfter.slice(0, 16), clockBefore.slice(0, 16), 'the simulated hour jump survived the reload');

  // A damaged save starts over, and says so in the reader's language.
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) sessionStorage.setItem(key, 'mfa-rescue-run/1\njourney root');
  });
  await page.reload();
  await w.expectStep('lost-phone');
  assert.equal(await page.locator('.resume-note').getAttribute('data-resumed'), 'started-over');
  assert.match(await page.locator('.resume-note').textContent(), /starts over/);

  // Another deep link in the same tab is another rehearsal.
  await page.goto(`${server.url}/?journey=root-self-service&lang=en&seed=reload&start=assign-mfa`);
  await w.expectStep('assign-mfa');
  assert.equal(await page.locator('.resume-note').count(), 0);
  await w.checkQuiet();
  await w.context.close();
});
