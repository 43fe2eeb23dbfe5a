import React, {Children, type ComponentProps, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';

type Props = ComponentProps<'code'>;

function isInline({children}: Props): boolean {
  return (
    children !== undefined &&
    Children.toArray(children).every((child) => typeof child === 'string' && !child.includes('\n'))
  );
}

// Ejected: the original renders code blocks with CodeBlock, which brings Prism into every help
// page's first load (plugins/without-prism takes out the rest of it). These pages only use
// inline code (`onmicrosoft.com`); a block, should one appear, shows as plain preformatted text.
export default function MDXCode(props: Props): ReactNode {
  if (isInline(props)) {
    return <CodeInline {...props} />;
  }
  return (
    // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre tabIndex={0}>
      <code className={props.className}>{props.children}</code>
    </pre>
  );
}
