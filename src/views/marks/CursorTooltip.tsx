// The map's tooltip at the cursor: (x, y), f, and each shown Taylor model with its error
// |f − Tk|, so the lesson "T2 hugs f near p, T1 less so" is read where the student points.
// f comes from the same tfjs formula engine as the surface (compute/cursor); the models
// from the facts at p (readout.ts). Hidden while p is dragged.
import { useMemo } from 'react';
import { valueAt } from '../../compute/cursor';
import { useResults } from '../../compute/results';
import type { Node } from '../../math/formula/ast';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { taylorColor } from '../palette';
import { cursorReadout } from './readout';
import type { Scales } from './scales';

function safeValueAt(ast: Node, x: number, y: number): number {
  try {
    return valueAt(ast, x, y);
  } catch {
    return NaN;
  }
}

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

export function CursorTooltip({ scales: s }: { scales: Scales }) {
  const cursor = useView((v) => v.cursor);
  const dragging = useView((v) => v.dragging);
  const ast = useResults((r) => r.ast);
  const facts = useResults((r) => r.facts);
  const derivs = useResults((r) => r.derivatives);
  const taylor = useScene((st) => st.scene.taylor);
  const f = useMemo(
    () => (cursor && ast && !dragging ? safeValueAt(ast, cursor[0], cursor[1]) : NaN),
    [ast, cursor, dragging],
  );
  if (!cursor || dragging) return null;
  const [x, y] = cursor;
  const rows = facts ? cursorReadout(facts, f, x, y, taylor, derivs) : [];
  const g = s.geometry;
  const [cx, cy] = s.at(cursor);
  // beside the cursor, flipped to the other side near the plot's right or bottom edge
  const left = cx > g.l + g.w * 0.62;
  const up = cy > g.t + g.h * 0.6;
  const style: React.CSSProperties = {
    left: left ? undefined : cx + 16,
    right: left ? `calc(100% - ${cx - 16}px)` : undefined,
    top: up ? undefined : cy + 16,
    bottom: up ? `calc(100% - ${cy - 16}px)` : undefined,
  };
  return (
    <div className="map-tooltip" data-testid="map-tooltip" data-x={x} data-y={y} style={style} role="status">
      <div className="mt-head">
        ({fmt(x)}, {fmt(y)})
      </div>
      <table>
        <tbody>
          <tr>
            <th scope="row">f</th>
            <td data-testid="tooltip-f" data-value={f}>
              {fmt(f)}
            </td>
            <td />
          </tr>
          {rows.map((r) => (
            <tr key={r.order}>
              <th scope="row">
                <span className="mt-swatch" style={{ background: taylorColor(r.order) }} />T{SUB[r.order]}
              </th>
              <td data-testid={`tooltip-t${r.order}`} data-value={r.value}>
                {fmt(r.value)}
              </td>
              <td data-testid={`tooltip-err-t${r.order}`} data-value={r.error}>
                |f − T{SUB[r.order]}| = {Number.isFinite(r.error) ? fmt(r.error) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
