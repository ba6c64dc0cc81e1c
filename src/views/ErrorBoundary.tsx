// Placeholder: being written (contains a failing panel's error inside that panel).
import type { ReactNode } from 'react';

export function ErrorBoundary({ children }: { name: string; children: ReactNode }) {
  return <>{children}</>;
}
