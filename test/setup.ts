import "@testing-library/jest-dom";
import "./customFunctionsShim";

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
}
