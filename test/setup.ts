import "@testing-library/jest-dom";
import "./customFunctionsShim";
import { configure } from "@testing-library/dom";

// a lazily loaded panel may take more than the default 1 s to appear on a busy CI machine: every findBy/waitFor
// waits for its state up to 10 s (it returns as soon as the state is there)
configure({ asyncUtilTimeout: 10_000 });
// and a test as a whole gets more than Jest's default 5 s, so that such waits can run to their end (files with
// longer work set their own)
jest.setTimeout(60_000);

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
}
