/**
 * Controls that work only with JavaScript (search, the English-original toggle, a screenshot's
 * zoom) carry this attribute. Without JavaScript a <noscript> style in <head> hides them, and
 * Docusaurus's own such controls (the phone's menu button and its "On this page" list), so no
 * reader meets a button that does nothing. The page's text, links and screenshots stay.
 */
export const JS_ONLY_ATTRIBUTE = 'data-js-only';

/** Docusaurus's controls that need JavaScript, by their stable class names. */
const DOCUSAURUS_JS_ONLY = ['.navbar__toggle', '.theme-doc-toc-mobile'];

/** The <style> that docusaurus.config.ts puts in <head> inside <noscript>. */
export const NO_SCRIPT_STYLE = `<style>${[`[${JS_ONLY_ATTRIBUTE}]`, ...DOCUSAURUS_JS_ONLY].join(
  ',',
)}{display:none!important}</style>`;

/** Spread on a control's root element: `<button {...jsOnly}>`. */
export const jsOnly = {[JS_ONLY_ATTRIBUTE]: ''} as const;
