import React from 'react';
import {render, screen} from '@testing-library/react';
import Heading from '@theme/Heading';
import MDXTable from '../Table';

function widths(scrollWidth: number, clientWidth: number) {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

const table = (
  <MDXTable>
    <tbody>
      <tr>
        <td>셀</td>
      </tr>
    </tbody>
  </MDXTable>
);

afterEach(() => jest.restoreAllMocks());

describe('a Markdown table', () => {
  it('takes keyboard focus when it is wider than the page and scrolls', () => {
    widths(900, 320);
    render(table);
    expect(screen.getByRole('table')).toHaveAttribute('tabindex', '0');
  });

  it('adds no tab stop when it fits', () => {
    widths(300, 320);
    render(table);
    expect(screen.getByRole('table')).not.toHaveAttribute('tabindex');
  });

  it('is named after the section it is in', () => {
    widths(300, 320);
    render(
      <article>
        <Heading as="h2" id="roles">
          역할 요청
          {/* eslint-disable-next-line @docusaurus/no-html-links -- the "#" link Docusaurus puts in a heading */}
          <a className="hash-link" href="#roles" aria-label="역할 요청에 대한 직접 링크">
            &#8203;
          </a>
        </Heading>
        {table}
      </article>,
    );
    expect(screen.getByRole('table', {name: '역할 요청'})).toBeInTheDocument();
  });
});
