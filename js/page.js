// page.js: for the demo page (index.html) and the iframe page (embed.html). It copies the page
// address's settings (`?lang=en&journey=…&start=…&seed=…`) onto every element marked
// data-query, so a link opens the widget at any step. Loaded before mfa-rescue.js (module
// scripts run in document order), so the widget mounts with them.
// Inside an iframe it also posts the page's height to the parent whenever it changes:
// { type: "mfa-rescue:height", height } (a number of CSS pixels).
const NAMES = ['lang', 'journey', 'start', 'now', 'clock', 'seed', 'theme', 'resume', 'id'];
const params = new URLSearchParams(location.search);
for (const el of document.querySelectorAll('[data-query]')) {
  for (const name of NAMES) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
}

if (window.parent !== window) {
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  document.documentElement.style.overflow = 'hidden';
  document.body.style.margin = '0';
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'mfa-rescue:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
