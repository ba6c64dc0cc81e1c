// The data panel of the regression surfaces (issue 19): the data and the model a point on the loss
// surface stands for (linear: the line s = x·t + y; exp: the curve s = x·e^(−y·t); logistic: the
// decision boundary x·a + y·b = 0), following the expansion point or a run's scrubbed iterate.
// The data can be edited: click to add a point, drag one, shift-click or Delete to remove it,
// paste or upload rows (parseDataText). Every change writes scene.data, so the surface, the runs
// and the URL follow; a bad paste is named and the last valid data stay in use.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useResults } from '../../compute/results';
import { useLang, useMsg } from '../../i18n/i18n';
import { regMsg } from '../../i18n/teach2';
import { MAX_TEXT, parseDataText } from '../../math/data';
import { dataOf, isRegressionId, leastSquares, regressionFormula, type RegressionId } from '../../math/regression';
import { getSurface, surfaceDataDescription } from '../../math/surfaces';
import type { OptimizerId } from '../../state/scene';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { OPTIMIZER_LABELS } from '../palette';
import { Chart, Path, type Scale } from './Chart';
import {
  addRow,
  boundsOf,
  moveRow,
  refusalText,
  removeRow,
  roundForSpan,
  rowsInUse,
  toData,
  type Bounds,
  type Edit,
  type EditRefusal,
} from './data-edit';
import '../teach.css';
import './data-panel.css';

type Box = { l: number; r: number; t: number; b: number };

/** What went wrong with pasted or uploaded data, put in words when shown (so it follows the language). */
type DataError =
  | { kind: 'bad'; file: string | null; message: string }
  | { kind: 'too-large'; file: string; mb: string }
  | { kind: 'unreadable'; file: string };

