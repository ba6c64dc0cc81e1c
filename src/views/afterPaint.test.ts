import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the next frame and a task, once', () => {
    vi.useFakeTimers();
    let frame: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => ((frame = cb), 1));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const fn = vi.fn();
    afterPaint(fn, 100);
    vi.advanceTimersByTime(10);
    expect(fn).not.toHaveBeenCalled(); // no frame yet
    frame!(0);
    expect(fn).not.toHaveBeenCalled(); // the task after the frame
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200); // the fallback does not run it again
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback where no frame comes (a frame out of sight)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const fn = vi.fn();
    afterPaint(fn, 100);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancelled: never runs', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => frames.splice(0));
    const fn = vi.fn();
    const cancel = afterPaint(fn, 100);
    cancel();
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});
