// mfa-rescue.js: the one file a page loads. It finds the wasm beside itself (import.meta.url,
// so the folder can be copied to any path or host), defines <mfa-rescue>, upgrades every
// <div data-mfa-rescue> now and whenever one is added later, in the document and in open shadow
// roots (Backstage TechDocs renders docs in one), and exports MfaRescue.create.
// It makes no request but its own files: the wasm and its glue, widget.css and the journeys' files.
//
// Rust does the meaning of the settings (src/embed/attrs.rs); this file only gathers them,
// keeps one mounted widget per element, and starts and stops it as the element comes and goes.

// Order of the requests on a slow link: first what shows a widget's first step at once (its
// pre-rendered markup and the stylesheet, a few KB; the live widget uses the same sheet), then
// the wasm, started before the glue is even requested so the two travel together (wasm-bindgen's
// init takes a Promise of the Response), and the journey's file beside them. `new URL(…, import.meta.url)` is also the
// pattern bundlers copy as an asset.
let core = null;

/** Settings, as attribute names (`data-` + name on the div form, keys of create()'s options). */
const SETTINGS = ['lang', 'journey', 'start', 'now', 'clock', 'seed', 'theme', 'resume', 'src-journey', 'src-strings'];
const THEMES = ['auto', 'light', 'dark'];
const DIV = 'div[data-mfa-rescue]';

let loaded = false;
let ready = null;
/** Loads the wasm and its glue, once; the same promise after that. */
function loadCore() {
  if (!ready) {
    const wasm = fetch(new URL('mfa-rescue-core_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // a failure is reported once, through `ready`
    ready = import('./mfa-rescue-core.js').then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      core = glue;
      loaded = true;
    });
  }
  return ready;
}

/** The built-in journeys (src/engine/builtin.rs IDS; tests/package/drift.test.mjs keeps them
 *  in step). Their files sit beside this one (`journeys/<id>.json`), not in the wasm. */
const JOURNEYS = ['triage', 'root-self-service', 'support', 'iam-user', 'org-member', 'prevention'];
const files = new Map();

/** Fetches built-in journey `id`'s file (once per page) and hands it to the wasm when both are
 *  here. The request starts at once, so it travels beside the wasm's. */
function journeyFile(id) {
  let done = files.get(id);
  if (!done) {
    const text = fetch(new URL(`journeys/${id}.json`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`journeys/${id}.json: ${r.status}`);
      return r.text();
    });
    done = Promise.all([loadCore(), text]).then(([, json]) => {
      core.provideJourney(id, json);
    });
    files.set(id, done);
  }
  return done;
}

/** Fetches `name` beside this file once per page: `text`, its text or null if it cannot be had,
 *  and `begun`, settled as soon as its response has begun (or failed). */
const sideFiles = new Map();
function sideFile(name) {
  let file = sideFiles.get(name);
  if (!file) {
    const response = fetch(new URL(name, import.meta.url), { priority: 'high' });
    file = {
      begun: response.then(() => {}, () => {}),
      text: response.then((r) => (r.ok ? r.text() : null)).catch(() => null),
    };
    sideFiles.set(name, file);
  }
  return file;
}
/** The widget's stylesheet (`widget.css` beside this file), parsed once per page and adopted by
 *  every widget's shadow root; it is not compiled into the wasm. `sheet` once it is here. */
