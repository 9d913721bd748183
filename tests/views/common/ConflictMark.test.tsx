// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictMark, conflictAnchorId } from '../../../src/views/common/ConflictMark';
import { parisDataset } from './datasetFixture';

describe('ConflictMark', () => {
  const conflict = parisDataset().conflicts[0]!;

  it('ConflictMark is a ⚠ button whose name says what the articles disagree about', () => {
    render(<ConflictMark conflicts={[conflict]} />);
    expect(
      screen.getByRole('button', { name: /^Conflict: The articles give different times for Cole Hocker/ }),
    ).toHaveTextContent('⚠');
  });

  it('activating the mark moves focus to the conflict in the list', async () => {
    const user = userEvent.setup();
    Element.prototype.scrollIntoView = vi.fn();
    render(
      <>
        <ConflictMark conflicts={[conflict]} />
        <div id={conflictAnchorId(conflict)} tabIndex={-1}>
          details
        </div>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /Conflict/ }));
    expect(screen.getByText('details')).toHaveFocus();
  });

  it('renders nothing without conflicts', () => {
    const { container } = render(<ConflictMark conflicts={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
