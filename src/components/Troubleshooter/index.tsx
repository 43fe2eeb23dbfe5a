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
      problem: translate({
        id: 'troubleshooter.forgotPassword',
        message: '암호(비밀번호)를 잊어버렸어요',
      }),
      description: translate({
        id: 'troubleshooter.forgotPassword.description',
        message:
          '먼저 누구에게 요청할지(전역 관리자나 간접 공급자), 직접 재설정할 수 있는 경우, 도와줄 사람이 없을 때 할 일을 안내합니다.',
      }),
      to: '/partner-center/unable-to-sign-in#forgot-password',
    },
    {
      problem: translate({id: 'troubleshooter.accountLocked', message: '계정이 잠겼다고 나와요'}),
      description: translate({
        id: 'troubleshooter.accountLocked.description',
        message: '로그인에 여러 번 실패해 계정이 잠겼을 때 할 일과 도움을 요청할 곳을 안내합니다.',
      }),
      to: '/partner-center/unable-to-sign-in#account-locked',
    },
    {
      problem: translate({
        id: 'troubleshooter.mfaCode',
        message: '인증 코드를 받을 수 없어요(휴대폰을 바꾸었거나 잃어버린 경우 등)',
      }),
      description: translate({
        id: 'troubleshooter.mfaCode.description',
        message:
          '다단계 인증(MFA) 코드를 받을 수 없을 때 누구에게 요청할지, 본인이 유일한 전역 관리자이면 어디에 전화할지 안내합니다.',
      }),
      to: '/partner-center/mfa#locked-out',
    },
    {
      problem: translate({
        id: 'troubleshooter.mfa',
        message: '“추가 정보 필요” 화면이 나와요',
      }),
      description: translate({
        id: 'troubleshooter.mfa.description',
        message: '다단계 인증(MFA)을 처음 등록하는 방법을 안내합니다.',
      }),
      to: '/partner-center/mfa#register',
    },
    {
      problem: translate({
        id: 'troubleshooter.wrongAccount',
        message: '계정이 없다고 나오거나 다른 계정으로 로그인돼요',
      }),
      description: translate({
        id: 'troubleshooter.wrongAccount.description',
        message:
          '회사 또는 학교 계정을 고르는 방법과, 회사 테넌트에 사용자로 추가되지 않았을 때 할 일을 안내합니다.',
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
        message:
          '어떤 역할이 어떤 페이지를 여는지, 내 역할을 확인하고 필요한 역할을 요청하는 방법을 안내합니다.',
      }),
      to: '/partner-center/missing-pages-roles',
    },
    {
      problem: translate({
        id: 'troubleshooter.whoIsGlobalAdmin',
        message: '우리 회사 전역 관리자가 누군지 몰라요',
      }),
      description: translate({
        id: 'troubleshooter.whoIsGlobalAdmin.description',
        message:
          '역할을 줄 수 있는 관리자를 파트너 센터에서 찾는 방법과, 찾을 수 없을 때 물어볼 곳을 안내합니다.',
      }),
      to: '/partner-center/missing-pages-roles#ask-for-a-role',
    },
    {
      problem: translate({
        id: 'troubleshooter.noGlobalAdmin',
        message: '회사에 전역 관리자가 아직 없어요',
      }),
      description: translate({
        id: 'troubleshooter.noGlobalAdmin.description',
        message:
          '도메인을 확인해 전역 관리자가 되는 방법과, 도메인이 확인되지 않을 때 할 일을 안내합니다.',
      }),
      to: '/partner-center/become-global-admin',
    },
    {
      problem: translate({
        id: 'troubleshooter.globalAdminLeft',
        message: '전역 관리자가 퇴사했어요',
      }),
      description: translate({
        id: 'troubleshooter.globalAdminLeft.description',
        message: 'Microsoft 지원이나 간접 공급자를 통해 새 전역 관리자를 정하는 방법을 안내합니다.',
      }),
      to: '/partner-center/reset-my-password#global-admin-has-left',
    },
    {
      problem: translate({
        id: 'troubleshooter.resetUserPassword',
        message: '직원이 암호를 잊어서 재설정해 줘야 해요',
      }),
      description: translate({
        id: 'troubleshooter.resetUserPassword.description',
        message:
          '전역 관리자가 임시 암호를 만들어, 사용자가 로그인하지 않고도 받을 수 있는 방법으로 전하는 과정을 안내합니다.',
      }),
      to: '/partner-center/reset-a-user-password',
    },
    {
      problem: translate({
        id: 'troubleshooter.suspended',
        message: '계정이 일시 중단(정지)되었어요',
      }),
      description: translate({
        id: 'troubleshooter.suspended.description',
        message:
          '일시 중단되는 이유와, 청구 상태를 확인하고 계정 복원을 요청하는 방법을 안내합니다.',
      }),
      to: '/partner-center/suspended-account',
    },
    {
      problem: translate({
        id: 'troubleshooter.verification',
        message: '확인 메일이 안 오거나 회사 확인이 보류 중이에요',
      }),
      description: translate({
        id: 'troubleshooter.verification.description',
        message:
          'Microsoft가 확인하는 항목과, 확인 메일을 다시 받는 방법, 서류를 보내는 방법, 기본 연락처가 퇴사했을 때 할 일을 안내합니다.',
      }),
      to: '/partner-center/verification-responses',
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
