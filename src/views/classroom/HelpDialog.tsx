// The shortcuts, listed from the same table the key handler uses.
import { SHORTCUTS } from './useShortcuts';

export function HelpDialogBody() {
  return (
    <div className="cr-help-body">
      <table className="cr-keys" data-testid="shortcut-list">
        <caption className="cr-help">Shortcuts work in every mode, except while you type in a field.</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>
                {s.does}
                {s.tourOnly && <span className="muted"> (during a tour)</span>}
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Tab</kbd>, then arrow keys
            </td>
            <td>Move the expansion point p or the start (Shift: bigger steps)</td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close a dialog</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
