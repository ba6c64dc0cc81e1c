// Which optimizers race and with which parameters. Typed values are checked like the URL's
// (CONTRACT §1): a bad value is marked on its field with its message right beside it (an
// alert), and the scene keeps the last valid value; a good one goes straight into the scene.
// The methods, their labels and the fields each uses come from the optimizer registry.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useResults } from '../compute/results';
import { pointFacts } from '../compute/panels';
import { useLang, useMsg } from '../i18n/i18n';
import { optimizerPanelMsg } from '../i18n/methods';
import { optimizerGroupName, optimizerLabel } from '../math/optimizers/registry';
import { surfaceData } from '../math/surfaces';
import { OPTIMIZER_IDS, type OptimizerId } from '../state/scene';
import { useScene } from '../state/store';
import { checkNumber, checkStart, lrLimit, type Checked, type NumberParam } from './controls-logic';
import { FieldMessage, useBeside } from './FieldMessage';
import { checkExtra, optimizerGroups, paramsUsed } from './optimizer-fields';
import { RUN_COLORS } from './palette';
import './controls.css';

/**
 * The field's problem is owned by the field: when the scene value changes from elsewhere (a new
 * surface, say) or the field goes away, a problem it raised is cleared with it.
 */
function useOwnedProblem(param: string, resyncKey: unknown) {
  const setProblem = useScene((s) => s.setProblem);
  const show = useBeside((b) => b.show);
  const owned = useRef(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (owned.current) {
      owned.current = false;
      setProblem(param, null);
      show(param, null);
      setMessage(null);
    }
  }, [param, resyncKey, setProblem, show]);
  useEffect(
    () => () => {
      if (owned.current) {
        owned.current = false;
        setProblem(param, null);
        show(param, null);
      }
    },
    [param, setProblem, show],
  );
  const report = (m: string | null) => {
    owned.current = m !== null;
    // shown beside the field first, so the banner never flashes it
    show(param, m);
    setProblem(param, m);
    setMessage(m);
  };
  return [message, report] as const;
}

/** ids for aria-describedby, leaving out the absent ones. */
const ids = (...xs: (string | false | undefined | null)[]) => xs.filter(Boolean).join(' ') || undefined;

interface NumberFieldProps {
  param: NumberParam | 'm' | 'radius' | 'batch' | 'seed';
  label: string;
  value: number;
  onValid: (v: number) => void;
  describedBy?: string;
  /** the check of typed text; by default the URL's rule of `param` (controls-logic) */
  check?: (text: string, keep: number) => Checked<number>;
}

function NumberField({ param, label, value, onValid, describedBy, check }: NumberFieldProps) {
  const lang = useLang();
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  // Follow the scene when it changes from elsewhere ("adjust state while rendering").
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(String(value));
    setInvalid(false);
  }
  const [message, report] = useOwnedProblem(param, value);
  const msgId = useId();

  const onChange = (t: string) => {
    setText(t);
    const r = check ? check(t, value) : checkNumber(param as NumberParam, t, value, lang);
    if (r.ok) {
      setInvalid(false);
      report(null);
      setShown(r.value);
      if (r.value !== value) onValid(r.value);
    } else {
      setInvalid(true);
      report(r.message);
    }
  };

  return (
    <div className="fm-wrap">
      <label className="ctl-field">
        <span className="ctl-name">{label}</span>
        <input
          type="text"
          inputMode={
            param === 'steps' || param === 'm' || param === 'batch' || param === 'seed' ? 'numeric' : 'decimal'
          }
          spellCheck={false}
          autoComplete="off"
          data-testid={`param-${param}`}
          value={text}
          aria-invalid={invalid}
          aria-describedby={ids(message !== null && msgId, describedBy)}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <FieldMessage id={msgId} param={param} message={invalid ? message : null} />
    </div>
  );
}

