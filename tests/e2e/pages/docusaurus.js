// A stand-in for a Docusaurus (React) site: client-side navigation replaces the page's content
// with elements made by createElement, attributes set before insertion, as React does for
// <mfa-rescue ...> written in MDX. Widgets come and go without a page load.
const DOCS = {
  recover: [{ id: 'recover-ja', lang: 'ja', journey: 'root-self-service', seed: 'spa' }],
  two: [
    { id: 'two-en', lang: 'en', journey: 'root-self-service', seed: 'spa-en' },
    { id: 'two-ja', lang: 'ja', journey: 'root-self-service', start: 'assign-mfa', seed: 'spa-ja' },
  ],
  none: [],
};

function render(doc) {
  const main = document.querySelector('#__docusaurus main');
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = doc;
  article.append(h1);
  for (const props of DOCS[doc] ?? []) {
    const el = document.createElement('mfa-rescue');
    for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
    article.append(el);
  }
  main.replaceChildren(article);
  document.body.dataset.doc = doc;
}

document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-doc]');
  if (!link) return;
  e.preventDefault();
  history.pushState(null, '', link.href);
  render(link.dataset.doc);
});
window.addEventListener('popstate', () => render(new URLSearchParams(location.search).get('doc') ?? 'recover'));
render(new URLSearchParams(location.search).get('doc') ?? 'recover');
