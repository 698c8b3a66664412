import { Component, type ReactNode } from "react";

export interface ErrorBoundaryProps {
  /** What to show instead of the part that failed: told the error and how to try again. */
  readonly fallback: (error: Error, retry: () => void) => ReactNode;
  readonly children?: ReactNode;
}

/**
 * Keeps one part of the pane (a panel, or its code failing to load) from taking the whole pane down: the rest
 * stays usable, and the failed part says what happened and can be tried again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error, this.retry);
  }
}
