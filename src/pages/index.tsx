import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Search from '@site/src/components/Search';
import TaskLinks from '@site/src/components/TaskLinks';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.title', message: '파트너 센터에 로그인할 수 없을 때'})}
      description={translate({
        id: 'home.description',
        message:
          '파트너 센터에 로그인할 수 없을 때 암호 재설정, 전역 관리자 승격, 계정 정보 확인을 단계별로 안내하는 도움말입니다.',
      })}>
      <main>
        <section className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              <Translate id="home.heading">파트너 센터에 로그인할 수 없나요?</Translate>
            </Heading>
            <p className={styles.lead}>
              <Translate id="home.lead">
                암호를 잊었거나, 계정이 잠겼거나, 회사 확인이 끝나지 않아 로그인하지 못할 때 무엇을 해야 하는지 단계별로 안내합니다.
              </Translate>
            </p>
            <div className={styles.search}>
              <Search variant="hero" />
            </div>
          </div>
        </section>
        <section className="container margin-vert--lg">
          <Heading as="h2" className={styles.sectionTitle}>
            <Translate id="home.tasks.heading">어떤 도움이 필요하세요?</Translate>
          </Heading>
          <TaskLinks headingLevel="h3" />
          <p className={styles.start}>
            <Translate
              id="home.start"
              values={{
                link: (
                  <Link to="/partner-center/unable-to-sign-in">
                    <Translate id="home.start.link">파트너 센터에 로그인할 수 없는 경우</Translate>
                  </Link>
                ),
              }}>
              {'어디서 시작할지 모르겠다면 {link} 문서부터 읽어 보세요.'}
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