/** A pointer position in the chart's own (viewBox) pixels. */
function chartPixel(el: Element, clientX: number, clientY: number): [number, number] | null {
  const svg = el instanceof SVGSVGElement ? el : (el as SVGElement).ownerSVGElement;
  const ctm = svg?.getScreenCTM();
  if (!svg || !ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return [p.x, p.y];
}

interface LayerProps {
  id: RegressionId;
  rows: number[][];
  bounds: Bounds;
  sx: Scale;
  sy: Scale;
  box: Box;
  newLabel: 1 | -1;
  onEdit: (e: Edit) => void;
  onDrag: (dragging: boolean) => void;
}

/** The points, focusable and draggable, over a click area that adds one. */
function PointsLayer({ id, rows, bounds, sx, sy, box, newLabel, onEdit, onDrag }: LayerProps) {
  const [drag, setDrag] = useState<number | null>(null);
  // A drag writes the scene at most once per frame: every write rebuilds the surface and reruns
  // the optimizers, and pointer events come faster than that.
  const pending = useRef<{ i: number; p: [number, number] } | null>(null);
  const moved = useRef(false);
  const frame = useRef(0);
  const flush = () => {
    frame.current = 0;
    const next = pending.current;
    pending.current = null;
    if (next) onEdit(moveRow(rows, next.i, next.p));
  };
  const spanX = bounds.x[1] - bounds.x[0];
  const spanY = bounds.y[1] - bounds.y[0];
  const toXY = (el: Element, cx: number, cy: number): [number, number] | null => {
    const p = chartPixel(el, cx, cy);
    if (!p) return null;
    const x = toData(p[0], bounds.x[0], bounds.x[1], sx(bounds.x[0]), sx(bounds.x[1]));
    const y = toData(p[1], bounds.y[0], bounds.y[1], sy(bounds.y[0]), sy(bounds.y[1]));
    return [roundForSpan(x, spanX), roundForSpan(y, spanY)];
  };
  const logistic = id === 'logistic-regression';
  const down = (i: number, e: PointerEvent<SVGElement>) => {
    e.stopPropagation();
    if (e.shiftKey) {
      onEdit(removeRow(rows, i));
      return;
    }
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag(i);
    moved.current = false;
  };
  const move = (i: number, e: PointerEvent<SVGElement>) => {
    if (drag !== i) return;
    const p = toXY(e.currentTarget, e.clientX, e.clientY);
    if (!p) return;
    // the drag starts with the first move: a press alone (focusing a point, a click) changes
    // nothing, and computes nothing (a draft grid now, the full one again on release)
    if (!moved.current) {
      moved.current = true;
      onDrag(true);
    }
    pending.current = { i, p };
    if (!frame.current) frame.current = requestAnimationFrame(flush);
  };
  const up = (e: PointerEvent<SVGElement>) => {
    if (drag === null) return;
    if (frame.current) {
      cancelAnimationFrame(frame.current);
      flush();
    }
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    setDrag(null);
    if (moved.current) onDrag(false);
    moved.current = false;
  };
  const key = (i: number, e: KeyboardEvent<SVGElement>) => {
    const [x, y] = rows[i];
    const step: Record<string, [number, number]> = {
      ArrowLeft: [-spanX / 50, 0],
      ArrowRight: [spanX / 50, 0],
      ArrowUp: [0, spanY / 50],
      ArrowDown: [0, -spanY / 50],
    };
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onEdit(removeRow(rows, i));
    } else if (step[e.key]) {
      e.preventDefault();
      const [dx, dy] = step[e.key];
      onEdit(moveRow(rows, i, [roundForSpan(x + dx, spanX), roundForSpan(y + dy, spanY)]));
    }
  };
  // the points call the handlers of the latest render through this ref (see DataPoint)
  const on = useRef<PointHandlers>({ down, move, up, key });
  useLayoutEffect(() => {
    on.current = { down, move, up, key };
  });
  return (
    <>
      <rect
        x={box.l}
        y={box.t}
        width={box.r - box.l}
        height={box.b - box.t}
        className="dp-area"
        data-testid="data-add-area"
        onClick={(e) => {
          if (e.shiftKey) return;
          const p = toXY(e.currentTarget, e.clientX, e.clientY);
          if (p) onEdit(addRow(rows, logistic ? [p[0], p[1], newLabel] : p));
        }}
      />
      {rows.map((r, i) => (
        <DataPoint
          key={i}
          i={i}
          px={sx(r[0])}
          py={sy(r[1])}
          x={r[0]}
          y={r[1]}
          label={logistic ? (r[2] > 0 ? 1 : -1) : 0}
          dragging={drag === i}
          on={on}
        />
      ))}
    </>
  );
}

interface PointHandlers {
  down: (i: number, e: PointerEvent<SVGElement>) => void;
  move: (i: number, e: PointerEvent<SVGElement>) => void;
  up: (e: PointerEvent<SVGElement>) => void;
  key: (i: number, e: KeyboardEvent<SVGElement>) => void;
}

/** One data point: a circle (a square for a −1 label). Memoised, with the handlers read through
 *  a ref that never changes: while a point is dragged over 500 rows, only the dragged one is
 *  rendered again (issue 19: a drag smooth on 500 rows as on 8). */
const DataPoint = memo(function DataPoint({
  i,
  px,
  py,
  x,
  y,
  label,
  dragging,
  on,
}: {
  i: number;
  px: number;
  py: number;
  x: number;
  y: number;
  /** 0: no label (the curve fits); ±1: the classifier's label */
  label: 0 | 1 | -1;
  dragging: boolean;
  on: { current: PointHandlers };
}) {
  const t = useMsg(regMsg);
  const common = {
    tabIndex: 0,
    role: 'button',
    'aria-label': t.pointAria(i + 1, fmt(x), fmt(y), label === 0 ? '' : label > 0 ? '+1' : '−1'),
    'data-testid': 'reg-point',
    onPointerDown: (e: PointerEvent<SVGElement>) => on.current.down(i, e),
    onPointerMove: (e: PointerEvent<SVGElement>) => on.current.move(i, e),
    onPointerUp: (e: PointerEvent<SVGElement>) => on.current.up(e),
    onPointerCancel: (e: PointerEvent<SVGElement>) => on.current.up(e),
    onKeyDown: (e: KeyboardEvent<SVGElement>) => on.current.key(i, e),
  };
  const cls = `${label === 0 ? 'tc-pt' : label < 0 ? 'tc-neg' : 'tc-pos'} dp-pt${dragging ? ' dp-dragging' : ''}`;
  return label < 0 ? (
    <rect x={px - 4.5} y={py - 4.5} width={9} height={9} className={cls} {...common} />
  ) : (
    <circle cx={px} cy={py} r={label === 0 ? 4.5 : 5} className={cls} {...common} />
  );
});

