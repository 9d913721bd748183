import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Names what failed in the message: "this view". */
  what?: string;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a rendering error below it and shows a readable message with a way to retry,
 * instead of a blank page. Class component: React has no hook for error boundaries.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console; the user sees the message below.
    console.error('View failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <section className="error-state" role="alert" aria-labelledby="error-heading">
        <h2 id="error-heading">Something went wrong</h2>
        <p>
          The app could not show {this.props.what ?? 'this view'}. The articles are still loaded; you can try
          again or choose another view.
        </p>
        <p className="error-text">Details: {error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
