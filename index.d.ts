/**
 * Types for mfa-rescue: the `<mfa-rescue>` element, the `<div data-mfa-rescue>` form,
 * `MfaRescue.create`, and the four events the widget sends to its host page.
 *
 * Loading the module (`import 'mfa-rescue'`, or a `<script type="module">`) defines the
 * element, upgrades every `div[data-mfa-rescue]` now and later, and sets `window.MfaRescue`.
 * It is browser code: import it only where `document` exists (not during server rendering).
 *
 * Hand-written against `js/mfa-rescue.js` and the widget's Rust sources; `tests/types/` checks
 * it with `tsc --strict`, and `tests/package/drift.test.mjs` checks that it names every setting.
 *
 * @packageDocumentation
 */

/**
 * The journeys built into this release of the widget (its wasm carries exactly these).
 * A custom journey is given with `src-journey` instead, so `journey` needs no other value:
 * a misspelt id is a type error here, and an error box (`unknown-journey`) in the page.
 */
export type JourneyId = 'triage' | 'root-self-service' | 'support' | 'iam-user' | 'org-member' | 'prevention';

/**
 * A language the widget speaks: `ja` or `en`, alone or with a region or script subtag
 * (`ja-JP`, `en-US`, `en-GB`); the widget reads the part before the first `-`. Any other tag
 * falls back to the page's language, with one console warning.
 */
export type Lang = 'ja' | 'en' | `ja-${string}` | `en-${string}`;

/** `auto` follows `prefers-color-scheme`; `light` and `dark` fix one. Changes apply at once. */
export type Theme = 'auto' | 'light' | 'dark';

/** `running` (the default) lets the simulated clock run; `frozen` stops it where it starts. */
export type ClockMode = 'running' | 'frozen';

/**
 * `session` (the default) keeps the reader's place in `sessionStorage`, keyed by the element's
 * `id`, the journey and `start` (no `id`: no resume); `off` starts afresh on every load. Where
 * the browser refuses storage (a sandboxed frame), the widget runs without resume, silently.
 */
export type Resume = 'session' | 'off';

/** How a journey ended (`mfa-rescue:complete`'s `kind`). */
export type OutcomeKind = 'recovered' | 'blocked' | 'handoff';

/**
 * The stable keyword of the widget's error box (its `data-error` attribute), for settings
 * the widget cannot start with.
 */
export type ErrorCode =
  | 'unknown-journey'
  | 'invalid-journey'
  | 'unknown-step'
  | 'bad-now'
  | 'bad-clock'
  | 'no-page-journey'
  | 'no-randomness';

/**
 * The settings every form shares. On `<mfa-rescue>` they are attributes, on the div form
 * `data-*` attributes, and here keys of `MfaRescue.create`'s options, which win over the
 * element's `data-*` attributes. `null` or `undefined` means "not given here": the element's
 * attribute, then the default, applies.
 */
export interface MfaRescueSettings {
  /**
   * The reader's language. Default: the nearest `[lang]` around the widget (through shadow
   * roots), then `navigator.languages`, then English. Changes apply at once.
   */
  lang?: Lang | null | undefined;
  /** A built-in journey. Default `triage`. */
  journey?: JourneyId | null | undefined;
  /** A step id of the journey to open on (e.g. `support-language`). Default: its first step. */
  start?: string | null | undefined;
  /**
   * Where the simulated clock starts: RFC 3339 with an offset, e.g.
   * `2026-11-23T10:00:00+09:00`. Default: the real clock. A bad value shows `bad-now`.
   */
  now?: string | null | undefined;
  /** Whether the simulated clock runs. Default `running`. A bad value shows `bad-clock`. */
  clock?: ClockMode | null | undefined;
  /** Any text: the same seed gives the same secrets, codes and phone numbers. Default: random. */
  seed?: string | null | undefined;
  /** Light, dark, or the system's. Default `auto`. */
  theme?: Theme | null | undefined;
  /** Whether a reload returns the reader to the same step. Default `session`. */
  resume?: Resume | null | undefined;
}

/**
 * The id of a `<script type="application/json">` holding a journey (looked up in the widget's
 * own tree, shadow root or document, then in the document). Either spelling, not both.
 */
type SrcJourney =
  | { srcJourney?: string | null | undefined; 'src-journey'?: never }
  | { 'src-journey'?: string | null | undefined; srcJourney?: never };

/**
 * The id of a `<script type="application/json">` holding the host's own words for this widget,
 * `{ "ja": { "<Key>": "text" }, "en": { … } }` (keys and placeholders in `strings.json`; looked up
 * like `src-journey`). An unusable entry is a console warning and the default text. Either
 * spelling, not both.
 */
type SrcStrings =
  | { srcStrings?: string | null | undefined; 'src-strings'?: never }
  | { 'src-strings'?: string | null | undefined; srcStrings?: never };

/**
 * The options of {@link create}: closed, so a misspelt key in an object literal is a type
 * error (for an options object built elsewhere, write `satisfies MfaRescueOptions`).
 */
export type MfaRescueOptions = MfaRescueSettings & SrcJourney & SrcStrings;

/** What {@link create} returns. */
export interface MfaRescueHandle {
  /**
   * Unmounts the widget for good: its view, timers and listeners go, and the element's shadow
   * root is left empty. Calling it again does nothing.
   */
  destroy(): void;
}

