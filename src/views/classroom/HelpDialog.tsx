// The shortcuts, listed from the same table the key handler uses.
import { helpMsg, shortcutMsg } from '../../i18n/classroom';
import { useMsg } from '../../i18n/i18n';
import { SHORTCUTS } from './useShortcuts';

export function HelpDialogBody() {
  const t = useMsg(helpMsg);
  const does = useMsg(shortcutMsg);
  return (
    <div className="cr-help-body">
      <table className="cr-keys" data-testid="shortcut-list">
        <caption className="cr-help">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.does}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && t.or}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>
                {does[s.does]}
                {s.tourOnly && <span className="muted">{t.duringTour}</span>}
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Tab</kbd>
              {t.thenArrows}
            </td>
            <td>{t.movePoint}</td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t.closeDialog}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
