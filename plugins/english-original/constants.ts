/**
 * Names shared by the build (the remark plugin, the head script) and the browser (the toggle), so
 * the markup, the CSS and the stored choice agree. No Node imports here: the browser bundle uses it.
 */
export const PLUGIN_NAME = 'english-original';

/** Class of every element holding English next to the Korean it was translated from. */
export const ORIGINAL_CLASS = 'english-original';

/** The prop the build gives a Korean <Screenshot> for the English original of its caption. */
export const ORIGINAL_CAPTION_PROP = 'originalCaption';

/** Attribute on <html> while the English is shown; the CSS keys off it. */
export const SHOWN_ATTRIBUTE = 'data-english-original';

/** localStorage key remembering the reader's choice across pages and visits. */
export const STORAGE_KEY = 'english-original';

/** What the build tells the browser about each Korean page translated from English. */
export interface PageTranslationData {
  type: 'machine' | 'human';
  status: 'current' | 'outdated';
  englishTitle?: string;
}

/**
 * The front-matter key the build adds to each Korean page translated from English (./frontMatter.ts).
 * Per page rather than global data, so a help center of hundreds of pages does not ship every
 * page's record with every page.
 */
export const FRONT_MATTER_KEY = 'english_original';
