// Minimal browser APIs jsdom lacks and Fluent UI (or mammoth, for .docx) uses; only applied in jsdom test files.
import { TextDecoder, TextEncoder } from 'util';

if (typeof window !== 'undefined') {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const globals = globalThis as unknown as Record<string, unknown>;
  if (!globals.TextDecoder) globals.TextDecoder = TextDecoder;
  if (!globals.TextEncoder) globals.TextEncoder = TextEncoder;
  if (!globals.ResizeObserver) globals.ResizeObserver = ResizeObserverStub;
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