let sheet = null;
let sheetReady = null;
function widgetSheet() {
  if (!sheetReady) {
    sheetReady = sideFile('widget.css').text.then((css) => {
      if (css === null) throw new Error('widget.css could not be loaded');
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  return sheetReady;
}

/** What a tap on the pre-rendered step may press once the widget runs (never a link: the live
 *  widget opens those itself). */
const TAPPABLE = 'button, summary';
/** A control's identity across the pre-rendered and the live markup. */
const tapKey = (c) => [c.localName, c.dataset.choice, c.dataset.action, c.getAttribute('part'), c.textContent.trim()].join('|');
/** The catalogue's `Loading` (src/i18n/mod.rs; tests/package/drift.test.mjs keeps this copy
 *  equal): what the box says before its first step is there, in the page's language. */
const LOADING = { ja: 'MFA 復旧のリハーサルを読み込んでいます…', en: 'Loading the MFA recovery rehearsal…' };
const PLACEHOLDER_CSS = ':host{display:block}p{margin:0;padding:1em;min-height:12em;font:inherit;color:inherit;opacity:.75}';
let placeholderSheet = null;

/** The language the widget will take (src/embed/attrs.rs resolve_lang, in short): only to pick
 *  the pre-rendered first step; the live widget decides, and replaces it. */
function guessLang(...tags) {
  for (const tag of tags) {
    const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}

/** After a first step: the journeys `id` can hand off to, and theirs, so "Continue" works. */
function prefetchFrom(id) {
  for (const next of core.handoffs(id)) journeyFile(next).then(() => prefetchFrom(next), () => {});
}

const warned = new Set();
function warnOnce(message) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** The `lang` of the nearest [lang] at or around `node`, past shadow roots to their hosts. */
function langAround(node) {
  for (let n = node; n; n = n.getRootNode().host) {
    const found = n.closest('[lang]');
    if (found) return found.getAttribute('lang');
  }
  return undefined;
}

function dispatch(el, type, detail) {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** One element's widget: mounted while the element is in the document. */
class Instance {
  /** `prefix` is '' for <mfa-rescue>, 'data-' for the div form; `options` from create(). */
  constructor(el, prefix, options = null) {
    this.el = el;
    this.prefix = prefix;
    this.options = options;
    this.handle = null;
    // A tap kept on the pre-rendered step ({ index, key }) and the host's listener for it.
    this.tapped = null;
    this.onPreviewTap = null;
    // Bumped by every start and stop, so a start still waiting for the wasm can tell it is stale.
    this.generation = 0;
    this.pending = false;
  }

  get running() {
    return this.handle !== null || this.pending;
  }

  /** The page address's settings, for an element marked `data-query` (the demo and iframe
   *  pages: `embed.html?lang=en&journey=…&id=…`), else null. */
  get query() {
    return this.el.hasAttribute('data-query') ? new URLSearchParams(location.search) : null;
  }

  read(name) {
    const fromAddress = this.query?.get(name);
    if (fromAddress !== undefined && fromAddress !== null && SETTINGS.includes(name)) return fromAddress;
    const o = this.options;
    if (o) {
      const camel = name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
      const value = o[name] ?? o[camel];
      if (value !== undefined && value !== null) return String(value);
    }
    return this.el.getAttribute(this.prefix + name) ?? undefined;
  }

  /** The plain object src/embed/attrs.rs reads. */
  settings() {
    const s = {};
    for (const name of SETTINGS) {
      const value = this.read(name);
      if (value !== undefined) s[name] = value;
    }
    // The nearest [lang] around the widget (for the div form, its own lang counts), through
    // shadow roots: a widget inside one takes the language of the page around its host.
    const el = this.el;
    const around = langAround(this.prefix ? el : el.parentElement ?? el.getRootNode().host);
    if (around !== undefined && around !== null) s['inherited-lang'] = around;
    s['navigator-languages'] = (navigator.languages?.length ? navigator.languages : [navigator.language]).join(',');
    const id = this.query?.get('id') ?? this.el.id;
    if (id) s.id = id;
    // The page's own JSON scripts (a custom journey, the host's words): in the widget's own
    // tree first (a shadow root holding both), then the document.
    for (const [name, into] of [['src-journey', 'journey-json'], ['src-strings', 'strings-json']]) {
      const id = s[name];
      if (id === undefined) continue;
      const script = el.getRootNode().getElementById?.(id) ?? el.ownerDocument.getElementById(id);
      if (script?.localName === 'script') s[into] = script.textContent;
    }
    return s;
  }

  /** The built-in journey this widget starts with (none with src-journey). */
  get builtin() {
    return this.read('src-journey') === undefined ? this.read('journey') ?? 'triage' : null;
  }

  start() {
    const generation = ++this.generation;
    const journey = this.builtin;
    if (loaded && sheet && core.missingJourneys(this.settings()).length === 0) {
      this.mountNow();
      return;
    }
    this.pending = true;
    // The pre-rendered first step first; then the wasm and the journey's file, together (an
    // unknown id is the widget's own error box, no request).
    this.placeholder();
    const { begun, shown } = this.preview(journey, generation);
    // Requested together with the pre-rendered step, the wasm's bytes compete with its few KB
    // (on Slow 4G its first step came 35 ms later, the widget working 160 ms sooner); requested
    // once that step's responses have begun, they arrive after them, and the widget works about
    // 30 ms sooner than if it waited for the step to be shown (scripts/bench, 2026-12-04).
    begun.then(() => {
      loadCore().catch(() => {});
      if (JOURNEYS.includes(journey)) journeyFile(journey).catch(() => {});
    });
    const needed = async () => {
      await shown;
      await Promise.all([loadCore(), widgetSheet()]);
      // The started journey, then (a saved run that continued in another) that one.
      for (let round = 0; round < 3; round++) {
        const missing = core.missingJourneys(this.settings());
        if (!missing.length) return;
        await Promise.all(missing.map(journeyFile));
      }
    };
    needed().then(
      () => {
        if (generation !== this.generation) return;
        this.pending = false;
        if (this.el.isConnected) this.mountNow();
      },
      (error) => {
        if (generation !== this.generation) return;
        this.pending = false;
        this.el.shadowRoot?.replaceChildren(); // no "loading" that never ends
        warnOnce(`mfa-rescue: the widget's files could not load (${error}). Check that mfa-rescue-core_bg.wasm, widget.css and the journeys/ folder are beside mfa-rescue.js and that the page's CSP allows 'wasm-unsafe-eval'.`);
        dispatch(this.el, 'mfa-rescue:error', { message: String(error) });
      },
    );
  }

  /** The language the widget will most likely take (for what it shows before it runs). */
  get likelyLang() {
    return guessLang(this.read('lang'), langAround(this.prefix ? this.el : this.el.parentElement ?? this.el.getRootNode().host), ...(navigator.languages ?? [navigator.language]));
  }

  /** An empty box says that it is loading, in the page's language, until a first step shows. */
  placeholder() {
    const root = this.el.shadowRoot ?? attach.call(this.el, { mode: 'open' });
    if (root.childElementCount) return;
    if (!placeholderSheet) {
      placeholderSheet = new CSSStyleSheet();
      placeholderSheet.replaceSync(PLACEHOLDER_CSS);
    }
    root.adoptedStyleSheets = [placeholderSheet];
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.dataset.loading = '';
    const lang = this.likelyLang;
    p.lang = lang;
    p.textContent = LOADING[lang];
    root.replaceChildren(p);
  }

  /** While the wasm is on its way: the journey's first step as the build pre-rendered it
   *  (journeys/<id>.<lang>.html, the live widget's own markup), `inert` so that nothing in it can
   *  be focused or act before it works, in the shadow root the live widget then fills. A tap on
   *  one of its buttons is kept (the button marked `data-pending`) and given to the same button
   *  of the live widget when it has mounted (see `replayTap`). Not for a deep link (`start`) or a
   *  widget that may resume a saved run (its step is another). `begun` settles when the step's
   *  two responses have begun, `shown` when it is shown (or will not be). */
  preview(journey, generation) {
    const none = { begun: Promise.resolve(), shown: Promise.resolve() };
    if (!JOURNEYS.includes(journey) || this.read('start') !== undefined) return none;
    const id = this.query?.get('id') ?? this.el.id;
    if (id && this.read('resume')?.trim() !== 'off') {
      try {
        const prefix = `mfa-rescue:${id}:`;
        for (let i = 0; i < sessionStorage.length; i++) if (sessionStorage.key(i)?.startsWith(prefix)) return none;
      } catch {
        // No storage: no resume either.
      }
    }
    const page = sideFile(`journeys/${journey}.${this.likelyLang}.html`);
    const begun = Promise.all([page.begun, sideFile('widget.css').begun]);
    const shown = Promise.all([page.text, widgetSheet().catch(() => null)]).then(([html, styles]) => {
      if (html === null || styles === null || generation !== this.generation || this.handle || !this.el.isConnected) return;
      const root = this.el.shadowRoot ?? attach.call(this.el, { mode: 'open' });
      root.adoptedStyleSheets = [styles];
      const box = document.createElement('div');
      box.className = 'mfa-rescue-root';
      box.inert = true;
      box.setAttribute('aria-busy', 'true');
      box.dataset.prerendered = '';
      box.innerHTML = html;
      root.replaceChildren(box);
      this.applyTheme();
      this.keepTaps(box);
    });
    return { begun, shown };
  }

  /** Taps on the inert preview reach the host (nothing inside it can be their target): the
   *  button under the tap is the one kept, the last tap winning. */
  keepTaps(box) {
    this.stopKeepingTaps();
    this.tapped = null;
    this.onPreviewTap = (event) => {
      if (!box.isConnected) return;
      const controls = [...box.querySelectorAll(TAPPABLE)];
      const index = controls.findIndex((c) => {
        const r = c.getBoundingClientRect();
        return event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
      });
      if (index < 0) return;
      for (const c of controls) delete c.dataset.pending;
      controls[index].dataset.pending = '';
      this.tapped = { index, key: tapKey(controls[index]) };
    };
    this.el.addEventListener('click', this.onPreviewTap);
  }

  stopKeepingTaps() {
    if (this.onPreviewTap) this.el.removeEventListener('click', this.onPreviewTap);
    this.onPreviewTap = null;
  }

  /** The kept tap, given to the live widget's button at the same place in the same markup (and
   *  only if it is the same button: same kind, answer, action and words). */
  replayTap(root) {
    this.stopKeepingTaps();
    const tapped = this.tapped;
    this.tapped = null;
    if (!tapped) return;
    const live = root.querySelectorAll(TAPPABLE)[tapped.index];
    if (live && tapKey(live) === tapped.key) live.click();
  }

  mountNow() {
    this.unmount();
    // The unwrapped attachShadow: the widget's own root is never watched for divs.
    const root = this.el.shadowRoot ?? attach.call(this.el, { mode: 'open' });
    root.replaceChildren();
    root.adoptedStyleSheets = [sheet];
    try {
      this.handle = core.mount(this.el, this.settings());
    } catch (error) {
      // Only a DOM refusing a shadow root or stylesheet lands here; bad settings show in the box.
      dispatch(this.el, 'mfa-rescue:error', { message: String(error) });
      return;
    }
    // A bad setting's error panel sends its own mfa-rescue:error (from the widget).
    this.applyTheme();
    this.replayTap(root);
    this.watchVisibility();
    const journey = this.builtin;
    if (JOURNEYS.includes(journey)) prefetchFrom(journey);
  }

  /** Hidden (display:none), scrolled out of view or in a background tab: no timer runs. */
  watchVisibility() {
    let onScreen = true;
    const update = () => this.handle?.setVisible(onScreen && document.visibilityState !== 'hidden');
    this.seen = new IntersectionObserver((entries) => {
      onScreen = entries[entries.length - 1].isIntersecting;
      update();
    });
    this.seen.observe(this.el);
    this.onVisibility = update;
    document.addEventListener('visibilitychange', update);
    update();
  }

  unmount() {
    this.seen?.disconnect();
    this.seen = null;
    if (this.onVisibility) document.removeEventListener('visibilitychange', this.onVisibility);
    this.onVisibility = null;
    if (this.handle) {
      const handle = this.handle;
      this.handle = null;
      handle.destroy();
      handle.free();
    }
    this.el.shadowRoot?.replaceChildren();
  }

  stop() {
    this.generation++;
    this.pending = false;
    this.unmount();
  }

  /** A setting changed: `lang` and `theme` apply live, the others start the widget again. */
  changed(name) {
    // The pre-rendered step shown while the wasm loads takes a new theme at once too.
    if (!this.handle) {
      if (name === 'theme') this.applyTheme();
      return;
    }
    if (name === 'lang') this.handle.setLang(this.settings());
    else if (name === 'theme') this.applyTheme();
    else this.start();
  }

  applyTheme() {
    const root = this.el.shadowRoot?.querySelector('.mfa-rescue-root');
    if (!root) return;
    let theme = this.read('theme')?.trim() || 'auto';
    if (!THEMES.includes(theme)) {
      warnOnce(`mfa-rescue: theme="${theme}" is not auto, light or dark; using auto.`);
      theme = 'auto';
    }
    root.dataset.theme = theme;
  }
}

const INSTANCE = Symbol('mfa-rescue');

class MfaRescueElement extends HTMLElement {
  static get observedAttributes() {
    return SETTINGS;
  }

  constructor() {
    super();
    this[INSTANCE] = new Instance(this, '');
  }

  connectedCallback() {
    this[INSTANCE].start();
  }

  disconnectedCallback() {
    this[INSTANCE].stop();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) this[INSTANCE].changed(name);
  }
}

/** Div-form and create() widgets, by element. <mfa-rescue> uses its own callbacks instead. */
const tracked = new Map();

function adopt(el) {
  if (el.localName === 'mfa-rescue') return;
  let instance = tracked.get(el);
  if (!instance) {
    instance = new Instance(el, 'data-');
    tracked.set(el, instance);
  }
  // Not in the page yet (a shadow root of a detached host): reconcile() starts it when it is.
  if (!instance.running && el.isConnected) instance.start();
}

/** Adopts the divs at and under `node`: an element, a shadow root or the document. */
function upgrade(node) {
  if (node.nodeType === Node.ELEMENT_NODE && node.matches(DIV)) adopt(node);
  node.querySelectorAll?.(DIV).forEach(adopt);
}

/** After elements came or went: start the ones back in the page, stop the ones that left. */
function reconcile() {
  for (const [el, instance] of tracked) {
    if (el.isConnected && !instance.running) instance.start();
    else if (!el.isConnected && instance.running) instance.stop();
  }
}

const attach = Element.prototype.attachShadow;
const OBSERVED = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: SETTINGS.map((name) => `data-${name}`),
};
const watched = new WeakSet();

/** Watches the document or an open shadow root for divs, now and later, and the open shadow
 *  roots already inside it (the ones attached later are watched as they are attached). */
function watch(root) {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, OBSERVED);
  upgrade(root);
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot && !(INSTANCE in el) && !tracked.has(el)) watch(el.shadowRoot);
  }
}

