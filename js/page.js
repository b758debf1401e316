// page.js: for the demo page (index.html) and the iframe page (embed.html). The widget there is
// marked data-query, so mfa-rescue.js reads its settings from the page address
// (`?lang=en&journey=…&start=…&seed=…&id=…`: the same list of settings, in one place). Inside an
// iframe this posts the page's height to the parent whenever it changes:
// { type: "mfa-rescue:height", height } (a number of CSS pixels).
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
