import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delay` ms. The search box updates on every key
 * press; the query follows a beat later, so typing "survey" sends one request, not six (and
 * `useProjects` aborts the one still in flight if the typing resumes).
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
