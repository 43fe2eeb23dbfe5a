/** Shared by the build side (./index.ts) and the browser side (usePluginData). */
export const PLUGIN_NAME = 'featured-pages';

export interface FeaturedPage {
  title: string;
  description: string;
  permalink: string;
}

export interface FeaturedPagesGlobalData {
  pages: FeaturedPage[];
}
