import MDXComponents from '@theme-original/MDXComponents';
import Screenshot from '@site/src/components/Screenshot';
import Steps from '@site/src/components/Steps';
import Troubleshooter from '@site/src/components/Troubleshooter';
import UiLabel from '@site/src/components/UiLabel';

export default {
  ...MDXComponents,
  // Bold marks the names of buttons and links the reader must select (Microsoft style).
  strong: UiLabel,
  Screenshot,
  Steps,
  Troubleshooter,
};
