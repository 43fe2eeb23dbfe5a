import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import remarkMdxComponents from './plugins/remark-mdx-components';
import remarkLinks from './plugins/remark-links';
import rehypeSanitizeHtml from './plugins/rehype-sanitize-html';
import rehypeTableHeaders from './plugins/rehype-table-headers';
import rehypeTableNames from './plugins/rehype-table-names';
import englishOriginal from './plugins/english-original';
import {parseFrontMatterWithTranslation} from './plugins/english-original/frontMatter';
import {withRequiredTitle} from './plugins/required-title';
import translationCheck from './plugins/translation-check';
import withoutPrism from './plugins/without-prism';
import leanDocs from './plugins/lean-docs';
import remarkEnglishOriginal from './plugins/english-original/remark';
import featuredPages, {type Options as FeaturedPagesOptions} from './plugins/featured-pages';
import {readRedirects} from './lib/redirects';
import {EARLY_OPEN_SCRIPT} from './src/components/Search/earlyOpen';
import {NO_SCRIPT_STYLE} from './src/components/jsOnly';

// Docusaurus builds each locale in turn and sets this for the one being built.
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'ko';

const locales = ['ko', 'en'];
const mdxChecks = [remarkMdxComponents, {siteDir: __dirname, locales}];
const linkChecks = [remarkLinks, {siteDir: __dirname}];
// Strips pasted HTML that could run script (<script>, on*=, javascript: URLs, <iframe>).
const sanitizeHtml = [rehypeSanitizeHtml, {siteDir: __dirname}];

const siteTitle = {
  ko: '파트너 센터 로그인 도움말',
  en: 'Partner Center sign-in help',
}[locale];

const config = {
  title: siteTitle,
  tagline:
    locale === 'ko'
      ? '파트너 센터에 로그인할 수 없을 때 보는 도움말'
      : 'Help for when you cannot sign in to Partner Center',
  favicon: 'img/favicon.svg',
  // Canonical and hreflang URLs are absolute; set SITE_URL to the address the site is published at.
  url: process.env.SITE_URL ?? 'http://localhost:8080',
  baseUrl: '/',
  trailingSlash: false,
  // The banner's check runs at DOMContentLoaded, before scripts/postbuild/paint-first.ts starts
  // the bundles, so it would always fire. (It only helps while setting baseUrl up.)
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    parseFrontMatter: withRequiredTitle(__dirname, parseFrontMatterWithTranslation(__dirname)),
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  future: {
    v4: true,
  },

  i18n: {
    defaultLocale: 'ko',
    locales,
    localeConfigs: {
      ko: {label: '한국어', htmlLang: 'ko'},
      // Said outright, not inferred: `docusaurus build --locale en` alone (as bench:scale times each
      // locale) would otherwise build the English site for the root, over the Korean one.
      en: {label: 'English', htmlLang: 'en', baseUrl: '/en/'},
    },
  },

  presets: [
    [
      'classic',
      {
        // The docs plugin is in `plugins`, wrapped (plugins/lean-docs).
        docs: false,
        pages: {
          beforeDefaultRemarkPlugins: [mdxChecks, linkChecks],
          rehypePlugins: [sanitizeHtml, rehypeTableHeaders, rehypeTableNames],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  // Keeps a press of the search button made before the page's JavaScript runs (earlyOpen.ts).
  headTags: [
    {tagName: 'script', attributes: {}, innerHTML: EARLY_OPEN_SCRIPT},
    // Without JavaScript, the controls that need it are hidden (src/components/jsOnly.ts).
    {tagName: 'noscript', attributes: {}, innerHTML: NO_SCRIPT_STYLE},
  ],

  clientModules: [
    require.resolve('./src/clientModules/keepSection.ts'),
    require.resolve('./src/clientModules/prefetchOnIntent.ts'),
    require.resolve('./src/clientModules/sidebarToCurrent.ts'),
  ],
  plugins: [
    [
      leanDocs,
      {
        routeBasePath: '/',
        sidebarPath: './sidebars.ts',
        showLastUpdateTime: true,
        breadcrumbs: true,
        // The English original goes next to each Korean block (after mdxChecks has completed the
        // screenshots, before Docusaurus resolves links and heading ids).
        beforeDefaultRemarkPlugins: [
          mdxChecks,
          linkChecks,
          [remarkEnglishOriginal, {siteDir: __dirname}],
        ],
        rehypePlugins: [sanitizeHtml, rehypeTableHeaders, rehypeTableNames],
      } satisfies DocsOptions,
    ],
    translationCheck,
    withoutPrism,
    englishOriginal,
    [
      featuredPages,
      {
        // The pages the home page, the footer, the 404 page and the search box offer first, in order.
        pages: [
          'partner-center/unable-to-sign-in',
          'partner-center/reset-my-password',
          'partner-center/mfa',
          'partner-center/work-or-personal-account',
          'partner-center/missing-pages-roles',
          'partner-center/become-global-admin',
          'partner-center/reset-a-user-password',
          'partner-center/suspended-account',
          'partner-center/verification-responses',
        ],
      } satisfies FeaturedPagesOptions,
    ],
    [
      '@docusaurus/plugin-client-redirects',
      {
        // The source article linked to this misspelt address; old links must keep working.
        redirects: [
          {from: '/partner-center/reset-my-pasword', to: '/partner-center/reset-my-password'},
          // Microsoft's page that Restore a suspended account was written from: an import keeps
          // ours in its place (scripts/import-sxs/page-names.json), and its address leads here.
          {
            from: '/partner-center/suspended-partner-center-account',
            to: '/partner-center/suspended-account',
          },
          // Imported pages whose source name was not a page name (`some_page.md` → some-page).
          ...readRedirects(__dirname),
        ],
      } satisfies RedirectOptions,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: false},
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
    navbar: {
      title: siteTitle,
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'partnerCenter',
          position: 'left',
          label: '도움말 문서',
        },
        {
          type: 'localeDropdown',
          position: 'right',
          // Docusaurus names the menu's button only by the current language ("한국어"); a screen
          // reader should also hear what the menu is for. The name holds what the button shows on a
          // desktop (the language) and in the phone menu ("언어", "Languages"), so a reader who
          // speaks a visible label still reaches it (WCAG 2.5.3).
          'aria-label': locale === 'ko' ? '한국어, 언어' : 'English, Languages',
        },
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      copyright:
        '이 사이트는 Microsoft와 관련이 없는 독립 도움말입니다. 파트너 센터는 Microsoft의 제품입니다.',
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