function StartFields() {
  const start = useScene((s) => s.scene.start);
  const domain = useScene((s) => s.scene.domain);
  const setScene = useScene((s) => s.setScene);
  const lang = useLang();
  const t = useMsg(optimizerPanelMsg);
  const [tx, setTx] = useState(String(start[0]));
  const [ty, setTy] = useState(String(start[1]));
  const [bad, setBad] = useState<[boolean, boolean]>([false, false]);
  const [shown, setShown] = useState(start);
  if (shown !== start) {
    setShown(start);
    setTx(String(start[0]));
    setTy(String(start[1]));
    setBad([false, false]);
  }
  // A new domain can make typed text valid or not: keyed on both.
  const [message, report] = useOwnedProblem('start', `${start.join(',')}|${domain.join(',')}`);
  const msgId = useId();
  const describedBy = message !== null && (bad[0] || bad[1]) ? msgId : undefined;

  const onChange = (x: string, y: string) => {
    setTx(x);
    setTy(y);
    const r = checkStart(x, y, domain, start, lang);
    if (r.ok) {
      setBad([false, false]);
      report(null);
      if (r.value[0] !== start[0] || r.value[1] !== start[1]) {
        setShown(r.value);
        setScene({ start: r.value });
      }
    } else {
      setBad(r.bad);
      report(r.message);
    }
  };

  return (
    <div className="fm-wrap">
      <fieldset className="ctl-start">
        <legend className="ctl-name">{t.start}</legend>
        <label className="ctl-field">
          <span className="ctl-name">x</span>
          <input
            type="text"
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            data-testid="start-x"
            aria-label={t.startX}
            value={tx}
            aria-invalid={bad[0]}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value, ty)}
          />
        </label>
        <label className="ctl-field">
          <span className="ctl-name">y</span>
          <input
            type="text"
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            data-testid="start-y"
            aria-label={t.startY}
            value={ty}
            aria-invalid={bad[1]}
            aria-describedby={describedBy}
            onChange={(e) => onChange(tx, e.target.value)}
          />
        </label>
      </fieldset>
      <FieldMessage id={msgId} param="start" message={bad[0] || bad[1] ? message : null} />
    </div>
  );
}

/** The gd step-size limit 2/λmax from the Hessian at the start, and a warning past it. */
function LrLimitNote({ id }: { id: string }) {
  const ast = useResults((r) => r.ast);
  const start = useScene((s) => s.scene.start);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const lr = useScene((s) => s.scene.lr);
  const lang = useLang();
  const [sx, sy] = start;
  // One point, second order: a single small tfjs evaluation, redone only when f or the start moves.
  const eigenvalues = useMemo(() => (ast ? (pointFacts(ast, sx, sy)?.eigenvalues ?? null) : null), [ast, sx, sy]);
  if (!ast) return null;
  const info = lrLimit(eigenvalues, surfaceId, lr, lang);
  return (
    <div className="ctl-limit">
      <p id={id} className="muted small" data-testid="lr-limit">
        {info.text}
      </p>
      {info.warning && (
        <p className="ctl-warn small" data-testid="lr-warning">
          <span aria-hidden="true">⚠ </span>
          {info.warning}
        </p>
      )}
    </div>
  );
}

