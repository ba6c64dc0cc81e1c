// Pixel geometry shared by the marks: arrowheads, marker shapes, where a label goes. Pure
// functions, tested in Node.
import type { Lang } from '../../i18n/i18n';
import { newtonTipMsg } from '../../i18n/views';
import type { ModelStationary } from '../../math/taylor';
import type { MarkerShape } from '../palette';

type Pt = [number, number];

/** The words at the Newton step's tip: what p − H⁻¹∇f is for the quadratic model T2, in
 *  `lang` (the language in use without one). */
export function newtonTipText(kind: ModelStationary, lang?: Lang): string {
  const t = lang ? newtonTipMsg.in(lang) : newtonTipMsg();
  switch (kind) {
    case 'minimum':
      return t.minimum;
    case 'maximum':
      return t.maximum;
    case 'saddle':
      return t.saddle;
    default:
      return t.none;
  }
}

/**
 * An arrow from `a` to `b` in pixels: the shaft (stopping where the head starts) and the head's
 * triangle, `head` long and `head`·0.55 wide on each side. A zero-length arrow has no head.
 */
export function arrow(a: Pt, b: Pt, head = 12): { shaft: [Pt, Pt]; head: Pt[] | null } {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (!(len > 0)) return { shaft: [a, b], head: null };
  const u: Pt = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  const h = Math.min(head, len);
  const base: Pt = [b[0] - u[0] * h, b[1] - u[1] * h];
  const w = h * 0.55;
  return {
    shaft: [a, base],
    head: [b, [base[0] - u[1] * w, base[1] + u[0] * w], [base[0] + u[1] * w, base[1] - u[0] * w]],
  };
}

/**
 * Where a label of the point `tip`, reached from `from`, goes: `gap` pixels beyond the tip
 * along the step (so it never sits on p's own labels), kept `inset` pixels inside `frame`
 * ({l, t, w, h}); anchored at its start when the step goes right, at its end when it goes left.
 */
export function labelBeyond(
  from: Pt,
  tip: Pt,
  frame: { l: number; t: number; w: number; h: number },
  gap = 16,
  inset = 12,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]);
  const u: Pt = len > 0 ? [(tip[0] - from[0]) / len, (tip[1] - from[1]) / len] : [0, -1];
  const x = Math.min(frame.l + frame.w - inset, Math.max(frame.l + inset, tip[0] + u[0] * gap));
  const y = Math.min(frame.t + frame.h - inset, Math.max(frame.t + inset, tip[1] + u[1] * gap));
  const anchor = Math.abs(u[0]) < 0.3 ? 'middle' : u[0] > 0 ? 'start' : 'end';
  // a label pushed against the right or left edge reads inwards
  if (x >= frame.l + frame.w - inset) return { x, y, anchor: 'end' };
  if (x <= frame.l + inset) return { x, y, anchor: 'start' };
  return { x, y, anchor };
}

/** A label of about `width` pixels moved (and re-anchored) so that all of it lies inside the
 *  frame: a label that ends at x is not let start left of the plot, and so on. */
export function keepInside(
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' },
  width: number,
  frame: { l: number; t: number; w: number; h: number },
  inset = 4,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  const lo = frame.l + inset;
  const hi = frame.l + frame.w - inset;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  if (left < lo) return { ...label, x: lo, anchor: 'start' };
  if (left + width > hi) return { ...label, x: hi, anchor: 'end' };
  return label;
}

/**
 * The Newton tip's label: beyond the tip (labelBeyond) when the step is long enough to leave
 * p's handle and label behind (`clear` pixels); for a shorter step, `clear` pixels from p on
 * the side away from `away` (∇f's pixel direction, whose arrow and label sit on the other).
 */
export function tipLabel(
  from: Pt,
  tip: Pt,
  frame: { l: number; t: number; w: number; h: number },
  away: Pt | null,
  clear = 30,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  if (Math.hypot(tip[0] - from[0], tip[1] - from[1]) >= clear) return labelBeyond(from, tip, frame);
  const u: Pt = away && (away[0] !== 0 || away[1] !== 0) ? [-away[0], -away[1]] : [0, 1];
  return labelBeyond(from, [from[0] + u[0] * clear, from[1] + u[1] * clear], frame, 0);
}

