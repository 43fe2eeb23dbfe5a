import {useEffect, useState} from 'react';

/** How long the search status waits for the reader to stop typing before it speaks. */
export const STATUS_SETTLE_MS = 500;

/**
 * The search status as a screen reader should hear it: once the reader pauses, not at every
 * keystroke. The status is a live region, and a search runs at each letter, so it would say
 * "검색 중…", "결과 8개", "검색 중…", "결과 2개"… over the reader's own typing (28 times for
 * "password reset"). `message` is passed on once it has stayed the same for `delay`; an empty one
 * (search closed or cleared) at once. A search that takes longer than that still says it is
 * searching.
 */
export function useSettled(message: string, delay = STATUS_SETTLE_MS): string {
  const [settled, setSettled] = useState(message);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(message), message ? delay : 0);
    return () => window.clearTimeout(timer);
  }, [message, delay]);
  return message ? settled : '';
}