export function OptimizerPanel() {
  const opt = useScene((s) => s.scene.opt);
  const lr = useScene((s) => s.scene.lr);
  const beta = useScene((s) => s.scene.beta);
  const h = useScene((s) => s.scene.h);
  const m = useScene((s) => s.scene.m);
  const radius = useScene((s) => s.scene.radius);
  const batch = useScene((s) => s.scene.batch);
  const seed = useScene((s) => s.scene.seed);
  const steps = useScene((s) => s.scene.steps);
  const tol = useScene((s) => s.scene.tol);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const data = useScene((s) => s.scene.data);
  const runAlerts = useResults((r) => r.runAlerts);
  const setScene = useScene((s) => s.setScene);
  const lang = useLang();
  const t = useMsg(optimizerPanelMsg);
  const limitId = useId();
  const hintId = useId();
  const alertId = useId();
  const groups = useMemo(() => optimizerGroups(), []);

  const toggle = (id: OptimizerId, on: boolean) => {
    const next = OPTIMIZER_IDS.filter((o) => (o === id ? on : opt.includes(o)));
    if (next.length > 0) setScene({ opt: next });
  };
  const used = paramsUsed(opt);
  const showLr = used.has('lr');
  // batch's upper bound: the rows in use (the scene's own data, else the surface's shipped set)
  const rows = data?.length ?? (surfaceId ? surfaceData(surfaceId)?.length : undefined);

  return (
    <section className="panel ctl-panel" aria-labelledby="ctl-title">
      <h2 id="ctl-title">{t.title}</h2>
      <fieldset className="ctl-opts">
        <legend className="ctl-sr">{t.toRun}</legend>
        {groups.map((g) => (
          <div
            key={g.title}
            className="ctl-group"
            role="group"
            aria-label={optimizerGroupName(g.title, lang)}
            data-testid={`opt-group-${g.title}`}
          >
            <span className="ctl-group-name muted small" aria-hidden="true">
              {optimizerGroupName(g.title, lang)}
            </span>
            {g.ids.map((id) => {
              const checked = opt.includes(id);
              const last = checked && opt.length === 1;
              return (
                <label key={id} className="ctl-opt" title={last ? t.lastStays : undefined}>
                  <input
                    type="checkbox"
                    data-testid={`opt-${id}`}
                    checked={checked}
                    disabled={last}
                    aria-describedby={last ? hintId : undefined}
                    onChange={(e) => toggle(id, e.target.checked)}
                  />
                  <span className="swatch" style={{ background: RUN_COLORS[id] }} aria-hidden="true" />
                  {optimizerLabel(id, lang)}
                </label>
              );
            })}
          </div>
        ))}
        <span id={hintId} className="ctl-sr">
          {t.lastStaysHint}
        </span>
      </fieldset>
      {runAlerts.length > 0 && (
        <div id={alertId} className="fm-msg" role="alert" data-testid="run-alerts">
          <ul>
            {runAlerts.map((a) => (
              <li key={a}>{t.alert(a)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="ctl-params">
        {showLr && (
          <NumberField param="lr" label={t.lr} value={lr} onValid={(v) => setScene({ lr: v })} describedBy={limitId} />
        )}
        {used.has('beta') && (
          <NumberField param="beta" label={t.beta} value={beta} onValid={(v) => setScene({ beta: v })} />
        )}
        {used.has('h') && <NumberField param="h" label={t.h} value={h} onValid={(v) => setScene({ h: v })} />}
        {used.has('m') && (
          <NumberField
            param="m"
            label={t.m}
            value={m}
            check={(text, keep) => checkExtra('m', text, keep, undefined, lang)}
            onValid={(v) => setScene({ m: v })}
          />
        )}
        {used.has('radius') && (
          <NumberField
            param="radius"
            label={t.radius}
            value={radius}
            check={(text, keep) => checkExtra('radius', text, keep, undefined, lang)}
            onValid={(v) => setScene({ radius: v })}
          />
        )}
        {used.has('batch') && (
          <NumberField
            param="batch"
            label={rows === undefined ? t.batch : t.batchOf(rows)}
            value={batch}
            check={(text, keep) => checkExtra('batch', text, keep, rows, lang)}
            onValid={(v) => setScene({ batch: v })}
          />
        )}
        {used.has('seed') && (
          <NumberField
            param="seed"
            label={t.seed}
            value={seed}
            check={(text, keep) => checkExtra('seed', text, keep, undefined, lang)}
            onValid={(v) => setScene({ seed: v })}
          />
        )}
        <NumberField param="steps" label={t.steps} value={steps} onValid={(v) => setScene({ steps: v })} />
        <NumberField param="tol" label={t.tol} value={tol} onValid={(v) => setScene({ tol: v })} />
        <StartFields />
      </div>
      {showLr && <LrLimitNote id={limitId} />}
    </section>
  );
}
