// Placeholder: being written.
export function useShortcuts() {}
