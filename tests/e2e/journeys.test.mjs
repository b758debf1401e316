// The journeys of issue 4 on the release build, each driven along its main path as a reader would:
// triage routing into root-self-service; support in English on a Saturday night and in Japanese
// on a weekday morning (the support-language verdict live from the simulated clock); the IAM
// admin's CLI with the DeleteConflict trap; an Organizations member account; prevention with its
// printable kit and a real enrollment. Step titles come from the journey files themselves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, totp, journeyFile } from './harness.mjs';

const journeys = new Map(
  ['triage', 'root-self-service', 'support', 'iam-user', 'org-member', 'prevention'].map((id) => [id, journeyFile(id)]),
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

/** Opens the demo on `journey` with `query`; helpers bound to the page. */
async function open(journey, query, contextOptions = {}) {
  const opened = await openPage(browser, `${server.url}/?journey=${journey}&${query}`, {
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  const { page } = opened;
  const lang = new URLSearchParams(query).get('lang') ?? 'ja';
  const w = {
    ...opened,
    lang,
    async expectStep(id, inJourney = journey) {
      const step = journeys.get(inJourney).steps.find((s) => s.id === id);
      assert.ok(step, `no step ${id} in ${inJourney}`);
      await page.locator('[part=step-title]').filter({ hasText: step.title[lang] }).waitFor({ timeout: 5000 });
    },
    choose: (id) => page.locator(`[data-choice="${id}"]`).click(),
    press: (action) => page.locator(`[data-action="${action}"]`).click(),
    next: () => page.locator('[part=next]').click(),
    verdict: () => page.locator('[part=decision]').getAttribute('data-verdict'),
    async skipWait() {
      await page.locator('.skip-wait').click();
    },
    async checkQuiet() {
      const origin = new URL(server.url).origin;
      assert.deepEqual(opened.requested.filter((u) => new URL(u).origin !== origin), [], 'requests off the page origin');
      assert.deepEqual(opened.problems, [], 'console errors or warnings');
    },
  };
  return w;
}

/** On an assign-mfa screen: scan the QR with the phone's app, then type two consecutive codes,
 *  computed independently from the secret shown and the simulated clock. */
async function enroll(w) {
  const { page } = w;
  await page.locator('svg[part=qr] path').waitFor();
  await page.locator('[part=phone] button.scan').click();
  await page.locator('[part=totp-code]').waitFor();
  await page.locator('button', { hasText: w.lang === 'ja' ? 'シークレットキーを表示' : 'Show secret key' }).click();
  const secret = (await page.locator('[part=totp-secret]').textContent()).replace(/\s/g, '');
  const left = Number(await page.locator('[part=totp-countdown]').textContent());
  if (left <= 3) await page.waitForTimeout((left + 1) * 1000);
  const t = Date.parse(await page.locator('[part=clock]').getAttribute('datetime')) / 1000;
  const shown = (await page.locator('[part=totp-code]').textContent()).replace(/\s/g, '');
  assert.equal(shown, totp(secret, t), 'the app shows the TOTP of the secret at the simulated time');
  await page.locator('input[name=mfa-code-1]').fill(totp(secret, t - 30));
  await page.locator('input[name=mfa-code-2]').fill(totp(secret, t));
  await page.locator('form.enroll button[type=submit]').click();
}

/** The end of a support path: MFA removed (`removed`: the English or the Japanese call's step),
 *  sign in with the password only, the prompt to register MFA (root MFA is enforced since 2024),
 *  a new device, recovered. */
async function supportEnds(w, removed = 'mfa-removed') {
  await w.expectStep(removed);
  await w.press('sign-in');
  await w.expectStep('mfa-required');
  assert.equal(await w.page.locator('[data-screen]').getAttribute('data-screen'), 'mfa-required');
  await w.press('register-mfa');
  await w.expectStep('re-enroll');
  await enroll(w);
  await w.expectStep('recovered');
  await w.page.locator('[data-outcome-id=recovered]').waitFor();
}

test('triage: a root user with no second device, mailbox and phone fine, goes on to self-service', async () => {
  const w = await open('triage', 'lang=ja&seed=triage');
  const { page } = w;
  const questions = [];
  const answer = async (step, choice) => {
    await w.expectStep(step);
    questions.push(step);
    await w.choose(choice);
  };
  // The first question: the app's own cloud sync, or another device, before anything else.
  await w.expectStep('second-device');
  assert.equal(await page.locator('[data-choice]').first().getAttribute('data-choice'), 'app-sync');
  await answer('second-device', 'no');
  await answer('who', 'root');
  await answer('mailbox', 'yes');
  await answer('phone', 'ok');
  await w.expectStep('to-self-service');
  assert.ok(questions.length <= 5);
  // The reason is shown with the route.
  assert.ok(await page.locator('[part=decision]').count(), 'the route comes with its reason');
  await page.locator('[data-outcome=handoff] button').first().click();
  await w.expectStep('lost-phone', 'root-self-service');
  await w.checkQuiet();
  await w.context.close();
});

test('triage: an app that synced ends at once, with the way back and a way to start again', async () => {
  const w = await open('triage', 'lang=ja&seed=triage-sync');
  await w.expectStep('second-device');
  await w.choose('app-sync');
  await w.expectStep('app-sync');
  assert.equal(await w.verdict(), 'app-sync');
  await w.page.locator('[data-outcome-id=app-sync]').waitFor();
  await w.page.locator('[data-outcome-id=app-sync] .restart').click();
  await w.expectStep('second-device');
  await w.checkQuiet();
  await w.context.close();
});

test('triage: an IAM user is sent to the IAM journey, in English', async () => {
  const w = await open('triage', 'lang=en&seed=triage-iam');
  await w.expectStep('second-device');
  await w.choose('no');
  await w.expectStep('who');
  await w.choose('iam-user');
  await w.expectStep('to-iam-user');
  await w.page.locator('[data-outcome=handoff] button').first().click();
  await w.expectStep('which', 'iam-user');
  await w.checkQuiet();
  await w.context.close();
});

test('support, English, Saturday 02:14 in Japan: the verdict says English; call, PIN, new device', async () => {
  const w = await open('support', 'lang=en&seed=support-en&now=2026-11-28T02:14:00%2B09:00');
  const { page } = w;
  await w.expectStep('why-support');
  await w.choose('root');
  await w.expectStep('support-form');
  assert.equal(await page.locator('[data-screen]').getAttribute('data-screen'), 'support-form');
  await w.next();
  await w.expectStep('support-language');
  assert.equal(await w.verdict(), 'english');
  assert.match(await page.locator('[part=decision]').textContent(), /Monday/);
  await w.choose('english');
  await w.expectStep('submit-english');
  await w.press('submit-support');
  await w.expectStep('en-ack');
  assert.equal(await page.locator('[part=mail]').count(), 1, 'the acknowledgement mail arrived');
  await w.skipWait();
  await w.expectStep('en-call');
  await page.locator('.call .caller').waitFor();
  // No Seattle number promised today: the recent acknowledgement mail says "Unavailable" may show.
  const caller = await page.locator('.call .caller').textContent();
  assert.match(caller, /Unavailable/);
  assert.doesNotMatch(caller, /Seattle/);
  // The phrasebook: English lines, and a practice code read digit by digit.
  assert.ok((await page.locator('.phrasebook .phrase').count()) >= 2);
  await page.locator('.phrasebook .practise').click();
  const practice = await page.locator('.practice-code').textContent();
  const code = practice.match(/\d{6}/)[0];
  const names = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  assert.ok(practice.includes([...code].map((d) => names[d]).join(', ')), practice);
  await w.choose('english-ok');
  await w.expectStep('en-confirm-email');
  await w.choose('can-read');
  await w.expectStep('en-pin');
  await w.next();
  await supportEnds(w);
  await w.checkQuiet();
  await w.context.close();
});

test('support, Japanese, weekday 10:00: the verdict says Japanese, the call comes the same day, new device', async () => {
  const w = await open('support', 'lang=ja&seed=support-ja&now=2026-11-24T10:00:00%2B09:00');
  const { page } = w;
  await w.expectStep('why-support');
  await w.choose('root');
  await w.expectStep('support-form');
  await w.next();
  await w.expectStep('support-language');
  assert.equal(await w.verdict(), 'japanese');
  await w.choose('japanese');
  await w.expectStep('submit-japanese');
  await w.press('submit-support');
  await w.expectStep('jp-ack-open');
  await w.skipWait();
  await w.expectStep('jp-call');
  const clock = await page.locator('[part=clock]').getAttribute('datetime');
  assert.ok(clock.startsWith('2026-11-24T'), `the call comes the same day: ${clock}`);
  // A call with Japanese support is held in Japanese: its phrasebook is the flow of the call.
  const call = journeys.get('support').steps.find((s) => s.id === 'jp-call');
  assert.equal(call.call_language, 'ja');
  await page.locator('.phrasebook').filter({ hasText: call.phrases[0].ja }).waitFor();
  // On to the end, in Japanese: the PIN mail, MFA removed, sign in, a new device.
  await w.choose('can-read');
  await w.expectStep('jp-pin');
  await w.next();
  await supportEnds(w, 'mfa-removed-ja');
  await w.checkQuiet();
  await w.context.close();
});

test('support, Saturday night, Japanese chosen anyway: the call waits for Monday morning', async () => {
  const w = await open('support', 'lang=ja&seed=support-wait&now=2026-11-28T02:14:00%2B09:00');
  const { page } = w;
  await w.expectStep('why-support');
  await w.choose('root');
  await w.next();
  await w.expectStep('support-language');
  assert.equal(await w.verdict(), 'english');
  await w.choose('japanese');
  await w.press('submit-support');
  await w.expectStep('jp-ack-closed');
  await w.skipWait();
  await w.expectStep('jp-call');
  const clock = await page.locator('[part=clock]').getAttribute('datetime');
  assert.ok(clock.startsWith('2026-11-30T09:'), `the call comes on Monday at 9: ${clock}`);
  await w.checkQuiet();
  await w.context.close();
});

for (const lang of ['ja', 'en']) test(`iam-user: the admin deletes before deactivating, hits DeleteConflict, then does it right (${lang})`, async () => {
  const w = await open('iam-user', `lang=${lang}&seed=iam`);
  const { page } = w;
  await w.expectStep('which');
  await w.choose('iam-user');
  await w.expectStep('another-method');
  await w.choose('no-other');
  await w.expectStep('ask-admin');
  await w.choose('cli');
  await w.expectStep('admin-cli-list');
  assert.match(await page.locator('.step-body pre.cli').first().textContent(), /aws iam list-mfa-devices/);
  await w.choose('delete-first');
  await w.expectStep('delete-conflict');
  assert.match(await page.locator('.step-body').textContent(), /DeleteConflict/);
  await w.next();
  await w.expectStep('admin-cli-deactivate');
  assert.match(await page.locator('.step-body pre.cli').first().textContent(), /deactivate-mfa-device/);
  await w.next();
  await w.expectStep('user-signs-in');
  await w.press('assign-device');
  await w.expectStep('assign-new');
  await enroll(w);
  await w.expectStep('recovered');
  await w.checkQuiet();
  await w.context.close();
});

for (const lang of ['ja', 'en']) test(`org-member: centralized root access deletes the root credentials, a reset mail signs in (${lang})`, async () => {
  const w = await open('org-member', `lang=${lang}&seed=org`);
  const { page } = w;
  await w.expectStep('member-root');
  await w.choose('central');
  await w.expectStep('delete-credentials');
  await w.next();
  await w.expectStep('allow-recovery');
  await w.next();
  await w.expectStep('forgot-password');
  const mail = page.locator('[part=mail][data-mail="reset-mail"]').first();
  await mail.locator('.mail-summary').click();
  await mail.locator('.link-button').click();
  await w.expectStep('member-sign-in');
  await w.press('sign-in');
  await w.expectStep('member-in');
  await w.checkQuiet();
  await w.context.close();
});

for (const lang of ['ja', 'en']) test(`prevention: the printable kit prints only itself, then a real enrollment (${lang})`, async () => {
  const w = await open('prevention', `lang=${lang}&seed=prevent`);
  const { page } = w;
  await w.expectStep('before');
  for (const id of ['before', 'authenticator-backup', 'keep-secret', 'contact-phone', 'company-contacts']) {
    await w.expectStep(id);
    await w.next();
  }
  await w.expectStep('recovery-kit');
  assert.ok((await page.locator('.step-body li').count()) >= 4, 'the kit is a list');
  await page.locator('.print-kit').waitFor();
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => {
    const root = document.querySelector('#demo').shadowRoot;
    const display = (sel) => getComputedStyle(root.querySelector(sel)).display;
    return { world: display('.world'), nav: display('.step-nav'), body: display('.step-body') };
  });
  assert.deepEqual(hidden, { world: 'none', nav: 'none', body: 'block' });
  await page.emulateMedia({ media: 'screen' });
  await w.next();
  await w.expectStep('second-device');
  await w.press('assign-device');
  await w.expectStep('enroll-authenticator');
  await enroll(w);
  await w.expectStep('prepared');
  await w.checkQuiet();
  await w.context.close();
});

test('the phrasebook speaks with the browser voice when there is one, and hides the button when not', async () => {
  const url = `${server.url}/?journey=support&lang=ja&seed=voice&start=en-call`;
  // A browser with an English voice (a stub recording what would be spoken).
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__spoken = [];
    const synth = new EventTarget();
    synth.getVoices = () => [{ lang: 'en-US', name: 'Stub' }];
    synth.cancel = () => {};
    synth.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; this.lang = ''; this.rate = 1; }
    };
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.phrasebook .speak').first().waitFor();
  // On an English call, Japanese screens mark the English lines so screen readers switch voice.
  assert.ok((await page.locator('.phrasebook .phrase .en[lang=en]').count()) >= 1);
  assert.ok((await page.locator('.phrasebook .phrase .gloss[lang=ja]').count()) >= 1);
  const first = await page.locator('.phrasebook .phrase .en').first().textContent();
  await page.locator('.phrasebook .speak').first().click();
  await page.locator('.phrasebook .practise').click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken[0].text, first);
  assert.equal(spoken[0].lang, 'en-US');
  assert.match(spoken[1].text, /^(zero|one|two|three|four|five|six|seven|eight|nine)(, (zero|one|two|three|four|five|six|seven|eight|nine)){5}$/);
  await context.close();

  // A browser with no voice: no speak buttons, the practice still shows the words.
  const quiet = await browser.newContext();
  await quiet.addInitScript(() => {
    const synth = new EventTarget();
    synth.getVoices = () => [];
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
  });
  const page2 = await quiet.newPage();
  await page2.goto(url);
  await page2.locator('.phrasebook .phrase').first().waitFor();
  assert.equal(await page2.locator('.phrasebook .speak').count(), 0);
  await page2.locator('.phrasebook .practise').click();
  assert.match(await page2.locator('.practice-code').textContent(), /\d{6}/);
  await quiet.close();
});

