// Every type of index.d.ts in use, as a page's TypeScript would use them, checked by
// tests/types/types.test.mjs with `tsc --strict --noEmit` (without React: see jsx.tsx for JSX).
// Each `@ts-expect-error` line must NOT compile: if it ever does, tsc reports the directive as
// unused and the test fails.
import { MfaRescue, create } from 'mfa-rescue';
import { MfaRescue as SameApi } from 'mfa-rescue/mfa-rescue.js';
import type {
  ClockMode,
  ErrorCode,
  JourneyId,
  Lang,
  MfaRescueApi,
  MfaRescueAttributes,
  MfaRescueCompleteDetail,
  MfaRescueDecisionDetail,
  MfaRescueElement,
  MfaRescueErrorDetail,
  MfaRescueEventMap,
  MfaRescueHandle,
  MfaRescueOptions,
  MfaRescueSettings,
  MfaRescueStepDetail,
  OutcomeKind,
  Resume,
  Theme,
} from 'mfa-rescue';

const box = document.createElement('section');

// --- create(): every setting, both spellings of src-journey, null and undefined ------------------
const handle: MfaRescueHandle = MfaRescue.create(box, {
  lang: 'ja',
  journey: 'root-self-service',
  start: 'assign-mfa',
  now: '2026-11-23T10:00:00+09:00',
  clock: 'frozen',
  seed: 'docs',
  theme: 'dark',
  resume: 'off',
  srcJourney: undefined,
});
const nothing: void = handle.destroy();
create(box);
create(box, {});
create(box, { 'src-journey': 'my-journey', lang: 'en-US' });
create(box, { srcJourney: 'my-journey', lang: 'ja-JP', theme: null, resume: undefined });
create(box, { srcStrings: 'our-words' });
create(box, { 'src-strings': 'our-words', 'src-journey': 'my-journey' });
SameApi.create(box, { journey: 'support', start: 'support-language', clock: 'running', resume: 'session' });
const api: MfaRescueApi = MfaRescue;
const fromWindow: MfaRescueApi = window.MfaRescue;
globalThis.MfaRescue.create(box, { theme: 'auto', lang: 'en' });
const built = { lang: 'en', journey: 'prevention' } satisfies MfaRescueOptions;
create(box, built);
const settings: MfaRescueSettings = { seed: 'x' };
create(box, settings);

// The closed sets, exactly: a key missing or extra here is an error.
const journeys: Record<JourneyId, true> = {
  triage: true,
  'root-self-service': true,
  support: true,
  'iam-user': true,
  'org-member': true,
  prevention: true,
};
const themes: Record<Theme, true> = { auto: true, light: true, dark: true };
const clocks: Record<ClockMode, true> = { running: true, frozen: true };
const resumes: Record<Resume, true> = { session: true, off: true };
const kinds: Record<OutcomeKind, true> = { recovered: true, blocked: true, handoff: true };
const codes: Record<ErrorCode, true> = {
  'unknown-journey': true,
  'invalid-journey': true,
  'unknown-step': true,
  'bad-now': true,
  'bad-clock': true,
  'no-page-journey': true,
  'no-randomness': true,
};
const langs: Lang[] = ['ja', 'en', 'ja-JP', 'en-GB'];

// --- what must not compile --------------------------------------------------------------------
// @ts-expect-error a misspelt option
create(box, { jorney: 'support' });
// @ts-expect-error an option the widget does not have
create(box, { autoplay: true });
// @ts-expect-error src-journey in both spellings at once
create(box, { srcJourney: 'a', 'src-journey': 'b' });
// @ts-expect-error src-strings in both spellings at once
create(box, { srcStrings: 'a', 'src-strings': 'b' });
// @ts-expect-error camelCase for a one-word setting is the same word; `Lang` is not a key
create(box, { Lang: 'en' });
// @ts-expect-error a language the widget does not speak
create(box, { lang: 'fr' });
// @ts-expect-error a journey that is not built in (custom journeys go through src-journey)
create(box, { journey: 'root-self-servce' });
// @ts-expect-error not a theme
create(box, { theme: 'purple' });
// @ts-expect-error not a clock mode
create(box, { clock: 'paused' });
// @ts-expect-error not a resume mode
create(box, { resume: 'forever' });
// @ts-expect-error settings are strings
create(box, { seed: 42 });
// @ts-expect-error the element is required
create(null);
// @ts-expect-error not an element
create('#box');
// @ts-expect-error the API object is frozen
MfaRescue.create = create;
// @ts-expect-error a handle has destroy() only
handle.pause();
// @ts-expect-error a plain string is not a JourneyId
const j: JourneyId = String('triage');

// --- the element ------------------------------------------------------------------------------
const element: MfaRescueElement = document.createElement('mfa-rescue');
const found: MfaRescueElement | null = document.querySelector('mfa-rescue');
element.setAttribute('journey', 'support');
element.lang = 'en';
const asHtml: HTMLElement = element;
// @ts-expect-error the element reflects no settings as properties (attributes only)
element.journey = 'support';

// --- events on an element, a shadow root, the document and the window ---------------------------
element.addEventListener('mfa-rescue:step', (e) => {
  const detail: MfaRescueStepDetail = e.detail;
  const at: number = e.detail.index;
  const where: string = `${e.detail.journey}/${e.detail.step}`;
  // @ts-expect-error index is a number
  const wrong: string = e.detail.index;
});
box.attachShadow({ mode: 'open' }).addEventListener('mfa-rescue:decision', (e) => {
  const detail: MfaRescueDecisionDetail = e.detail;
  const shown: string = `${e.detail.question}: ${e.detail.label} (${e.detail.answer}) at ${e.detail.step}`;
});
document.addEventListener('mfa-rescue:complete', (e) => {
  const detail: MfaRescueCompleteDetail = e.detail;
  const kind: OutcomeKind = e.detail.kind;
  const outcome: string = `${e.detail.journey}:${e.detail.outcome}`;
  // @ts-expect-error kind is one of three keywords
  if (e.detail.kind === 'success') return;
  // @ts-expect-error details are read-only
  e.detail.kind = 'blocked';
});
window.addEventListener('mfa-rescue:error', (e) => {
  const detail: MfaRescueErrorDetail = e.detail;
  const message: string = e.detail.message;
  const code: ErrorCode | undefined = e.detail.code;
  // @ts-expect-error code may be absent
  const sure: ErrorCode = e.detail.code;
});
const map: MfaRescueEventMap['mfa-rescue:step'] = new CustomEvent('mfa-rescue:step', {
  detail: { journey: 'triage', step: 'who', index: 0 },
});
// @ts-expect-error a step event's detail has journey, step and index
const badMap: MfaRescueEventMap['mfa-rescue:step'] = new CustomEvent('mfa-rescue:step', { detail: { step: 'who' } });

// --- the JSX props type is usable without React too ---------------------------------------------
const props: MfaRescueAttributes = { journey: 'support', 'src-journey': 'mine', lang: 'ja' };
// @ts-expect-error JSX takes the attribute spelling only
const camel: MfaRescueAttributes = { srcJourney: 'mine' };

export {
  api, asHtml, built, camel, clocks, codes, fromWindow, found, journeys, kinds, langs, map, badMap,
  nothing, props, resumes, themes, j,
};
