// Keyboard alone (issue 6): root-self-service (email link, call, keypad, new device) and support
// (English on a Saturday night, the call, new device) completed with Tab, Shift+Tab, Enter,
// Space, digits and Escape only; no mouse click anywhere. Every element that takes the focus on
// the way shows a focus indicator (a computed outline or box-shadow), and when the step changes
// the focus lands on the new step's heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openPage, base32Decode, totp } from './harness.mjs';

const journeys = new Map(
  ['root-self-service', 'support'].map((id) => [id, JSON.parse(readFileSync(new URL(`../../journeys/${id}.json`, import.meta.url)))]),
);

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

/** What has the focus inside the widget, and whether it shows a focus indicator. */
function focused() {
  const el = document.querySelector('#demo').shadowRoot.activeElement;
  if (!el) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const shadow = s.boxShadow !== 'none';
  return {
    tag: el.tagName.toLowerCase(),
    text: el.textContent.trim().slice(0, 40),
    part: el.getAttribute('part'),
    visible: outline || shadow,
    focusVisible: el.matches(':focus-visible'),
  };
}

async function open(journey, query) {
  const opened = await openPage(browser, `${server.url}/?journey=${journey}&${query}`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  const lang = new URLSearchParams(query).get('lang');
  await page.locator('[part=step-title]').waitFor();
  let presses = 0;
  const k = {
    page,
    /** Tabs (or Shift+Tabs) until an element matching `selector` has the focus. */
    async tabTo(selector, { back = false, max = 150 } = {}) {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        presses++;
        const f = await page.evaluate(focused);
        if (f) {
          assert.ok(f.visible, `no visible focus indicator on ${f.tag} "${f.text}"`);
          assert.ok(f.focusVisible, `${f.tag} "${f.text}" is not :focus-visible`);
        }
        const hit = await page.evaluate(
          (sel) => document.querySelector('#demo').shadowRoot.activeElement?.matches(sel) ?? false,
          selector,
        );
        if (hit) return;
      }
      assert.fail(`${selector} never took the focus`);
    },
    /** Tab to `selector` and press `key` (Enter or Space) on it. */
    async activate(selector, key = 'Enter', options) {
      await k.tabTo(selector, options);
      await page.keyboard.press(key);
      presses++;
    },
    /** The step is `id`, and its heading has the (visible) focus. */
    async expectStep(id) {
      const step = journeys.get(journey).steps.find((s) => s.id === id);
      assert.ok(step, `no step ${id}`);
      await page.locator('[part=step-title]').filter({ hasText: step.title[lang] }).waitFor({ timeout: 5000 });
      await page.waitForFunction(() => document.querySelector('#demo').shadowRoot.activeElement?.getAttribute('part') === 'step-title', null, { timeout: 2000 });
      const f = await page.evaluate(focused);
      assert.equal(f.text, step.title[lang].slice(0, 40), 'the focus is on the new step heading');
      assert.ok(f.visible && f.focusVisible, 'the focused step heading shows a focus indicator');
    },
    presses: () => presses,
    async noMouse() {
      console.log(`${journey}: ${presses} key presses checked for a visible focus indicator`);
      // Nothing here clicked: every activation came from a key press.
      assert.ok(presses > 20, `keys pressed: ${presses}`);
      assert.deepEqual(opened.problems, [], 'console errors or warnings');
    },
  };
  return k;
}

/** On an assign-MFA screen: scan the QR code with the phone's app, show the secret key, type two
 *  consecutive codes (from an independent TOTP), submit with Enter. */
async function enrollByKeyboard(k, lang) {
  const { page } = k;
  await k.activate('[part=phone] button.scan', 'Space');
  await page.locator('[part=totp-code]').waitFor();
  // "Show secret key" is on the console, before the phone: Shift+Tab back to it.
  await k.activate('.qr-preview > button.link:first-of-type', 'Enter', { back: true });
  assert.equal(await page.locator('.qr-preview > button.link').first().getAttribute('aria-expanded'), 'true');
  const secret = (await page.locator('[part=totp-secret]').textContent()).replace(/\s/g, '');
  assert.ok(base32Decode(secret).length >= 10);
  const left = Number(await page.locator('[part=totp-countdown]').textContent());
  if (left <= 4) await page.waitForTimeout((left + 1) * 1000);
  const t = Date.parse(await page.locator('[part=clock]').getAttribute('datetime')) / 1000;
  await k.tabTo('input[name=mfa-code-1]');
  await page.keyboard.type(totp(secret, t - 30));
  await k.tabTo('input[name=mfa-code-2]');
  await page.keyboard.type(totp(secret, t));
  await page.keyboard.press('Enter');
}

