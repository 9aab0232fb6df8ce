// The demo's one bit of page script: copy the embed snippet.
const button = document.getElementById('copy');
button?.addEventListener('click', async () => {
  const text = document.getElementById('snippet')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
});