/**
 * Puts a widget on `element` (one that can hold a shadow root: a `div`, `section`, `article`,
 * …) with `options`, falling back to the element's `data-*` attributes. Removing the element
 * stops the widget and adding it back starts it again, until `destroy()`. Calling it again on
 * the same element replaces the widget there.
 *
 * @throws TypeError when `element` is not an element.
 *
 * @example
 * ```ts
 * import { MfaRescue } from 'mfa-rescue';
 * const widget = MfaRescue.create(document.querySelector('#box')!, { lang: 'en', start: 'assign-mfa' });
 * widget.destroy();
 * ```
 */
export declare function create(element: Element, options?: MfaRescueOptions): MfaRescueHandle;

/** The module's API object (frozen), also set as `window.MfaRescue` when the module loads. */
export interface MfaRescueApi {
  /** {@link create} */
  readonly create: typeof create;
}

/** The API, as `import { MfaRescue } from 'mfa-rescue'`. */
export declare const MfaRescue: MfaRescueApi;

/**
 * The `<mfa-rescue>` element. Its settings are attributes only (`getAttribute`/`setAttribute`:
 * `lang`, `journey`, `start`, `now`, `clock`, `seed`, `theme`, `resume`, `src-journey`,
 * `src-strings`); the
 * element reflects none of them as a property of its own. `lang` is HTML's own reflected
 * property, so `el.lang = 'en'` works and switches the language at once. Changing `theme` also
 * applies at once; changing any other setting starts the widget again.
 */
export interface MfaRescueElement extends HTMLElement {}

/** `mfa-rescue:step`: on every new step, including the first at mount. */
export interface MfaRescueStepDetail {
  /** The journey's id (a built-in id, or a page journey's own `id`). */
  readonly journey: string;
  /** The step's id. */
  readonly step: string;
  /** 0-based position along the reader's path (Back lowers it). */
  readonly index: number;
}

/** `mfa-rescue:decision`: the reader picked an answer. */
export interface MfaRescueDecisionDetail {
  /** The step's id. */
  readonly step: string;
  /** The step's title as shown, in the reader's language. */
  readonly question: string;
  /** The answer's stable choice id. */
  readonly answer: string;
  /** The answer as shown, in the reader's language. */
  readonly label: string;
}

/** `mfa-rescue:complete`: the reader reached an outcome. */
export interface MfaRescueCompleteDetail {
  /** The journey's id. */
  readonly journey: string;
  /** The outcome's id. */
  readonly outcome: string;
  /** How the journey ended; `handoff` leads on to another journey. */
  readonly kind: OutcomeKind;
}

/** `mfa-rescue:error`: the widget could not start. */
export interface MfaRescueErrorDetail {
  /** What went wrong, in the reader's language. */
  readonly message: string;
  /**
   * The error box's `data-error` keyword. Absent only when the wasm itself could not load.
   */
  readonly code?: ErrorCode;
}

/**
 * The widget's events. They are dispatched on the host element with `bubbles: true` and
 * `composed: true`, so elements, shadow roots, the document and the window all hear them.
 */
export interface MfaRescueEventMap {
  'mfa-rescue:step': CustomEvent<MfaRescueStepDetail>;
  'mfa-rescue:decision': CustomEvent<MfaRescueDecisionDetail>;
  'mfa-rescue:complete': CustomEvent<MfaRescueCompleteDetail>;
  'mfa-rescue:error': CustomEvent<MfaRescueErrorDetail>;
}

/**
 * The element's attributes as JSX props. Only the attribute spellings: React passes unknown
 * props of a custom element as attributes, and `srcJourney` would not be `src-journey`.
 */
export interface MfaRescueAttributes {
  lang?: Lang | undefined;
  journey?: JourneyId | undefined;
  start?: string | undefined;
  now?: string | undefined;
  clock?: ClockMode | undefined;
  seed?: string | undefined;
  theme?: Theme | undefined;
  resume?: Resume | undefined;
  'src-journey'?: string | undefined;
  'src-strings'?: string | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'mfa-rescue': MfaRescueElement;
  }
  interface HTMLElementEventMap extends MfaRescueEventMap {}
  interface ShadowRootEventMap extends MfaRescueEventMap {}
  interface DocumentEventMap extends MfaRescueEventMap {}
  interface WindowEventMap extends MfaRescueEventMap {}
  /** Set when the module loads, for pages that cannot `import`. */
  var MfaRescue: MfaRescueApi;
}

// JSX for React 18 and 19 (and so MDX in Docusaurus, which type-checks through React's JSX):
// `<mfa-rescue journey="support" />` with its attributes checked. This augments React's own
// `JSX` namespace (`React.JSX`, which the automatic runtime uses and the global one extends).
// Without @types/react there is no module to augment: TypeScript would report that on the next
// line, so it is silenced there, and nothing else here refers to React outside this block.
// @ts-ignore -- 'react' is optional: without it this augmentation is simply not applied.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore -- React's own types, unresolved (and unused) where React is absent.
      'mfa-rescue': DetailedHTMLProps<HTMLAttributes<MfaRescueElement>, MfaRescueElement> & MfaRescueAttributes;
    }
  }
}
