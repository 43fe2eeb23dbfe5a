/**
 * Where a link in a Microsoft docs page goes once imported: a page of the site (imported now or
 * already there) becomes a page link; any other docs.microsoft.com path becomes an absolute link to
 * the public page, in the page's language.
 */

/** docs.microsoft.com, in the language of the page the link is on. */
export const PUBLIC_DOCS = 'https://docs.microsoft.com';
export const PUBLIC_LOCALES = {ko: 'ko-kr', en: 'en-us'} as const;

export type Language = keyof typeof PUBLIC_LOCALES;

/** The site's pages of the section, by name, each with the anchors its headings carry. */
export type SitePages = Map<string, Set<string>>;

export interface LinkContext {
  /** The docs folder the pages are imported into (`partner-center`). */
  section: string;
  /** The page the link is on. */
  slug: string;
  language: Language;
  pages: SitePages;
  /** A source name (`reset-my-pasword`, `index`) → the page name it is imported as. */
  pageName: (name: string) => string;
  warn: (message: string) => void;
}

/**
 * The address to write for `url`, or undefined when the link must become plain text (an anchor
 * that exists nowhere).
 */
export function resolveLink(url: string, context: LinkContext): string | undefined {
  const trimmed = url.trim();
  const hashAt = trimmed.indexOf('#');
  const target = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const anchor = hashAt === -1 ? undefined : trimmed.slice(hashAt + 1);
  if (target === '') {
    return pageLink(context.slug, anchor, context, true);
  }
  const docsPath = docsPathOf(target, context.section);
  if (docsPath === undefined) {
    return trimmed;
  }
  const inSection = new RegExp(`^${context.section}/([^/]+?)(?:\\.(?:md|yml))?/?$`, 'i').exec(
    docsPath,
  );
  if (inSection) {
    const name = context.pageName(inSection[1].toLowerCase());
    if (context.pages.has(name)) {
      return pageLink(name, anchor, context, false);
    }
  }
  const publicUrl = `${PUBLIC_DOCS}/${PUBLIC_LOCALES[context.language]}/${docsPath.replace(/\.(md|yml)$/i, '')}${anchor ? `#${anchor}` : ''}`;
  if (inSection && !/^https?:/i.test(target)) {
    context.warn(
      `links to ${target}, which is not among the imported pages: it now goes to the public page ${publicUrl}.`,
    );
  }
  return /^https?:/i.test(target) ? trimmed : publicUrl;
}

/**
 * The docs.microsoft.com path a link points to (`partner-center/x.md`, `azure/y`), or undefined for
 * a link elsewhere. Relative links are relative to the section folder.
 */
function docsPathOf(target: string, section: string): string | undefined {
  const absolute = /^https?:\/\/docs\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(.*)$/i.exec(target);
  if (absolute) {
    return absolute[1].replace(/\/$/, '');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
    return undefined;
  }
  if (target.startsWith('/')) {
    return target.slice(1).replace(/^[a-z]{2}-[a-z]{2}\//i, '');
  }
  const parts: string[] = [section];
  for (const part of target.split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part !== '.' && part !== '') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function pageLink(
  name: string,
  anchor: string | undefined,
  context: LinkContext,
  samePage: boolean,
): string | undefined {
  const path = samePage ? '' : `./${name}.mdx`;
  if (anchor === undefined || anchor === '') {
    return path || undefined;
  }
  const anchors = context.pages.get(name);
  const found = anchors && [...anchors].find((id) => id.toLowerCase() === anchor.toLowerCase());
  if (found) {
    return `${path}#${found}`;
  }
  if (samePage) {
    context.warn(
      `links to #${anchor}, which no heading of this page has: the link text stays, without the link.`,
    );
    return undefined;
  }
  context.warn(
    `links to #${anchor} in ${name}, which has no such heading: the link goes to the top of that page.`,
  );
  return path;
}
