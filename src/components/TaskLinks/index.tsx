import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export interface Task {
  to: string;
  title: string;
  description: string;
  /** One of the most-read articles, which search suggests when it finds nothing. */
  top?: boolean;
}

interface Props {
  /** The heading level that fits where the list is placed. */
  headingLevel?: 'h2' | 'h3';
  className?: string;
}

/** Every help page as a task, translated, in the sidebar's order. */
export function useAllTasks(): Task[] {
  return [
    {
      top: true,
      to: '/partner-center/unable-to-sign-in',
      title: translate({id: 'tasks.unableToSignIn.title', message: '파트너 센터에 로그인할 수 없는 경우'}),
      description: translate({
        id: 'tasks.unableToSignIn.description',
        message: '암호를 잊었고 도와줄 전역 관리자도 없을 때: 서비스 요청부터 암호 재설정까지',
      }),
    },
    {
      top: true,
      to: '/partner-center/reset-my-password',
      title: translate({id: 'tasks.resetMyPassword.title', message: '내 암호 재설정'}),
      description: translate({
        id: 'tasks.resetMyPassword.description',
        message: '로그인 화면에서 직접 새 암호를 설정하는 방법',
      }),
    },
    {
      top: true,
      to: '/partner-center/reset-a-user-password',
      title: translate({id: 'tasks.resetUserPassword.title', message: '사용자 암호 재설정'}),
      description: translate({
        id: 'tasks.resetUserPassword.description',
        message: '전역 관리자가 사용자에게 임시 암호를 만들어 주는 방법',
      }),
    },
    {
      to: '/partner-center/mfa',
      title: translate({id: 'tasks.mfa.title', message: '다단계 인증(MFA)으로 로그인'}),
      description: translate({
        id: 'tasks.mfa.description',
        message: '코드나 인증 앱을 요구할 때: 처음 등록하는 방법, 회사의 MFA 설정, 문의할 곳',
      }),
    },
    {
      to: '/partner-center/work-or-personal-account',
      title: translate({
        id: 'tasks.workOrPersonalAccount.title',
        message: '개인 계정이 아닌 회사 또는 학교 계정으로 로그인',
      }),
      description: translate({
        id: 'tasks.workOrPersonalAccount.description',
        message: '같은 주소에 계정이 두 개일 때 올바른 계정을 고르는 방법과 테넌트 확인',
      }),
    },
    {
      to: '/partner-center/missing-pages-roles',
      title: translate({
        id: 'tasks.missingPagesRoles.title',
        message: '로그인했지만 필요한 페이지가 보이지 않는 경우',
      }),
      description: translate({
        id: 'tasks.missingPagesRoles.description',
        message: '내 역할을 확인하는 두 가지 방법과 역할을 요청할 사람',
      }),
    },
    {
      to: '/partner-center/become-global-admin',
      title: translate({id: 'tasks.becomeGlobalAdmin.title', message: '회사의 전역 관리자 되기'}),
      description: translate({
        id: 'tasks.becomeGlobalAdmin.description',
        message: '도메인 소유권을 확인해 전역 관리자가 되고 사용자를 추가하는 방법',
      }),
    },
    {
      to: '/partner-center/suspended-account',
      title: translate({id: 'tasks.suspendedAccount.title', message: '일시 중단된 계정 복원'}),
      description: translate({
        id: 'tasks.suspendedAccount.description',
        message: '계정이 일시 중단되는 이유, 청구 상태 확인, 복원 요청',
      }),
    },
    {
      top: true,
      to: '/partner-center/verification-responses',
      title: translate({id: 'tasks.verification.title', message: '계정 정보 확인'}),
      description: translate({
        id: 'tasks.verification.description',
        message: '회사와 기본 연락처 확인 절차, 확인 메일이 오지 않을 때 할 일',
      }),
    },
  ];
}

/** The most-read articles: what search suggests when it finds nothing. */
export function useTasks(): Task[] {
  return useAllTasks().filter((task) => task.top);
}

/** Every help page, as the clear links a reader in trouble looks for first. */
export default function TaskLinks({headingLevel = 'h2', className}: Props): ReactNode {
  return (
    <ul className={clsx(styles.tasks, className)}>
      {useAllTasks().map((task) => (
        <li key={task.to} className={styles.task}>
          <Heading as={headingLevel} className={styles.title}>
            <Link to={task.to} className={styles.link}>
              {task.title}
            </Link>
          </Heading>
          <p className={styles.description}>{task.description}</p>
        </li>
      ))}
    </ul>
  );
}
