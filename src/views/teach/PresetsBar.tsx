// Placeholder: being written.
export function PresetsBar() {
  return null;
}