const observer = new MutationObserver((records) => {
  let moved = false;
  for (const record of records) {
    if (record.type === 'attributes') {
      const instance = tracked.get(record.target);
      if (instance && instance.prefix) instance.changed(record.attributeName.slice(instance.prefix.length));
      continue;
    }
    moved = true;
    record.addedNodes.forEach(upgrade);
  }
  if (moved && tracked.size) reconcile();
});

/**
 * Puts a widget on `el` (any element that can have a shadow root, e.g. a div) with `options`
 * (the attribute names as keys; camelCase works too), falling back to the element's data-*
 * attributes. Removing `el` stops the widget and adding it back starts it again, until destroy().
 */
function create(el, options = {}) {
  if (!(el instanceof Element)) throw new TypeError('MfaRescue.create: the first argument must be an element');
  tracked.get(el)?.stop();
  const instance = new Instance(el, 'data-', { ...options });
  tracked.set(el, instance);
  if (el.isConnected) instance.start();
  return {
    destroy() {
      if (tracked.get(el) === instance) tracked.delete(el);
      instance.stop();
    },
  };
}

export const MfaRescue = Object.freeze({ create });
export { create };

if (!customElements.get('mfa-rescue')) {
  customElements.define('mfa-rescue', MfaRescueElement);
  // A shadow root attached after this script ran, to an element already in the page (TechDocs
  // attaches one to a React-rendered div, then fills it), changes nothing a MutationObserver on
  // the document sees, and no event tells of it; the only other way to find it would be polling.
  // So attachShadow is wrapped, once: it does exactly what it did (same arguments, same root
  // returned, same exceptions, thrown before anything here runs), then watches the new root if
  // it is open. Closed roots are left alone, and so are the widgets' own (attached unwrapped).
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.apply(this, arguments);
    if (root.mode === 'open') {
      try {
        watch(root);
      } catch (error) {
        warnOnce(`mfa-rescue: could not watch a shadow root (${error})`);
      }
    }
    return root;
  };
  watch(document);
  // For hosts that cannot `import` (a plain <script type="module" src> is enough to get it).
  globalThis.MfaRescue ??= MfaRescue;
}