test('the support-language verdict depends on the time in Japan, not on the reader\'s time zone', async () => {
  const cases = [
    // Tuesday 10:00 in Japan is Monday evening in New York: Japanese support is open.
    ['2026-11-24T10:00:00%2B09:00', 'America/New_York', 'japanese'],
    // Saturday 02:14 in Japan: closed, wherever the reader is.
    ['2026-11-28T02:14:00%2B09:00', 'Asia/Tokyo', 'english'],
    ['2026-11-28T02:14:00%2B09:00', 'Pacific/Auckland', 'english'],
    // Monday 23 November 2026 is a public holiday (勤労感謝の日), treated as closed.
    ['2026-11-23T11:00:00%2B09:00', 'Europe/London', 'english'],
    // Friday 17:59 in Japan, seen from Los Angeles (Friday 00:59): still open.
    ['2026-11-27T17:59:00%2B09:00', 'America/Los_Angeles', 'japanese'],
  ];
  for (const [now, timezoneId, expected] of cases) {
    const w = await open('support', `lang=en&seed=tz&start=support-language&now=${now}&clock=frozen`, { timezoneId });
    await w.expectStep('support-language');
    assert.equal(await w.verdict(), expected, `${now} seen from ${timezoneId}`);
    await w.checkQuiet();
    await w.context.close();
  }
});
