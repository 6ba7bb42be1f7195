// Catches what a screen throws while rendering, so one failure says what failed and offers the way
// back instead of blanking the app. Stored work is untouched: nothing here writes.
import { Component, type ReactNode } from 'react';
import { ScreenMessage } from './screen-message';

interface Props {
  /** What the screen was doing, for the message ("showing the debrief"). */
  doing: string;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ScreenMessage title="Something went wrong">
        <p>
          Defuse hit a problem while {this.props.doing}: {error.message}. Your saved sessions have
          not been changed.
        </p>
        <p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </p>
      </ScreenMessage>
    );
  }
}
