// Placeholder: being written.
export function DampedNewtonPanel() {
  return null;
}
