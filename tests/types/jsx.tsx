// JSX with React's types (18 and 19, tests/types/types.test.mjs runs both): the element and its
// attributes are checked, React's own props (key, ref, className, style, …) still work.
import 'mfa-rescue';
import type { MfaRescueElement } from 'mfa-rescue';

declare const ref: { current: MfaRescueElement | null };

export const page = (
  <article className="doc">
    <mfa-rescue id="rehearsal" lang="ja" journey="root-self-service" seed="docs" />
    <mfa-rescue key="2" ref={ref} lang="en-US" start="assign-mfa" now="2026-11-23T10:00:00+09:00" clock="frozen" />
    <mfa-rescue theme="dark" resume="off" src-journey="mine" className="wide" style={{ maxWidth: '40rem' }} />
    <div data-mfa-rescue="" data-lang="ja" data-journey="support" />
    {/* @ts-expect-error a journey that is not built in */}
    <mfa-rescue journey="root-self-servce" />
    {/* @ts-expect-error not a theme */}
    <mfa-rescue theme="purple" />
    {/* @ts-expect-error a language the widget does not speak */}
    <mfa-rescue lang="fr" />
    {/* @ts-expect-error JSX passes attributes: src-journey, not srcJourney */}
    <mfa-rescue srcJourney="mine" />
  </article>
);
