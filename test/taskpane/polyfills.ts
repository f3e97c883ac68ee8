/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow long messages. Layout is
 * not what these tests check, so an observer that never fires is enough.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true, configurable: true });
}
export {};
