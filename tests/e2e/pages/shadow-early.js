// Shadow roots that exist before mfa-rescue.js runs (see shadow.html).
(function () {
  const early = document.getElementById('early-host').attachShadow({ mode: 'open' });
  early.innerHTML =
    '<p>A component</p><div id="early" data-mfa-rescue data-seed="early"></div><div id="inner-host"></div>';
  const inner = early.getElementById('inner-host').attachShadow({ mode: 'open' });
  inner.innerHTML = '<mfa-rescue id="nested" seed="nested" journey="prevention"></mfa-rescue>';
  const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<div id="in-closed" data-mfa-rescue data-lang="en"></div>';
  window.__closedRoot = closed;
})();
