import React, {type ReactNode} from 'react';
import Search from '@site/src/components/Search';

/** The navbar's search slot (the classic theme leaves it empty): the site's own Pagefind search. */
export default function SearchBar(): ReactNode {
  return <Search variant="navbar" />;
}
