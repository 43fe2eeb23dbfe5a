import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import Search from '@site/src/components/Search';
import TaskLinks from '@site/src/components/TaskLinks';
import Troubleshooter from '@site/src/components/Troubleshooter';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.title', message: '파트너 센터에 로그인할 수 없을 때'})}
      description={translate({
        id: 'home.description',
        message:
          '파트너 센터에 로그인할 수 없을 때 암호 재설정, 다단계 인증, 계정 선택, 역할, 전역 관리자, 일시 중단된 계정, 계정 정보 확인을 단계별로 안내하는 도움말입니다.',
      })}>
      <main>
        <section className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              <Translate id="home.heading">파트너 센터에 로그인할 수 없나요?</Translate>
            </Heading>
            <p className={styles.lead}>
              <Translate id="home.lead">
                암호를 잊었을 때, 파트너 센터가 다단계 인증을 요구할 때, 다른 계정으로 로그인되었을
                때, 로그인했지만 필요한 페이지가 보이지 않을 때 해야 할 일을 단계별로 안내합니다.
              </Translate>
            </p>
            <div className={styles.search}>
              <Search variant="hero" />
            </div>
          </div>
        </section>
        <section className="container margin-vert--lg">
          <Heading as="h2" className={styles.sectionTitle}>
            <Translate id="home.troubleshooter.heading">어떤 문제가 있나요?</Translate>
          </Heading>
          <Troubleshooter />
          <Heading as="h2" className={styles.sectionTitle}>
            <Translate id="home.tasks.heading">주요 도움말</Translate>
          </Heading>
          <TaskLinks headingLevel="h3" />
        </section>
      </main>
    </Layout>
  );
}
