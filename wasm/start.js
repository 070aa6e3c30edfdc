// Loads the game: streams sango.wasm with a progress bar, then hands the page to it.
// Kept as a file (not inline) so the Content-Security-Policy can forbid inline scripts.
(async () => {
  const fill = document.getElementById('fill');
  const errorBox = document.getElementById('error');
  try {
    const response = await fetch('sango.wasm');
    if (!response.ok) throw new Error('could not load sango.wasm (' + response.status + ')');
    const total = Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (total) fill.style.width = Math.min(100, (100 * received) / total) + '%';
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
    fill.style.width = '100%';
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    document.getElementById('loading').remove();
    go.run(instance);
  } catch (err) {
    errorBox.textContent = 'Sango could not start: ' + err.message + '. Reload the page to try again.';
  }
})();
