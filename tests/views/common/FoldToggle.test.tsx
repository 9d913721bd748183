// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FoldToggle } from '../../../src/views/common/FoldToggle';

describe('FoldToggle', () => {
  it('offers the whole list by its size, says whose it is to screen readers, and reports a press', async () => {
    const onToggle = vi.fn();
    const { rerender } = render(
      <FoldToggle
        open={false}
        total={7}
        controls="list"
        onToggle={onToggle}
        noun="quotes"
        owner="Ana Ruiz"
      />,
    );
    const button = screen.getByRole('button', { name: 'Show all 7 quotes of Ana Ruiz' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'list');
    await userEvent.setup().click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<FoldToggle open total={7} controls="list" onToggle={onToggle} />);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });
});