/** Each row's residual as a vertical segment from (t, s) to (t, model(t)), as one SVG path. */
export function residualsPath(rows: number[][], model: (t: number) => number, sx: Scale, sy: Scale): string {
  const r2 = (v: number) => Math.round(v * 100) / 100;
  let d = '';
  for (const [t, s] of rows) {
    const y2 = sy(model(t));
    if (Number.isFinite(y2)) d += `M${r2(sx(t))},${r2(sy(s))}V${r2(y2)}`;
  }
  return d;
}

/** The model through the points at w = (x, y), drawn under them. */
function Model({
  id,
  rows,
  w,
  bounds,
  sx,
  sy,
}: {
  id: RegressionId;
  rows: number[][];
  w: [number, number];
  bounds: Bounds;
  sx: Scale;
  sy: Scale;
}) {
  if (id === 'logistic-regression') {
    const n = Math.hypot(w[0], w[1]);
    if (!(n > 0)) return null;
    const R = 3 * bounds.x[1];
    const d = [-w[1] / n, w[0] / n];
    const u = [w[0] / n, w[1] / n];
    return (
      <>
        <polygon
          points={[
            [d[0] * R, d[1] * R],
            [d[0] * R + u[0] * R, d[1] * R + u[1] * R],
            [-d[0] * R + u[0] * R, -d[1] * R + u[1] * R],
            [-d[0] * R, -d[1] * R],
          ]
            .map(([a, b]) => `${sx(a)},${sy(b)}`)
            .join(' ')}
          className="tc-half"
        />
        <line
          x1={sx(-d[0] * R)}
          y1={sy(-d[1] * R)}
          x2={sx(d[0] * R)}
          y2={sy(d[1] * R)}
          className="tc-fit"
          data-testid="reg-boundary"
        />
      </>
    );
  }
  const model = id === 'linear-regression' ? (t: number) => w[0] * t + w[1] : (t: number) => w[0] * Math.exp(-w[1] * t);
  const ts = Array.from({ length: 61 }, (_, i) => bounds.x[0] + ((bounds.x[1] - bounds.x[0]) * i) / 60);
  return (
    <>
      {/* the residuals, one path for all rows: 500 lines were 500 elements to update at every
          write of a drag (issue 19) */}
      <path d={residualsPath(rows, model, sx, sy)} className="tc-resid" data-testid="reg-residuals" />
      {id === 'linear-regression' ? (
        <line
          x1={sx(bounds.x[0])}
          y1={sy(model(bounds.x[0]))}
          x2={sx(bounds.x[1])}
          y2={sy(model(bounds.x[1]))}
          className="tc-fit"
          data-testid="reg-line"
        />
      ) : (
        <Path xs={ts} ys={ts.map(model)} sx={sx} sy={sy} className="tc-fit" testId="reg-line" />
      )}
    </>
  );
}

