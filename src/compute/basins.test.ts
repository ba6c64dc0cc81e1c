// The basin scheduler: computes over several ticks, reports progress, cancels a stale job when
// the scene changes, and leaves no tensors behind.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSurface } from '../math/surfaces';
import { ast, useCpu } from '../math/test-setup';
import { defaultScene } from '../state/url';
import type { Scene } from '../state/scene';
import { scheduleBasins, useBasins } from './basins';

beforeAll(useCpu);

const s = getSurface('himmelblau')!;
const scene = (patch: Partial<Scene>): Scene => ({
  ...defaultScene(),
  surfaceId: s.id,
  formula: s.formula,
  domain: s.domain,
  ...patch,
});

async function settle() {
  for (let i = 0; i < 2000 && useBasins.getState().status === 'running'; i++)
    await new Promise((r) => setTimeout(r, 5));
}

describe('scheduleBasins', () => {
  it('computes in the background, then cancels and recomputes on a change, without leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const unsub = useBasins.subscribe((st) => progress.push(st.progress));
    scheduleBasins(scene({ basins: 'newton' }), ast(s.formula), 'cpu');
    expect(useBasins.getState().status).toBe('running');
    // a second change before the first finishes: the first job is dropped
    await new Promise((r) => setTimeout(r, 20));
    scheduleBasins(scene({ basins: 'damped-newton' }), ast(s.formula), 'cpu');
    await settle();
    unsub();
    const st = useBasins.getState();
    expect(st.status).toBe('done');
    expect(st.method).toBe('damped-newton');
    expect(st.map!.method).toBe('damped-newton');
    expect(st.map!.n).toBe(64);
    // progress was reported in steps between 0 and 1
    expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(3);
    // damped Newton: no start ends at the maximum
    expect(st.map!.classes.find((c) => c.kind === 'maximum')!.count).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
    // the same scene again: cached, no recomputation
    scheduleBasins(scene({ basins: 'damped-newton' }), ast(s.formula), 'cpu');
    expect(useBasins.getState().status).toBe('done');
    scheduleBasins(scene({ basins: 'off' }), ast(s.formula), 'cpu');
    expect(useBasins.getState()).toMatchObject({ status: 'off', map: null });
  });
});
