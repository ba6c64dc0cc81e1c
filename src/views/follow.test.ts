// The views beside the map follow the results at once, or during a drag at most every
// FOLLOW_MS with the latest results, and catch up when the drag ends (follow.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useResults } from '../compute/results';
import { useView } from '../state/view';
import { FOLLOW_MS, useFollowed } from './follow';

/** new results, told apart by their version */
const publish = (version: number) => useResults.setState({ version });
const shown = () => useFollowed.getState().r.version;

describe('the views that follow the map', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    useView.getState().setDragging(false);
    vi.useRealTimers();
  });

  it('follow every change at once when nothing is dragged', () => {
    for (let v = 101; v <= 105; v++) {
      publish(v);
      expect(shown()).toBe(v);
      vi.advanceTimersByTime(5);
    }
  });

  it('while a handle is dragged, redraw at most every FOLLOW_MS, each time with the latest results', () => {
    useView.getState().setDragging(true);
    publish(201);
    // the drag's first move is followed at once
    expect(shown()).toBe(201);
    const seen = new Set<number>([201]);
    // a move every 16 ms for a second
    for (let i = 1; i <= 62; i++) {
      vi.advanceTimersByTime(16);
      publish(201 + i);
      seen.add(shown());
    }
    // ~5 redraws a second, not 60 (the first at once, then one per FOLLOW_MS)
    expect(seen.size).toBeGreaterThanOrEqual(5);
    expect(seen.size).toBeLessThanOrEqual(1 + Math.ceil(1000 / FOLLOW_MS));
    // never more than FOLLOW_MS behind: the latest results are shown by then
    vi.advanceTimersByTime(FOLLOW_MS);
    expect(shown()).toBe(263);
  });

  it('are not held back by a change that brings no new results (a move raises busy first)', () => {
    useView.getState().setDragging(true);
    publish(401);
    expect(shown()).toBe(401);
    // moves 250 ms apart, each raising busy, then its results 40 ms later: each is drawn at once
    for (let v = 402; v <= 405; v++) {
      vi.advanceTimersByTime(250);
      useResults.setState({ busy: true });
      expect(useFollowed.getState().r.busy).toBe(true);
      vi.advanceTimersByTime(40);
      useResults.setState({ version: v, busy: false });
      expect(shown()).toBe(v);
    }
  });

  it('show the latest results when the drag ends, without waiting', () => {
    useView.getState().setDragging(true);
    publish(301);
    vi.advanceTimersByTime(16);
    publish(302);
    vi.advanceTimersByTime(16);
    publish(303);
    expect(shown()).toBe(301);
    useView.getState().setDragging(false);
    expect(shown()).toBe(303);
    // and no late redraw with older results afterwards
    vi.advanceTimersByTime(2 * FOLLOW_MS);
    expect(shown()).toBe(303);
  });
});
