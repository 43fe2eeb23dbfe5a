import MDXComponents from '@theme-original/MDXComponents';
import ImagePlaceholder from '@site/src/components/ImagePlaceholder';
import Screenshot from '@site/src/components/Screenshot';
import Steps from '@site/src/components/Steps';
import Troubleshooter from '@site/src/components/Troubleshooter';
import UiLabel from '@site/src/components/UiLabel';
import MDXTable from './MDXComponents/Table';

export default {
  ...MDXComponents,
  // Bold marks the names of buttons and links the reader must select (Microsoft style).
  strong: UiLabel,
  // A table wider than the page takes keyboard focus, so it can be scrolled.
  table: MDXTable,
  Screenshot,
  // Written by the importer for a screenshot it could not find.
  ImagePlaceholder,
  Steps,
  Troubleshooter,
};