/** The model's text: its equation and loss at w, and the closed form where there is one. */
function ModelText({ id, rows, w }: { id: RegressionId; rows: number[][]; w: [number, number] }) {
  const t = useMsg(regMsg);
  const data = dataOf(rows, '');
  if (id === 'logistic-regression') {
    const n = Math.hypot(w[0], w[1]);
    const correct = data.features.filter(([a, b], i) => Math.sign(w[0] * a + w[1] * b) === data.targets[i]).length;
    const loss =
      data.features.reduce(
        (acc, [a, b], i) => acc + Math.log1p(Math.exp(-data.targets[i] * (w[0] * a + w[1] * b))),
        0,
      ) / rows.length;
    return (
      <>
        <p className="tc-text" data-testid="reg-model">
          {n > 0
            ? t.boundary(
                `${fmt(w[0])}·a ${w[1] < 0 ? '−' : '+'} ${fmt(Math.abs(w[1]))}·b`,
                correct,
                rows.length,
                fmt(loss),
              )
            : t.noBoundary}
        </p>
        <p className="tc-small muted">{t.labelsKey}</p>
      </>
    );
  }
  const linear = id === 'linear-regression';
  const model = linear ? (t: number) => w[0] * t + w[1] : (t: number) => w[0] * Math.exp(-w[1] * t);
  const mse = rows.reduce((acc, [t, s]) => acc + (model(t) - s) ** 2, 0) / rows.length;
  const ls = linear ? leastSquares(rows) : null;
  return (
    <>
      <p className="tc-text" data-testid="reg-model">
        {linear
          ? t.line(`${fmt(w[0])}·t ${w[1] < 0 ? '−' : '+'} ${fmt(Math.abs(w[1]))}`)
          : t.curve(fmt(w[0]), fmt(w[1]))}
        {t.mse(fmt(mse))}
      </p>
      {linear && (
        <p className="tc-text" data-testid="reg-least-squares">
          {ls ? t.leastSquares(fmt(ls.w), fmt(ls.b)) : t.noLeastSquares}
        </p>
      )}
    </>
  );
}

