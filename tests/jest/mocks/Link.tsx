import type {ReactNode} from 'react';

interface Props {
  to: string;
  children: ReactNode;
  className?: string;
  /** Docusaurus's own option, not an HTML attribute. */
  autoAddBaseUrl?: boolean;
}

export default function Link({to, children, ...rest}: Props): ReactNode {
  const attributes: Record<string, unknown> = {...rest};
  delete attributes.autoAddBaseUrl;
  return (
    <a href={to} {...attributes}>
      {children}
    </a>
  );
}
