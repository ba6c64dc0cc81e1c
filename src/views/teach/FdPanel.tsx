// Placeholder: being written.
export function FdPanel() {
  return null;
}
