import { Component, type ErrorInfo, type ReactNode } from 'react';
interface Props {
  /** The section's title, for the console. */
  title: string;
  children: ReactNode;
  /** Where the message goes when the boundary is not inside its section (default: in place). */
  frame?: (message: ReactNode) => ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one section's failure from taking the page down: if it throws while rendering
 * (unexpected data, a chart chunk that did not download), the other sections still
 * show and this one says (under its heading) it could not be shown, with a way to try again.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.title} section failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const message = (
      <div role="alert" className="section-error">
        <p>This section could not be shown. The rest of the fact sheet is not affected.</p>
        <p className="section-error__detail">{error.message}</p>
        <button type="button" className="button button--quiet" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
    return this.props.frame ? this.props.frame(message) : message;
  }
}
