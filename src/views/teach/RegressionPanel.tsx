// Placeholder: being written.
export function RegressionPanel() {
  return null;
}
