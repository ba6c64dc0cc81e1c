// A value held as it was while `hold` is true, and the live value again once it is false:
// what a view shows under an active drag (nothing may move under the pointer, or the slow part
// of a drawing waits for the release).
import { useState } from 'react';
import type { Results } from '../compute/results';
import { useView } from '../state/view';
import { useFollowedResults } from './follow';

export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // updating state during render is React's way to follow a prop (no effect, no extra paint)
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}

/** A result as it was when a data point was grabbed, until it is let go: for the views that
 *  catch up on release (the 3D view, the convergence plot) while the map follows each write;
 *  while a handle on the map is dragged, as the views that follow the map show it (follow.ts). */
export function useResultHeldWhileDataDrags<T>(select: (r: Results) => T): T {
  return useHeld(
    useFollowedResults(select),
    useView((v) => v.dataDragging),
  );
}
