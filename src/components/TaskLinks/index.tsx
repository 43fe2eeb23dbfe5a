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
}

interface Props {
  /** The heading level that fits where the list is placed. */
  headingLevel?: 'h2' | 'h3';
  className?: string;
}

/** The site's four tasks, translated; also the search box's suggestions. */
export function useTasks(): Task[] {
  return [
    {
      to: '/partner-center/unable-to-sign-in',
      title: translate({id: 'tasks.unableToSignIn.title', message: '파트너 센터에 로그인할 수 없는 경우'}),
      description: translate({
        id: 'tasks.unableToSignIn.description',
        message: '암호를 잊었고 도와줄 전역 관리자도 없을 때: 서비스 요청부터 암호 재설정까지',
      }),
    },
    {
      to: '/partner-center/reset-my-password',
      title: translate({id: 'tasks.resetMyPassword.title', message: '내 암호 재설정'}),
      description: translate({
        id: 'tasks.resetMyPassword.description',
        message: '로그인 화면에서 직접 새 암호를 설정하는 방법',
      }),
    },
    {
      to: '/partner-center/reset-a-user-password',
      title: translate({id: 'tasks.resetUserPassword.title', message: '사용자 암호 재설정'}),
      description: translate({
        id: 'tasks.resetUserPassword.description',
        message: '전역 관리자가 직원에게 임시 암호를 발급하는 방법',
      }),
    },
    {
      to: '/partner-center/verification-responses',
      title: translate({id: 'tasks.verification.title', message: '계정 정보 확인'}),
      description: translate({
        id: 'tasks.verification.description',
        message: '회사와 기본 연락처 확인 절차, 확인 메일이 오지 않을 때 할 일',
      }),
    },
  ];
}

/** The site's four tasks, as the clear links a reader in trouble looks for first. */
export default function TaskLinks({headingLevel = 'h2', className}: Props): ReactNode {
  return (
    <ul className={clsx(styles.tasks, className)}>
      {useTasks().map((task) => (
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
