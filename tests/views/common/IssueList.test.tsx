// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/views/common/IssueList';
import { span } from './datasetFixture';
import { renderWithStore } from './renderWithStore';

describe('IssueList', () => {
  it('IssueList names each issue, explains it and quotes where it is', () => {
    renderWithStore(
      <IssueList
        issues={[
          {
            kind: 'typo-time',
            message: '“3:27:65” read as 3:27.65',
            sources: [span('004_lausanne.txt', '3:27:65')],
          },
        ]}
      />,
    );
    const item = screen.getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent('Time with a typo: “3:27:65” read as 3:27.65');
    expect(within(item).getByText('004_lausanne.txt')).toBeInTheDocument();
  });
});