/** A label's box in pixels. */
export interface LabelBox {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** The box of a label `width` px wide in a font of `size` px, set at (x, y) with its anchor
 *  (the overlay's labels are centred on y: dominant-baseline middle). */
export function labelBox(
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' },
  width: number,
  size: number,
): LabelBox {
  const l = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { l, t: label.y - size / 2, r: l + width, b: label.y + size / 2 };
}

/** Whether two boxes come within `pad` pixels of each other. */
export const overlaps = (a: LabelBox, b: LabelBox, pad = 2): boolean =>
  a.l < b.r + pad && b.l < a.r + pad && a.t < b.b + pad && b.t < a.b + pad;

/** Width in pixels of `text` in a bold overlay font of `size` px (a CJK character about an em). */
export const textWidth = (text: string, size: number): number =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.62), 0) * size;

/**
 * Which end of an eigen-axis through P (pixel direction d) takes its label, `dist` px out: the
 * end along d, as always, unless its label would meet one of `avoid` (the Newton tip's label,
 * ∇f's) and the other end's would meet fewer (on Beale at (2, 0) λ₁ was written over "min of T2").
 */
export function eigenLabelSide(P: Pt, d: Pt, dist: number, width: number, size: number, avoid: LabelBox[]): 1 | -1 {
  const hits = (side: 1 | -1) => {
    const box = labelBox({ x: P[0] + side * d[0] * dist, y: P[1] + side * d[1] * dist, anchor: 'middle' }, width, size);
    return avoid.filter((a) => overlaps(box, a)).length;
  };
  const plus = hits(1);
  return plus > 0 && hits(-1) < plus ? -1 : 1;
}

/** The directions p's label may take from p, in order of preference: up-right first (where it
 *  has always been), then the other diagonals, then straight up, right, left and down. */
const POINT_LABEL_DIRS: Pt[] = [
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, -Math.SQRT1_2],
  [Math.SQRT1_2, Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [0, -1],
  [1, 0],
  [-1, 0],
  [0, 1],
];

/** A label direction this far (radians) from every mark leaving p is clear of them. */
const POINT_LABEL_CLEAR = (35 * Math.PI) / 180;

/**
 * Where p's label goes: `dist` px from P (the handle's centre) in the first of POINT_LABEL_DIRS
 * that keeps POINT_LABEL_CLEAR from every direction in `marks` (the pixel directions of the marks
 * drawn from p: the Newton step, ∇f, both ends of each eigen-axis) and whose box (a label `width`
 * × `size` px, centred there) meets none of `avoid`; failing that, the direction furthest from
 * the marks among those that meet no box, or up-right. On Beale at (2, 0) the Newton step's head
 * lay on the "p" written up-right of p.
 */
export function pointLabel(
  P: Pt,
  marks: Pt[],
  avoid: LabelBox[],
  width: number,
  size: number,
  dist: number,
): { x: number; y: number } {
  const angle = (a: Pt, b: Pt) => Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1])));
  const units = marks
    .map((m): Pt | null => {
      const n = Math.hypot(m[0], m[1]);
      return n > 0 && Number.isFinite(n) ? [m[0] / n, m[1] / n] : null;
    })
    .filter((m): m is Pt => m !== null);
  let best: { at: Pt; gap: number } | null = null;
  for (const d of POINT_LABEL_DIRS) {
    const at: Pt = [P[0] + d[0] * dist, P[1] + d[1] * dist];
    const box = labelBox({ x: at[0], y: at[1], anchor: 'middle' }, width, size);
    if (avoid.some((a) => overlaps(box, a))) continue;
    const gap = units.reduce((g, u) => Math.min(g, angle(d, u)), Math.PI);
    if (gap >= POINT_LABEL_CLEAR) return { x: at[0], y: at[1] };
    if (!best || gap > best.gap) best = { at, gap };
  }
  const at = best?.at ?? [P[0] + POINT_LABEL_DIRS[0][0] * dist, P[1] + POINT_LABEL_DIRS[0][1] * dist];
  return { x: at[0], y: at[1] };
}

/** SVG path data of a marker of radius `r` centred on (0, 0), about equal in area across shapes. */
export function markerPath(shape: MarkerShape, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  switch (shape) {
    case 'square': {
      const a = f(r * 0.89);
      return `M${-a},${-a}H${a}V${a}H${-a}Z`;
    }
    case 'diamond': {
      const a = f(r * 1.25);
      return `M0,${-a}L${a},0L0,${a}L${-a},0Z`;
    }
    case 'triangle': {
      const a = f(r * 1.35);
      return `M0,${-a}L${f(a * 0.866)},${f(a * 0.5)}L${f(-a * 0.866)},${f(a * 0.5)}Z`;
    }
    default:
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
  }
}

/** Points as an SVG path (`M…L…`), for polylines drawn with <path>. */
export function pathOf(points: Pt[]): string {
  return points
    .map((p, i) => `${i ? 'L' : 'M'}${Math.round(p[0] * 100) / 100},${Math.round(p[1] * 100) / 100}`)
    .join('');
}
