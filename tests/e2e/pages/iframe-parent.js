// The parent page's side of the iframe (the README's snippet): size the frame to the height the
// widget reports. Records the last height on <body data-height> for the test.
const frame = document.getElementById('frame');
frame.style.width = '100%';
frame.style.border = '0';
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || e.data?.type !== 'mfa-rescue:height') return;
  frame.style.height = `${e.data.height}px`;
  document.body.dataset.height = String(e.data.height);
});
