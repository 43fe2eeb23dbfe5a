import type {ReactNode} from 'react';

export default function Link({to, children, ...rest}: {to: string; children: ReactNode; className?: string}): ReactNode {
  return <a href={to} {...rest}>{children}</a>;
}
