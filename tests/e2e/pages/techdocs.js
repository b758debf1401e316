// A stand-in for a Backstage app showing TechDocs, shaped after @backstage/plugin-techdocs's
// reader: the page renders <div data-testid="techdocs-native-shadowroot">; its React ref
// callback attaches an open shadow root to that div (already in the document), and when the
// MkDocs page has been fetched and sanitized (DOMPurify with WHOLE_DOCUMENT and RETURN_DOM: the
// <html> element, its lang kept; every <script> and unknown custom element dropped) it does
// shadowRoot.replaceChildren(html). Links inside are followed by the app's router: the next page
// replaces the shadow root's children again. Leaving TechDocs unmounts the whole reader.
import '../dist/mfa-rescue.js';

const MKDOCS = {
  index: `<!doctype html><html lang="ja" class="no-js"><head><meta charset="utf-8"><title>Runbooks</title></head>
<body dir="ltr"><div class="md-container"><main class="md-main"><div class="md-content" data-md-component="content">
<article class="md-content__inner md-typeset"><h1 id="mfa">MFA デバイスをなくしたとき</h1><p>まず練習してから本番に臨みましょう。</p>
<div id="td-rehearsal" data-mfa-rescue data-journey="root-self-service" data-seed="techdocs"></div>
<mfa-rescue id="td-dropped" journey="support"></mfa-rescue>
<p><a href="support/">Support</a> · <a href="glossary/">Glossary</a></p></article></div></main></div>
<script src="assets/javascripts/bundle.js"></script></body></html>`,
  support: `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>Support</title></head>
<body dir="ltr"><div class="md-container"><main class="md-main"><div class="md-content" data-md-component="content">
<article class="md-content__inner md-typeset"><h1 id="support">Support</h1>
<div id="td-support" data-mfa-rescue data-journey="support" data-seed="techdocs-support"></div>
<p><a href="../">Home</a> · <a href="../glossary/">Glossary</a></p></article></div></main></div></body></html>`,
  glossary: `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>Glossary</title></head>
<body dir="ltr"><div class="md-container"><main class="md-main"><div class="md-content" data-md-component="content">
<article class="md-content__inner md-typeset"><h1 id="glossary">Glossary</h1><p>MFA: multi-factor authentication.</p>
<p><a href="../">Home</a></p></article></div></main></div></body></html>`,
};

/** What TechDocs' sanitizer leaves of a page: its <html> element, without scripts or unknown tags. */
function sanitize(text) {
  const html = new DOMParser().parseFromString(text, 'text/html').documentElement;
  for (const el of html.querySelectorAll('script, *')) {
    if (el.localName === 'script' || el.localName.includes('-')) el.remove();
  }
  return html;
}

const root = document.getElementById('root');
let reader = null;

function showCatalog() {
  reader = null;
  const main = document.createElement('main');
  main.id = 'catalog';
  main.textContent = 'Catalog';
  root.replaceChildren(nav(), main);
}

function nav() {
  const bar = document.createElement('nav');
  for (const [label, to] of [['Catalog', 'catalog'], ['Docs', 'index']]) {
    const a = document.createElement('a');
    a.href = `?page=${to}`;
    a.dataset.to = to;
    a.textContent = label;
    bar.append(a);
  }
  return bar;
}

/** The reader page: the host div now, its shadow root in the ref callback, the content later. */
function showDocs(page) {
  if (!reader) {
    const host = document.createElement('div');
    host.dataset.testid = 'techdocs-native-shadowroot';
    const content = document.createElement('div');
    content.className = 'techdocs-reader';
    content.append(host);
    root.replaceChildren(nav(), content);
    reader = { host, shadowRoot: null };
    // The ref callback runs after React has put the div in the document.
    queueMicrotask(() => {
      reader.shadowRoot = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      reader.shadowRoot.addEventListener('click', follow);
    });
  }
  const current = reader;
  // The page arrives a little later (fetched from the TechDocs backend).
  setTimeout(() => {
    if (reader !== current) return;
    const dom = sanitize(MKDOCS[page] ?? MKDOCS.index);
    dom.style.setProperty('opacity', '0');
    current.shadowRoot.replaceChildren(dom);
    dom.style.setProperty('opacity', '1');
    document.body.dataset.page = page;
  }, 30);
}

/** TechDocs follows links inside the shadow root with the app's router. */
function follow(e) {
  const link = e.target.closest('a[href]');
  if (!link) return;
  e.preventDefault();
  const page = link.getAttribute('href').replace(/^(\.\.\/)+/, '').replace(/\/$/, '') || 'index';
  history.pushState(null, '', `?page=${page}`);
  showDocs(page);
}

function route() {
  const page = new URLSearchParams(location.search).get('page') ?? 'index';
  if (page === 'catalog') showCatalog();
  else showDocs(page);
}

document.addEventListener('click', (e) => {
  const link = e.target.closest?.('a[data-to]');
  if (!link) return;
  e.preventDefault();
  history.pushState(null, '', link.href);
  route();
});
window.addEventListener('popstate', route);
route();
