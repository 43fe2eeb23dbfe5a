/**
 * The one HTML reader of the post-build steps. It streams a page through htmlparser2's tokenizer
 * and reports each tag with its offsets in the text, without building a tree: the steps cut or
 * insert by offset, so every other byte of the page stays as Docusaurus wrote it.
 *
 * Why not a tree (hast-util-from-html, which these steps used before): every page carries the
 * sidebar's top level, so the HTML of a page grows with the size of the site, and building a full
 * spec-compliant tree of each page made the post-build steps grow faster than the page count
 * (1,000 pages: 104 s for paint-first and security-headers alone). The tokenizer reads
 * the same pages about ten times faster. Script contents come back raw, as a browser runs them
 * (and as CSP hashes them); attribute values come back decoded.
 */
import {Parser} from 'htmlparser2';

export interface Tag {
  /** lower case */
  name: string;
  attributes: Record<string, string>;
  /** Offset of the tag's `<`. */
  start: number;
  /** Offset just past the tag's `>`. */
  end: number;
  /** How many elements are open around it. */
  depth: number;
}

export interface HtmlHandlers {
  open?(tag: Tag): void;
  /**
   * An element ends. `start`/`end` are the offsets of its end tag; an element closed without one
   * (a void element, a `<p>` closed by the next block) reports `implied`.
   */
  close?(end: {name: string; start: number; end: number; depth: number; implied: boolean}): void;
  /** Text, raw inside <script> and <style>, decoded elsewhere. May come in several pieces. */
  text?(text: string, depth: number): void;
}

/** Reads `html` from start to end, calling the handlers in document order. */
export function scanHtml(html: string, handlers: HtmlHandlers): void {
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        handlers.open?.({
          name,
          attributes,
          start: parser.startIndex,
          end: parser.endIndex + 1,
          depth,
        });
        depth += 1;
      },
      onclosetag(name, implied) {
        depth -= 1;
        handlers.close?.({
          name,
          start: parser.startIndex,
          end: parser.endIndex + 1,
          depth,
          implied,
        });
      },
      ontext(text) {
        handlers.text?.(text, depth);
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true},
  );
  parser.end(html);
}
