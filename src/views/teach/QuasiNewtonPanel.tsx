// Placeholder: being written.
export function QuasiNewtonPanel() {
  return null;
}
