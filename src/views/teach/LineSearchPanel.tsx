// Placeholder: being written.
export function LineSearchPanel() {
  return null;
}
