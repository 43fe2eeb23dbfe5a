import React from 'react';
import {render, screen} from '@testing-library/react';
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

  it('keeps the name the build gives it (plugins/rehype-table-names)', () => {
    widths(300, 320);
    render(
      <MDXTable aria-label="역할 요청">
        <tbody>
          <tr>
            <td>셀</td>
          </tr>
        </tbody>
      </MDXTable>,
    );
    expect(screen.getByRole('table', {name: '역할 요청'})).toBeInTheDocument();
  });
});
