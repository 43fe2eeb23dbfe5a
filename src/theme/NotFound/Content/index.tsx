import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import TaskLinks from '@site/src/components/TaskLinks';

// Ejected rather than wrapped: the task links must sit inside the page's <main> landmark, which
// the original component renders itself. It also names the page in <title>: an unknown address
// is answered by the docs' catch-all route, which renders this content alone, without the
// original 404 page's metadata, so the tab said only the site's name.
export default function NotFoundContent({className}: Props): ReactNode {
  const title = translate({
    id: 'theme.NotFound.title',
    message: '페이지를 찾을 수 없습니다',
    description: 'The title of the 404 page',
  });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata title={title} />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            {title}
          </Heading>
          <p>
            <Translate id="notFound.lead" description="Paragraph under the 404 title">
              주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 아래 문서 중 하나에서 찾던 도움말을
              확인해 보세요.
            </Translate>
          </p>
          <TaskLinks />
        </div>
      </div>
    </main>
  );
}
