// Contains a failing panel: the error shows in that panel (role="alert", with the panel's name
// and a "try again" button) and the rest of the page keeps working.
//
// A test hook (window.__tn.crash(name), see boot.tsx) makes one panel throw on its next
// render, so the containment can be checked end to end; it changes nothing else.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { create } from 'zustand';
import { useMsg } from '../i18n/i18n';
import { alertsMsg, panelNameMsg, type PanelName } from '../i18n/views';

/** The name of the panel asked to fail on its next render, or null. */
export const useCrashTest = create<{ target: string | null }>(() => ({ target: null }));

/** Make the panel called `name` throw once (the test hook behind window.__tn.crash). */
export function crashPanel(name: string): void {
  useCrashTest.setState({ target: name });
}

export class TestCrash extends Error {}

function CrashProbe({ name }: { name: string }) {
  const target = useCrashTest((s) => s.target);
  if (target === name) throw new TestCrash(`test failure requested for the ${name} panel`);
  return null;
}

/** What a failed panel shows in its place (a component of its own, so it follows the language). */
function PanelError({ name, error, retry }: { name: PanelName; error: Error; retry: () => void }) {
  const t = useMsg(alertsMsg);
  const names = useMsg(panelNameMsg);
  return (
    <div className="alerts panel-error" role="alert" data-testid="panel-error" data-panel={name}>
      <p>
        <strong>{t.panelFailed(names[name])}</strong> {error.message || error.name}
      </p>
      <p className="muted small">{t.keepsWorking}</p>
      <button type="button" onClick={retry} data-testid="panel-retry">
        {t.tryAgain}
      </button>
    </div>
  );
}

interface Props {
  name: PanelName;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // A requested test failure happens once: "try again" then renders the panel.
    if (error instanceof TestCrash) useCrashTest.setState({ target: null });
    console.error(`The ${this.props.name} panel failed:`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  render(): ReactNode {
    const { error } = this.state;
    const { name, children } = this.props;
    if (error) return <PanelError name={name} error={error} retry={this.retry} />;
    return (
      <>
        <CrashProbe name={name} />
        {children}
      </>
    );
  }
}
