/** Loads a page in an iframe (with a permissions policy of `allow`) and resolves with the first message it posts (its report). */
export async function frameReport<T>(url: string, width = 960, height = 700, allow?: string): Promise<T> {
  const frame = document.createElement('iframe');
  // A permissions policy for the frame (e.g. "fullscreen 'none'", as a host refusing full screen).
  if (allow !== undefined) frame.allow = allow;
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const report = new Promise<T>((resolve) =>
    window.addEventListener('message', (e: MessageEvent<T>) => {
      if (e.source === frame.contentWindow) resolve(e.data);
    }),
  );
  frame.src = url;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
