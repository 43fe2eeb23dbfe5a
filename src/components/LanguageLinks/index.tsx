import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@site/src/internals';
import {translate} from '@docusaurus/Translate';
import IconLanguage from '@theme/Icon/Language';
import styles from './styles.module.css';

/**
 * This page in the other languages, as plain links. The navbar's language menu needs JavaScript on
 * small screens (it lives in the mobile menu); these links work everywhere, with JavaScript off too.
 */
export default function LanguageLinks(): ReactNode {
  const {
    i18n: {currentLocale, locales, localeConfigs},
  } = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const others = locales.filter((locale) => locale !== currentLocale);
  return (
    <nav
      className={styles.languageLinks}
      aria-label={translate({
        id: 'languageLinks.label',
        message: '이 페이지의 다른 언어',
        description: 'Accessible name of the footer links to this page in other languages',
      })}>
      <ul className={styles.list}>
        {others.map((locale) => {
          const {htmlLang, label} = localeConfigs[locale]!;
          return (
            <li key={locale}>
              {/* pathname:// makes a full page load to the other locale's build, as the language menu does. */}
              <Link
                className={styles.link}
                to={`pathname://${createUrl({locale, fullyQualified: false})}`}
                autoAddBaseUrl={false}
                target="_self"
                hrefLang={htmlLang}
                lang={htmlLang}>
                <IconLanguage width={18} height={18} aria-hidden className={styles.icon} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
