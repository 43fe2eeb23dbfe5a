import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Footer/Layout';
import type LayoutType from '@theme/Footer/Layout';
import FooterLinks from '@theme/Footer/Links';
import {translate} from '@docusaurus/Translate';
import type {WrapperProps} from '@docusaurus/types';
import {useTasks} from '@site/src/components/TaskLinks';
import SitePeriod from '@site/src/components/SitePeriod';

type Props = WrapperProps<typeof LayoutType>;

// The footer's links are the featured pages (one list, in docusaurus.config.ts), not a copy of them
// in themeConfig.footer. Under the copyright, every page says once which period the help is based on.
export default function FooterLayoutWrapper(props: Props): ReactNode {
  const tasks = useTasks();
  const links = [
    {
      title: translate({
        id: 'footer.help.title',
        message: '도움말',
        description: 'The footer column of featured pages',
      }),
      items: tasks.map(({to, title}) => ({label: title, to})),
    },
  ];
  const copyright = (
    <>
      {props.copyright}
      <SitePeriod />
    </>
  );
  return <Layout {...props} links={<FooterLinks links={links} />} copyright={copyright} />;
}
