import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import {PLUGIN_NAME, type FeaturedPagesGlobalData} from '@site/plugins/featured-pages/constants';
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

/**
 * The pages the site features (listed once, in docusaurus.config.ts), with their own titles and
 * descriptions in the reader's language; also the search box's suggestions.
 */
export function useTasks(): Task[] {
  const {pages} = usePluginData(PLUGIN_NAME) as FeaturedPagesGlobalData;
  return pages.map(({permalink, title, description}) => ({to: permalink, title, description}));
}

/** The featured pages, as the clear links a reader in trouble looks for first. */
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
