// The palette stays readable for colour-blind viewers: CIEDE2000 distances between the colours
// that appear together on the contour map, after simulating protanopia, deuteranopia and
// tritanopia (Machado 2009). The colour science is checked against published values first.
import { describe, expect, it } from 'vitest';
import { colourDistance, deltaE2000, labAs, VISIONS } from './colour-vision';
import {
  EIGEN_COLOR,
  GRAD_COLOR,
  NEWTON_STEP_COLOR,
  OPTIMIZER_LABELS,
  RUN_COLORS,
  RUN_STYLES,
  runStyle,
  T1_COLOR,
  T2_COLOR,
  taylorColor,
} from './palette';
import { OPTIMIZER_IDS } from '../state/scene';
import { CONTRACT_OPTIMIZER_IDS, optimizerSpec } from '../math/optimizers/registry';

/** The smallest ΔE2000 between two colours over normal vision and the three dichromacies. */
const worst = (a: string, b: string) => Math.min(...VISIONS.map((v) => colourDistance(a, b, v)));

describe('colour science', () => {
  it('CIEDE2000 reproduces Sharma, Wu and Dalal’s test pairs', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
      [[50, 2.5, 0], [58, 24, 15], 19.4535],
    ];
    for (const [a, b, e] of pairs) {
      expect(deltaE2000(a, b)).toBeCloseTo(e, 4);
      expect(deltaE2000(b, a)).toBeCloseTo(e, 4);
    }
  });

  it('sRGB → Lab: white, black and pure red as published (D65)', () => {
    const [L, a, b] = labAs('#ffffff');
    expect(L).toBeCloseTo(100, 2);
    expect(Math.hypot(a, b)).toBeLessThan(0.01);
    expect(labAs('#000000')[0]).toBeCloseTo(0, 6);
    const red = labAs('#ff0000');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });

  it('the simulations do what dichromacy does: red and green merge for protanopes and deuteranopes, not for tritanopes', () => {
    // A red and a green of about equal lightness, the classic confusion pair.
    const [r, g] = ['#CC6600', '#669900'];
    expect(colourDistance(r, g, 'normal')).toBeGreaterThan(20);
    expect(colourDistance(r, g, 'protanopia')).toBeLessThan(10);
    expect(colourDistance(r, g, 'deuteranopia')).toBeLessThan(10);
    expect(colourDistance(r, g, 'tritanopia')).toBeGreaterThan(15);
    // greys are unchanged (the rows of each matrix sum to 1)
    for (const v of VISIONS) expect(colourDistance('#777777', '#777777', v)).toBeCloseTo(0, 6);
    expect(worst('#808080', '#808080')).toBe(0);
  });
});

describe('palette', () => {
  // What is drawn around p at once: the Newton step, ∇f, the eigen-axes and the models.
  const overlay: Record<string, string> = {
    'Newton step': NEWTON_STEP_COLOR,
    '∇f': GRAD_COLOR,
    'eigen-axes': EIGEN_COLOR,
  };
  for (let k = 1; k <= 6; k++) overlay[`T${k}`] = taylorColor(k);
  const ids = Object.keys(RUN_STYLES);

  it('has a colour, a label and a marker of its own for every optimizer of the contract; any other registry method falls back', () => {
    for (const id of CONTRACT_OPTIMIZER_IDS) {
      expect(RUN_STYLES[id], id).toBeDefined();
      expect(RUN_COLORS[id]).toMatch(/^#[0-9A-F]{6}$/i);
      expect(OPTIMIZER_LABELS[id].length).toBeGreaterThan(1);
    }
    expect(T1_COLOR).toBe(taylorColor(1));
    expect(T2_COLOR).toBe(taylorColor(2));
    // an id added to the scene before the palette still gets a style
    expect(runStyle('newcomer')).toEqual({ color: '#444444', label: 'newcomer', marker: 'circle' });
    // every registry method has a colour and its registry label, styled or not
    for (const id of OPTIMIZER_IDS) {
      expect(RUN_COLORS[id], id).toMatch(/^#[0-9A-F]{6}$/i);
      if (!RUN_STYLES[id]) expect(OPTIMIZER_LABELS[id]).toBe(optimizerSpec(id).label);
    }
  });

  it('the overlay’s marks (Newton step, ∇f, eigen-axes, T1–T6) are ≥ 9 ΔE2000 apart for every vision; T1, T2, the step and the axes ≥ 17', () => {
    const names = Object.keys(overlay);
    const core = new Set(['Newton step', '∇f', 'eigen-axes', 'T1', 'T2']);
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const d = worst(overlay[names[i]], overlay[names[j]]);
        const min = core.has(names[i]) && core.has(names[j]) ? 17 : 9;
        expect(d, `${names[i]} vs ${names[j]}`).toBeGreaterThanOrEqual(min);
      }
  });

  it('every trail is ≥ 9 ΔE2000 from every overlay mark for every vision', () => {
    for (const id of ids)
      for (const [name, c] of Object.entries(overlay))
        expect(worst(RUN_COLORS[id], c), `${id} vs ${name}`).toBeGreaterThanOrEqual(9);
  });

  it('two trails differ by ≥ 9 ΔE2000 for every vision, or by their marker shape', () => {
    let byColour = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [RUN_STYLES[ids[i]], RUN_STYLES[ids[j]]];
        if (a.marker !== b.marker) continue;
        byColour++;
        expect(worst(a.color, b.color), `${ids[i]} vs ${ids[j]}`).toBeGreaterThanOrEqual(9);
      }
    // the first eight optimizers all share the circle: they are told apart by colour alone
    expect(byColour).toBeGreaterThanOrEqual(28);
  });

  it('no two optimizers share both colour and marker', () => {
    const seen = new Set(ids.map((id) => `${RUN_STYLES[id].color}/${RUN_STYLES[id].marker}`));
    expect(seen.size).toBe(ids.length);
  });
});
