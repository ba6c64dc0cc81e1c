// A value held as it was while `hold` is true, and the live value again once it is false:
// what a view shows under an active drag (nothing may move under the pointer, or the slow part
// of a drawing waits for the release).
import { useState } from 'react';

export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // updating state during render is React's way to follow a prop (no effect, no extra paint)
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}
