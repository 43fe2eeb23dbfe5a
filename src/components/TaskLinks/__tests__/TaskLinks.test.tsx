import React from 'react';
import {render, screen, within} from '@testing-library/react';
import TaskLinks from '../index';
// The site's featured pages, as the plugin gives them (kept equal to the site by
// tests/build/featured-pages-fixture.test.ts).
import featured from '@site/tests/jest/featured-pages.ko.json';

describe('TaskLinks', () => {
  it('offers every featured page, in order, as a link to it under its own title', () => {
    render(<TaskLinks />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(featured.length).toBeGreaterThan(4);
    expect(items).toHaveLength(featured.length);
    featured.forEach(({title, description, permalink}, index) => {
      const item = within(items[index]!);
      expect(item.getByRole('link', {name: title})).toHaveAttribute('href', permalink);
      expect(item.getByText(description)).toBeInTheDocument();
    });
  });

  it('uses the heading level of the place it is put in', () => {
    render(<TaskLinks headingLevel="h3" />);
    expect(screen.getAllByRole('heading', {level: 3})).toHaveLength(featured.length);
  });
});
