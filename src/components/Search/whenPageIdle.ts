/**
 * Runs `callback` once the page has loaded (its images and fonts too) and the browser is next
 * idle, so that work it starts does not compete with the page itself. Not at all for a reader
 * whose browser asks to save data. Returns a function that cancels it.
 */
export function whenPageIdle(callback: () => void): () => void {
  const connection = (navigator as Navigator & {connection?: {saveData?: boolean}}).connection;
  if (connection?.saveData) {
    return () => {};
  }
  let cancelIdle = () => {};
  const onLoad = () => {
    // Safari has no requestIdleCallback: a moment after the load event stands in for it.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(callback, {timeout: IDLE_TIMEOUT_MS});
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(callback, SAFARI_DELAY_MS);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') {
    onLoad();
  } else {
    window.addEventListener('load', onLoad, {once: true});
  }
  return () => {
    window.removeEventListener('load', onLoad);
    cancelIdle();
  };
}

/** A busy page still gets the callback this long after its load event. */
const IDLE_TIMEOUT_MS = 2000;
const SAFARI_DELAY_MS = 200;