export function RegressionPanel() {
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const sceneData = useScene((s) => s.scene.data);
  const point = useScene((s) => s.scene.point);
  const setScene = useScene((s) => s.setScene);
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const [follow, setFollow] = useState<string>('point');
  const [text, setText] = useState('');
  const [error, setError] = useState<DataError | null>(null);
  const [note, setNote] = useState<EditRefusal | null>(null);
  const t = useMsg(regMsg);
  const lang = useLang();
  const [frozen, setFrozen] = useState<Bounds | null>(null);
  const [over, setOver] = useState(false);
  const [newLabel, setNewLabel] = useState<1 | -1>(1);
  const rows = useMemo(() => rowsInUse(surfaceId, sceneData), [surfaceId, sceneData]);
  // a drag cut short by the panel going away must not leave the 3D view holding its surface
  useEffect(() => () => useView.getState().setDataDragging(false), []);
  const run = runs.find((r) => r.optimizer === follow);
  const w = useMemo((): [number, number] => {
    if (!run) return point;
    const it = run.iterates[Math.min(iter, run.iterates.length - 1)];
    return [it.x, it.y];
  }, [run, iter, point]);
  if (!isRegressionId(surfaceId) || !rows) return null;
  const id: RegressionId = surfaceId;
  const surface = getSurface(id)!;
  // While a point is dragged the axes stay put, so it stays under the pointer.
  const bounds = frozen ?? boundsOf(id, rows);
  const logistic = id === 'logistic-regression';
  const finite = w.every(Number.isFinite);

  const write = (next: number[][] | null) => {
    setScene(
      next === null ? { data: null, formula: surface.formula } : { data: next, formula: regressionFormula(id, next) },
    );
  };
  const onEdit = (e: Edit) => {
    if (e.ok) {
      setNote(null);
      write(e.rows);
    } else setNote(e);
  };
  /** `file`: the file's name, null for pasted text */
  const apply = (text: string, file: string | null) => {
    const r = parseDataText(text, id);
    if (!r.ok) {
      setError({ kind: 'bad', file, message: r.message });
      return;
    }
    setError(null);
    write(r.rows);
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_TEXT) {
      setError({ kind: 'too-large', file: file.name, mb: fmt(file.size / 1e6, 3) });
      return;
    }
    file.text().then(
      (text) => apply(text, file.name),
      () => setError({ kind: 'unreadable', file: file.name }),
    );
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    readFile(e.dataTransfer.files[0]);
  };

  const errorText = (e: DataError): string =>
    e.kind === 'bad'
      ? t.badData(e.file ?? t.pasted, e.message)
      : e.kind === 'too-large'
        ? t.tooLarge(e.file, e.mb, MAX_TEXT / 1e6)
        : t.unreadable(e.file);

  const x = logistic ? 'a' : 't';
  const y = logistic ? 'b' : 's';
  return (
    <section
      className={`panel tc${over ? ' dp-drop' : ''}`}
      aria-labelledby="reg-title"
      data-testid="reg-panel"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="reg-title">{logistic ? t.titleClassifier : linear(id) ? t.titleLine : t.titleCurve}</h2>
      <p className="tc-small" data-testid="reg-data">
        {sceneData ? t.yourData(rows.length) : surfaceDataDescription(surface, lang)}
      </p>
      <label className="tc-follow">
        {t.follow}{' '}
        <select value={run ? follow : 'point'} onChange={(e) => setFollow(e.target.value)} data-testid="reg-follow">
          <option value="point">{t.expansionPoint}</option>
          {runs.map((r) => (
            <option key={r.optimizer} value={r.optimizer}>
              {t.scrubbed(OPTIMIZER_LABELS[r.optimizer as OptimizerId] ?? r.optimizer)}
            </option>
          ))}
        </select>
      </label>
      <p className="tc-small">
        (x, y) = ({fmt(w[0])}, {fmt(w[1])}) {logistic ? t.weights : linear(id) ? t.slopeIntercept : t.amountRate}
      </p>
      <Chart
        x={{ lo: bounds.x[0], hi: bounds.x[1], label: logistic ? 'a' : 't' }}
        y={{ lo: bounds.y[0], hi: bounds.y[1], label: logistic ? 'b' : 's' }}
        label={t.chart(rows.length)}
        testId="reg-chart"
        interactive
        height={logistic ? 240 : 200}
        width={logistic ? 280 : 320}
      >
        {(sx, sy, box) => (
          <>
            {finite && <Model id={id} rows={rows} w={w} bounds={bounds} sx={sx} sy={sy} />}
            <PointsLayer
              id={id}
              rows={rows}
              bounds={bounds}
              sx={sx}
              sy={sy}
              box={box}
              newLabel={newLabel}
              onEdit={onEdit}
              onDrag={(d) => {
                setFrozen(d ? boundsOf(id, rows) : null);
                useView.getState().setDataDragging(d);
              }}
            />
          </>
        )}
      </Chart>
      <p className="tc-small muted">{t.howToEdit(logistic)}</p>
      {note && (
        <p className="tc-small" role="status" data-testid="data-edit-note">
          {refusalText(note, lang)}
        </p>
      )}
      {!finite ? <p className="tc-hint muted">{t.notFinite}</p> : <ModelText id={id} rows={rows} w={w} />}
      <div className="dp-input">
        {logistic && (
          <label>
            {t.newLabel}{' '}
            <select
              value={newLabel}
              onChange={(e) => setNewLabel(e.target.value === '-1' ? -1 : 1)}
              data-testid="data-new-label"
            >
              <option value="1">+1</option>
              <option value="-1">−1</option>
            </select>
          </label>
        )}
        <label htmlFor="data-text">{t.pasteLabel(logistic, x, y)}</label>
        <textarea
          id="data-text"
          rows={4}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          data-testid="data-text"
          placeholder={logistic ? t.placeholderLogistic : `${x},${y}\n0,1\n1,3`}
        />
        <div className="dp-row">
          <button type="button" onClick={() => apply(text, null)} data-testid="data-apply">
            {t.apply}
          </button>
          <label>
            {t.orFile}{' '}
            <input
              type="file"
              accept=".csv,.txt"
              data-testid="data-file"
              onChange={(e) => {
                readFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          <button
            type="button"
            onClick={() => {
              setError(null);
              write(null);
            }}
            disabled={sceneData === null}
            data-testid="data-reset"
          >
            {t.reset}
          </button>
        </div>
        {error && (
          <p className="dp-error" role="alert" data-testid="data-error">
            {errorText(error)}
          </p>
        )}
      </div>
    </section>
  );
}

function linear(id: RegressionId): boolean {
  return id === 'linear-regression';
}
