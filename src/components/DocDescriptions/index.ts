/**
 * The descriptions of the docs a generated index page lists, by doc id: given to the page in its
 * route props by plugins/lean-docs (which takes them out of every page's first load), and read
 * by the page's cards (src/theme/DocCard).
 */
import {createContext, useContext} from 'react';

/** What a generated index page's cards show under each doc's title, by doc id. */
export type DocDescriptions = Readonly<Record<string, string>>;

export const DocDescriptionsContext = createContext<DocDescriptions>({});

export function useDocDescription(docId: string | undefined): string | undefined {
  const descriptions = useContext(DocDescriptionsContext);
  return docId === undefined ? undefined : descriptions[docId];
}
