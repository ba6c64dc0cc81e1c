// Placeholder: being written.
export function ClassroomBar() {
  return null;
}
