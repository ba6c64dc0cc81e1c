// Placeholder: being written.
export function TourBar() {
  return null;
}
