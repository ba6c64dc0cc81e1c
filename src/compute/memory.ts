// tfjs's memory figures (tensors, bytes) for the export and the page hook: views read them
// here, so no view imports tfjs itself.
import * as tf from '@tensorflow/tfjs-core';

export function tensorMemory(): { numTensors: number; numBytes: number } {
  const m = tf.memory();
  return { numTensors: m.numTensors, numBytes: m.numBytes };
}

/** The tfjs backend in use (for the export's `backend` where no prop carries it). */
export const backendName = (): string => tf.getBackend() ?? 'none';
