// The plotting domain, editable (a bad value is explained right beside the box), and
// "reset view" (undo zoom, pan and 3D rotation).
import Plotly from './plotly';
import type { Layout } from './plotly';
import { useEffect, useId, useRef, useState } from 'react';
import { useMsg } from '../i18n/i18n';
import { domainMsg } from '../i18n/views';
import { FieldMessage, useBeside } from './FieldMessage';
import { checkDomain, parseNumber, fmtPair, inside, surfaceDefaults } from '../state/url';
import type { Domain } from '../math/surfaces-types';
import { useScene } from '../state/store';
import { getPlot } from './plots';
import { cameraFor } from './surface3d/camera';

export function DomainControls() {
  const t = useMsg(domainMsg);
  const domain = useScene((s) => s.scene.domain);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const setScene = useScene((s) => s.setScene);
  const setProblem = useScene((s) => s.setProblem);
  const show = useBeside((b) => b.show);
  const msgId = useId();
  const [text, setText] = useState(domain.join(', '));
  const [shown, setShown] = useState(domain);
  const [message, setMessage] = useState<string | null>(null);
  const owned = useRef(false);
  if (shown !== domain) {
    setShown(domain);
    setText(domain.join(', '));
    setMessage(null);
  }
  // A problem this box raised is cleared with it (the domain changed from elsewhere).
  useEffect(() => {
    if (message === null && owned.current) {
      owned.current = false;
      setProblem('domain', null);
      show('domain', null);
    }
  }, [message, setProblem, show]);
  const invalid = message !== null;
  const apply = (typed: string) => {
    const parts = typed.split(',').map((p) => parseNumber(p));
    // written now, in the language in use (the store keeps it until the box is fixed)
    const problem =
      parts.length !== 4 || parts.some((p) => p === null) ? t.notFourNumbers(typed) : checkDomain(parts as number[]);
    owned.current = problem !== null;
    setMessage(problem);
    show('domain', problem);
    setProblem('domain', problem);
    if (problem) return;
    const d = parts as Domain;
    const { point, start } = useScene.getState().scene;
    const fallback = surfaceDefaults(surfaceId, d);
    // Points that fall outside the new domain move to the domain's suggested places.
    setScene({
      domain: d,
      point: inside(d, point) ? point : fallback.point,
      start: inside(d, start) ? start : fallback.start,
    });
  };
  const resetView = () => {
    const c = getPlot('contour');
    // plotly's relayout takes attribute paths ("xaxis.range"); its types only know whole objects.
    if (c)
      void Plotly.relayout(c, {
        'xaxis.range': [domain[0], domain[1]],
        'yaxis.range': [domain[2], domain[3]],
      } as Partial<Layout>);
    const s = getPlot('surface3d');
    if (s) void Plotly.relayout(s, { 'scene.camera': cameraFor(s.clientWidth, s.clientHeight) } as Partial<Layout>);
  };
  const own = surfaceDefaults(surfaceId).domain;
  const isOwn = own.every((v, i) => v === domain[i]);
  return (
    <div className="domain-controls">
      <div className="fm-wrap">
        <label>
          {t.domain}
          <input
            data-testid="domain-input"
            value={text}
            aria-invalid={invalid}
            aria-describedby={invalid ? msgId : undefined}
            title={t.range(fmtPair([domain[0], domain[1]]), fmtPair([domain[2], domain[3]]))}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply(text);
            }}
            onBlur={() => apply(text)}
          />
        </label>
        <FieldMessage id={msgId} param="domain" message={message} />
      </div>
      {!isOwn && (
        <button type="button" onClick={() => setScene({ domain: own })} data-testid="domain-default">
          {t.surfaceDomain}
        </button>
      )}
      <button type="button" onClick={resetView} data-testid="reset-view">
        {t.resetView}
      </button>
    </div>
  );
}
