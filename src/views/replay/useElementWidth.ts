import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, following resizes; `fallback` until measured (and in jsdom).
 * Measures the element of `given` when there is one, or of the ref it returns.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
  given?: RefObject<T | null>,
): [RefObject<T | null>, number] {
  const own = useRef<T>(null);
  const ref = given ?? own;
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const w = Math.floor(element.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return [ref, width];
}
