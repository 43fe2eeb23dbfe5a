/** A busy page still gets an idle callback this long after asking. */
const IDLE_TIMEOUT_MS = 2000;
/** Safari has no requestIdleCallback: this short a wait stands in for it. */
const SAFARI_DELAY_MS = 200;

/** Runs `callback` the next time the browser is idle. Returns a function that cancels it. */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => callback(), {timeout: IDLE_TIMEOUT_MS});
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, SAFARI_DELAY_MS);
  return () => window.clearTimeout(handle);
}

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
    cancelIdle = whenIdle(callback);
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
