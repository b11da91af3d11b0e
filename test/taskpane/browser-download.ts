// What the pane hands to the browser's download (a blob URL and a clicked <a download>), caught in jsdom.

export interface CapturedDownload {
  blob?: Blob;
  name?: string;
}

const urls = URL as unknown as { createObjectURL?: (blob: Blob) => string; revokeObjectURL?: (url: string) => void };

/** Catches the next downloads; undo with forgetDownloads() (after each test). */
export function captureDownload(): CapturedDownload {
  const saved: CapturedDownload = {};
  urls.createObjectURL = (blob: Blob) => {
    saved.blob = blob;
    return 'blob:download';
  };
  urls.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.name = this.download;
  });
  return saved;
}

/** jsdom has no blob URLs: leave it as it was. */
export function forgetDownloads(): void {
  delete urls.createObjectURL;
  delete urls.revokeObjectURL;
  jest.restoreAllMocks();
}

/** The bytes of a downloaded blob (jsdom's Blob has no arrayBuffer()). */
export function blobBytes(blob: Blob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
