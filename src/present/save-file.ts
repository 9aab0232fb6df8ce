/** Saves a blob as a file through a link clicked for a moment (put beside `beside` when given, so
 *  the click happens inside the widget); the object URL is let go once the browser has it. */
export function saveFile(blob: Blob, name: string, beside?: Element): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  beside?.after(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
