// Getting the Relazione out of the pane: the browser's download (Blob + anchor), and the clipboard where a host
// refuses downloads (some Excel desktop builds do, silently or not).

/** Starts the download; false when the host has no way to (no object URLs, no download attribute on links). */
export function downloadFile(blob: Blob, fileName: string, page: Document = document): boolean {
  const view = page.defaultView;
  if (!view || typeof view.URL?.createObjectURL !== 'function') return false;
  const anchor = page.createElement('a');
  if (!('download' in anchor)) return false;
  const url = view.URL.createObjectURL(blob);
  try {
    anchor.href = url;
    anchor.download = fileName;
    anchor.style.display = 'none';
    page.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    return true;
  } catch {
    return false;
  } finally {
    // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
  }
}

/** The clipboard as the old copy command sees it: the page's own data on the copy event. */
function copyWithCommand(html: string, text: string, page: Document): boolean {
  const listener = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  page.addEventListener('copy', listener);
  try {
    return typeof page.execCommand === 'function' && page.execCommand('copy');
  } catch {
    return false;
  } finally {
    page.removeEventListener('copy', listener);
  }
}

/** Puts the tables on the clipboard as HTML (Word keeps their formatting) and as text; false when the host refuses. */
export async function copyTables(html: string, text: string, page: Document = document): Promise<boolean> {
  const view = page.defaultView;
  const clipboard = view?.navigator.clipboard;
  if (clipboard && typeof clipboard.write === 'function' && typeof view.ClipboardItem === 'function') {
    try {
      const item = new view.ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
      await clipboard.write([item]);
      return true;
    } catch {
      // Refused (permissions, an iframe without clipboard-write): the copy command may still be allowed.
    }
  }
  return copyWithCommand(html, text, page);
}
