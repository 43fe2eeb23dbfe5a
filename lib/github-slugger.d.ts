// github-slugger 1.x (the version Docusaurus uses for heading ids) ships no types.
declare module 'github-slugger' {
  export default class GithubSlugger {
    /** A unique id for `value` among those this slugger gave: `intro`, `intro-1`, … */
    slug(value: string, maintainCase?: boolean): string;
    reset(): void;
  }
}