test('root-self-service by keyboard alone: email link, the call and its keypad, a new device', async () => {
  const k = await open('root-self-service', 'seed=kbd-call&lang=en');
  const { page } = k;
  await k.tabTo('[data-choice="phone-stored-ok"]');
  await page.keyboard.press('Space');
  await k.expectStep('sign-in');
  await k.activate('[data-action="sign-in"]');
  await k.expectStep('mfa-prompt');
  await k.activate('[data-action="troubleshoot-mfa"]');
  await k.expectStep('troubleshoot');
  await k.activate('[data-action="alternative-factors"]', 'Space');
  await k.expectStep('verify-email');
  await k.activate('[data-action="send-email"]');
  await k.expectStep('mail-arrived');
  // "Where next": the inbox button sends the focus to the inbox's heading.
  await k.activate('.go-to[data-panel="inbox"]');
  assert.equal((await page.evaluate(focused)).text, await page.locator('#mfa-inbox-title').textContent());
  await k.activate('.mail-summary', 'Space');
  assert.equal(await page.locator('.mail-summary').first().getAttribute('aria-expanded'), 'true');
  await k.activate('.link-button');
  await k.expectStep('email-verified');
  await k.activate('[data-choice="call"]');
  await k.expectStep('call-me-now');
  await k.activate('[data-action="call-me-now"]');
  await k.expectStep('phone-call');
  const code = (await page.locator('.console-code').textContent()).replace(/\D/g, '');
  assert.match(code, /^\d{6}$/);
  // The keypad: Tab to a key, then the keyboard's digits (Space on a key works too).
  await k.tabTo(`[part=keypad] [data-key="${code[0]}"]`);
  await page.keyboard.press('Space');
  for (const digit of code.slice(1, 3)) await page.keyboard.press(digit);
  // Escape does nothing harmful: the focus stays on the keypad, the digits stay typed.
  await page.keyboard.press('Escape');
  assert.ok(await page.evaluate(() => !!document.querySelector('#demo').shadowRoot.activeElement?.closest('[part=keypad]')));
  assert.equal((await page.locator('.typed-digits').textContent()).trim(), code.slice(0, 3));
  for (const digit of code.slice(3)) await page.keyboard.press(digit);
  await k.expectStep('alt-done');
  await k.activate('[data-action="sign-in-console"]');
  await k.expectStep('security-credentials');
  await k.activate('[data-action="remove-device"]');
  await k.expectStep('device-removed');
  await k.activate('[data-action="assign-device"]');
  await k.expectStep('assign-mfa');
  await enrollByKeyboard(k, 'en');
  await k.expectStep('advice-devices');
  await k.activate('[part=next]');
  await k.expectStep('advice-contacts');
  // Shift+Tab: from the heading back into the page above it, then forward again.
  await page.keyboard.press('Shift+Tab');
  await k.activate('[part=next]');
  await k.expectStep('recovered');
  await page.locator('[data-outcome-id=recovered]').waitFor();
  await k.noMouse();
  await page.context().close();
});

test('support by keyboard alone, in Japanese: the English call on a Saturday night, a new device', async () => {
  const k = await open('support', 'lang=ja&seed=kbd-support&now=2026-11-28T02:14:00%2B09:00');
  const { page } = k;
  await k.activate('[data-choice="root"]');
  await k.expectStep('support-form');
  await k.activate('[part=next]', 'Space');
  await k.expectStep('support-language');
  assert.equal(await page.locator('[part=decision]').getAttribute('data-verdict'), 'english');
  await k.activate('[data-choice="english"]');
  await k.expectStep('submit-english');
  await k.activate('[data-action="submit-support"]');
  await k.expectStep('en-ack');
  await k.activate('.skip-wait');
  await k.expectStep('en-call');
  await k.activate('[data-choice="english-ok"]');
  await k.expectStep('en-confirm-email');
  await k.activate('[data-choice="can-read"]', 'Space');
  await k.expectStep('en-pin');
  await k.activate('[part=next]');
  await k.expectStep('mfa-removed');
  await k.activate('[data-action="sign-in"]');
  await k.expectStep('mfa-required');
  await k.activate('[data-action="register-mfa"]');
  await k.expectStep('re-enroll');
  await enrollByKeyboard(k, 'ja');
  await k.expectStep('recovered');
  await page.locator('[data-outcome-id=recovered]').waitFor();
  await k.noMouse();
  await page.context().close();
});
