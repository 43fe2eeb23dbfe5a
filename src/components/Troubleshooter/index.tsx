import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Trouble {
  /** What happens, in the reader's own words. */
  problem: string;
  /** Where the link leads, in a few words. */
  description: string;
  to: string;
}

interface Props {
  className?: string;
}

/** The ways a sign-in goes wrong, as readers say them, each with the page that helps. */
export function useTroubles(): Trouble[] {
  return [
    {
      problem: translate({id: 'troubleshooter.forgotPassword', message: '암호를 잊었어요'}),
      description: translate({
        id: 'troubleshooter.forgotPassword.description',
        message: '로그인 화면에서 직접 새 암호를 설정하거나 전역 관리자에게 재설정을 요청합니다.',
      }),
      to: '/partner-center/reset-my-password',
    },
    {
      problem: translate({
        id: 'troubleshooter.mfa',
        message: '인증 코드나 Authenticator 앱을 요구해요',
      }),
      description: translate({
        id: 'troubleshooter.mfa.description',
        message: '다단계 인증(MFA)을 처음 등록하는 방법과, MFA 때문에 로그인할 수 없을 때 문의할 곳을 안내합니다.',
      }),
      to: '/partner-center/mfa',
    },
    {
      problem: translate({
        id: 'troubleshooter.wrongAccount',
        message: '계정이 없다고 나오거나 다른 계정으로 로그인돼요',
      }),
      description: translate({
        id: 'troubleshooter.wrongAccount.description',
        message: '개인 계정이 아닌 회사 또는 학교 계정을 고르는 방법을 안내합니다.',
      }),
      to: '/partner-center/work-or-personal-account',
    },
    {
      problem: translate({
        id: 'troubleshooter.missingPages',
        message: '로그인은 되는데 고객, 청구 같은 페이지가 안 보여요',
      }),
      description: translate({
        id: 'troubleshooter.missingPages.description',
        message: '내 역할을 확인하고 필요한 역할을 요청하는 방법을 안내합니다.',
      }),
      to: '/partner-center/missing-pages-roles',
    },
    {
      problem: translate({id: 'troubleshooter.suspended', message: '계정이 일시 중단되었어요'}),
      description: translate({
        id: 'troubleshooter.suspended.description',
        message: '일시 중단되는 이유와, 청구 상태를 확인하고 계정 복원을 요청하는 방법을 안내합니다.',
      }),
      to: '/partner-center/suspended-account',
    },
    {
      problem: translate({id: 'troubleshooter.noGlobalAdmin', message: '회사에 전역 관리자가 없어요'}),
      description: translate({
        id: 'troubleshooter.noGlobalAdmin.description',
        message: '도메인을 확인해 전역 관리자가 되는 방법과, 전역 관리자가 퇴사했을 때 할 일을 안내합니다.',
      }),
      to: '/partner-center/become-global-admin',
    },
  ];
}

/**
 * "What happens when you sign in?": a plain list of links, so every choice is visible and works
 * without JavaScript, by keyboard and with a screen reader. The heading comes from where it is put.
 * Left out of the search index: its words describe other pages.
 */
export default function Troubleshooter({className}: Props): ReactNode {
  return (
    <ul className={clsx(styles.troubles, className)} data-pagefind-ignore="all">
      {useTroubles().map((trouble) => (
        <li key={trouble.to} className={styles.trouble}>
          <Link to={trouble.to} className={styles.problem}>
            {trouble.problem}
          </Link>
          <p className={styles.description}>{trouble.description}</p>
        </li>
      ))}
    </ul>
  );
}
