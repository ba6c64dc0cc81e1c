// The classroom controls in the page header: share (link and embed code), presenter mode,
// guided tours, the shortcuts list and fullscreen. Also the dialogs and the live region that
// announces what a shortcut did (both used in every mode, embed included).
import { useCallback, useEffect, useId } from 'react';
import { classroomBarMsg } from '../../i18n/app';
import { useMsg } from '../../i18n/i18n';
import { useScene } from '../../state/store';
import { LangPicker } from '../LangPicker';
import { startTour, toggleFullscreen, togglePresent, useClassroom } from './classroom';
import { Dialog } from './Dialog';
import { HelpDialogBody } from './HelpDialog';
import { ShareDialogBody } from './ShareDialog';
import { TOURS } from './tours';
import { useShown } from '../hidden';
import './classroom.css';

export function ClassroomBar() {
  const present = useScene((s) => s.scene.present);
  const tour = useScene((s) => s.scene.tour);
  const openDialog = useClassroom((c) => c.openDialog);
  const tourId = useId();
  const t = useMsg(classroomBarMsg);
  const show = {
    share: useShown('share'),
    present: useShown('present'),
    tours: useShown('tours'),
    help: useShown('help'),
    lang: useShown('lang'),
  };
  return (
    <div className="cr-bar" role="toolbar" aria-label={t.toolbar}>
      {show.share && (
        <button type="button" data-testid="share" onClick={() => openDialog('share')} aria-haspopup="dialog">
          {t.share}
          <span className="cr-sr">{t.orEmbed}</span>
        </button>
      )}
      {show.present && (
        <button
          type="button"
          data-testid="present"
          aria-pressed={present}
          onClick={togglePresent}
          title={t.presentTitle}
        >
          {present ? t.exitPresent : t.present}
        </button>
      )}
      {show.tours && (
        <>
          <label htmlFor={tourId} className="cr-sr">
            {t.tourLabel}
          </label>
          <select
            id={tourId}
            data-testid="tour-select"
            value={tour ?? ''}
            onChange={(e) => {
              if (e.target.value) startTour(e.target.value);
              else useScene.getState().setScene({ tour: null, tourStep: 0 });
            }}
          >
            <option value="">{t.tourPick}</option>
            {TOURS.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </>
      )}
      {present && (
        <button type="button" data-testid="fullscreen" onClick={toggleFullscreen} title={t.fullscreenTitle}>
          {t.fullscreen}
        </button>
      )}
      {show.help && (
        <button
          type="button"
          data-testid="shortcuts"
          onClick={() => openDialog('help')}
          aria-haspopup="dialog"
          title={t.shortcutsTitle}
        >
          <span aria-hidden="true">?</span>
          <span className="cr-sr">{t.shortcuts}</span>
        </button>
      )}
      {/* presenter mode keeps the bar short: the language is chosen before the lecture */}
      {show.lang && !present && <LangPicker />}
    </div>
  );
}

/** The dialogs and the announcement line; mounted once by the App in every mode. */
export function ClassroomLayer() {
  const dialog = useClassroom((c) => c.dialog);
  const notice = useClassroom((c) => c.notice);
  const openDialog = useClassroom((c) => c.openDialog);
  const close = useCallback(() => openDialog(null), [openDialog]);
  const t = useMsg(classroomBarMsg);

  // The announcement fades after a few seconds (it stays in the live region's history).
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => useClassroom.getState().announce(''), 4000);
    return () => clearTimeout(t);
  }, [notice]);

  return (
    <>
      <Dialog open={dialog === 'share'} onClose={close} title={t.shareTitle} testId="share-dialog">
        <ShareDialogBody />
      </Dialog>
      <Dialog open={dialog === 'help'} onClose={close} title={t.shortcuts} testId="help-dialog">
        <HelpDialogBody />
      </Dialog>
      <p className={notice ? 'cr-notice' : 'cr-notice cr-empty'} role="status" aria-live="polite" data-testid="notice">
        {notice}
      </p>
    </>
  );
}
