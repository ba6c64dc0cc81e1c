// The optimizer panel's registry-driven logic: groups cover the registry, fields follow the
// selected methods' params, and the extra fields' checks follow the URL's rules.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS } from '../math/optimizers/registry';
import { checkExtra, optimizerGroups, paramsUsed } from './optimizer-fields';

describe('optimizer groups', () => {
  it('list every registry id exactly once', () => {
    const ids = optimizerGroups().flatMap((g) => g.ids);
    expect([...ids].sort()).toEqual([...OPTIMIZER_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    // in the panel's order, each group as the registry says
    expect(optimizerGroups().map((g) => g.title)).toEqual([
      'First-order',
      'Newton-type',
      'Quasi-Newton',
      'Least squares',
      'Stochastic',
    ]);
    expect(optimizerGroups().find((g) => g.title === 'Quasi-Newton')!.ids).toEqual(['bfgs', 'dfp', 'lbfgs']);
  });
});

describe('paramsUsed', () => {
  it('is the union of the selected methods’ params', () => {
    expect([...paramsUsed(['lbfgs'])]).toEqual(['m']);
    expect([...paramsUsed(['newton'])]).toEqual([]);
    expect([...paramsUsed(['gd', 'sgd', 'trust-region'])].sort()).toEqual(['batch', 'lr', 'radius', 'seed']);
    expect([...paramsUsed(['momentum', 'fd-gd'])].sort()).toEqual(['beta', 'h', 'lr']);
  });
});

describe('checkExtra', () => {
  it('m: whole 1 to 20', () => {
    expect(checkExtra('m', '3', 5)).toEqual({ ok: true, value: 3 });
    expect(checkExtra('m', '20', 5)).toEqual({ ok: true, value: 20 });
    for (const t of ['0', '21', '2.5']) {
      const r = checkExtra('m', t, 5);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/whole number from 1 to 20; still using 5$/);
    }
    const e = checkExtra('m', 'abc', 5);
    expect(e.ok || e.message).toBe('"abc" is not a number; still using 5');
    const empty = checkExtra('m', ' ', 5);
    expect(empty.ok || empty.message).toBe('is empty: type a number; still using 5');
  });
  it('radius: positive', () => {
    expect(checkExtra('radius', '0.25', 1)).toEqual({ ok: true, value: 0.25 });
    expect(checkExtra('radius', '0', 1).ok).toBe(false);
    expect(checkExtra('radius', '-1', 1).ok).toBe(false);
  });
  it('batch: whole, 1 to the number of rows', () => {
    expect(checkExtra('batch', '8', 2, 8)).toEqual({ ok: true, value: 8 });
    const r = checkExtra('batch', '9', 2, 8);
    expect(r.ok || r.message).toBe(
      '9 is out of range: the batch size must be a whole number from 1 to 8 (the number of data points); still using 2',
    );
    expect(checkExtra('batch', '0', 2, 8).ok).toBe(false);
    expect(checkExtra('batch', '1.5', 2, 8).ok).toBe(false);
  });
  it('seed: whole, 0 to 2^32 − 1', () => {
    expect(checkExtra('seed', '0', 1)).toEqual({ ok: true, value: 0 });
    expect(checkExtra('seed', '4294967295', 1)).toEqual({ ok: true, value: 4294967295 });
    expect(checkExtra('seed', '4294967296', 1).ok).toBe(false);
    expect(checkExtra('seed', '-1', 1).ok).toBe(false);
  });
});
