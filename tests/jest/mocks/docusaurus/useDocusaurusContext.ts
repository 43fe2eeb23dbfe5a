// The Korean (default-locale) site: what components read from the Docusaurus context.
const context = {
  siteConfig: {baseUrl: '/', title: '파트너 센터 로그인 도움말'},
  i18n: {
    defaultLocale: 'ko',
    currentLocale: 'ko',
    locales: ['ko', 'en'],
    localeConfigs: {
      ko: {label: '한국어', htmlLang: 'ko', path: 'ko', baseUrl: '/'},
      en: {label: 'English', htmlLang: 'en', path: 'en', baseUrl: '/en/'},
    },
  },
};

export default function useDocusaurusContext(): typeof context {
  return context;
}
