import { Component, type ErrorInfo, type ReactNode } from "react";
import { UserError } from "../../shared/contract/errors";
import { describeCause, rendererLogger } from "../log/rendererLog";
import { ErrorMessage } from "./ErrorMessage";

const log = rendererLogger("ui");

interface State {
  error: unknown;
}

/**
 * Keeps a failing part of the screen (a panel, the viewer) from taking the
 * whole application down: the part shows the internal-error sentence, the
 * log gets the stack, and the rest stays usable. `resetKey` changing (a
 * new dossier, another tab) gives the part a fresh start.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; area: string; resetKey?: string },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error("render failed", {
      area: this.props.area,
      ...describeCause(error),
      componentStack: (info.componentStack ?? "").slice(0, 2000),
    });
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) {
      this.setState({ error: null });
    }
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorMessage
        error={new UserError("error.internal", {}, { cause: this.state.error })}
        context={this.props.area}
      />
    );
  }
}
