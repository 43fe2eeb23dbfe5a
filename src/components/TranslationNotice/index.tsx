import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  type: 'machine' | 'human';
  status: 'current' | 'outdated';
  /** The English page, in the other locale's site (a full path, not routed by this locale). */
  englishUrl: string;
}

/**
 * Tells the reader how far to trust the Korean: machine translated, or possibly behind an English
 * page that changed after it was translated. A current human translation needs no notice.
 */
export default function TranslationNotice({type, status, englishUrl}: Props): ReactNode {
  if (type === 'human' && status === 'current') {
    return null;
  }
  const link = (
    // The English page is a different locale build: a full page load, as the language menu does.
    <Link to={`pathname://${englishUrl}`} target="_self" autoAddBaseUrl={false} hrefLang="en">
      <Translate
        id="translationNotice.link"
        description="Link from a translation notice to the English page">
        영어 원문
      </Translate>
    </Link>
  );
  return (
    <div
      role="note"
      className={clsx('alert alert--secondary', styles.notice)}
      // About the page, not its content: not for the search index.
      data-pagefind-ignore="all">
      {type === 'machine' && (
        <p>
          <Translate
            id="translationNotice.machine"
            description="Notice on a Korean page that was machine translated from English">
            이 페이지는 영어 원문을 기계 번역한 것입니다.
          </Translate>
        </p>
      )}
      {status === 'outdated' && (
        <p>
          <Translate
            id="translationNotice.outdated"
            description="Notice on a Korean page whose English original changed after it was translated">
            이 페이지를 번역한 뒤 영어 원문이 바뀌어 최신 내용이 반영되지 않았을 수 있습니다.
          </Translate>
        </p>
      )}
      <p>
        <Translate
          id="translationNotice.readOriginal"
          description="Sentence pointing to the English page; {link} is the link 'English original'"
          values={{link}}>
          {'정확한 내용은 {link}을 확인하세요.'}
        </Translate>
      </p>
    </div>
  );
}
