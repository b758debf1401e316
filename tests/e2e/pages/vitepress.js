// A stand-in for a VitePress (Vue 3) site's app bundle. On load it hydrates the pre-rendered page
// (the elements stay as they are). Following a sidebar link, its router renders the next page's
// content as Vue does for a tag marked with isCustomElement: document.createElement, then each
// prop set before insertion, as a DOM property where the element has one (`id`, `lang`) and as
// an attribute otherwise (`journey`, `seed`, …).
const PAGES = {
  recover: { title: 'Recover root MFA', widgets: [{ id: 'vp-recover', journey: 'root-self-service', seed: 'vitepress' }] },
  support: { title: 'Support, in English', widgets: [{ id: 'vp-support', lang: 'ja', journey: 'support', seed: 'vitepress-support' }] },
  plain: { title: 'No widget', widgets: [] },
};

function patchProp(el, key, value) {
  if (key in el) el[key] = value;
  else el.setAttribute(key, value);
}

function render(name) {
  const page = PAGES[name] ?? PAGES.recover;
  const doc = document.querySelector('.vp-doc');
  const inner = document.createElement('div');
  const h1 = document.createElement('h1');
  h1.textContent = page.title;
  inner.append(h1);
  for (const props of page.widgets) {
    const el = document.createElement('mfa-rescue');
    for (const [k, v] of Object.entries(props)) patchProp(el, k, v);
    inner.append(el);
  }
  doc.replaceChildren(inner);
  doc.className = `vp-doc _${name}`;
  document.title = `${page.title} | Runbooks`;
}

document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-page]');
  if (!link) return;
  e.preventDefault();
  history.pushState(null, '', link.href);
  render(link.dataset.page);
});
window.addEventListener('popstate', () => render(new URLSearchParams(location.search).get('page') ?? 'recover'));
document.body.dataset.hydrated = 'true';
