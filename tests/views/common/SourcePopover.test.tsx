// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SourcePopover } from '../../../src/views/common/SourcePopover';
import { ARTICLES, span } from './datasetFixture';
import { renderWithStore } from './renderWithStore';

const sources = [span('001_paris.txt', '3:27.65'), span('002_paris.txt', '3:27.65')];

describe('SourcePopover', () => {
  it('hovering the value shows each source article and its sentence, the quote highlighted', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <SourcePopover title="Time of Cole Hocker" sources={sources}>
        3:27.65
      </SourcePopover>,
    );
    await user.hover(screen.getByRole('button', { name: '3:27.65' }));
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getByText('Time of Cole Hocker')).toBeInTheDocument();
    expect(within(tip).getByText('001_paris.txt')).toBeInTheDocument();
    expect(within(tip).getByText('002_paris.txt')).toBeInTheDocument();
    const marks = tip.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['3:27.65', '3:27.65']);
    expect(tip).toHaveTextContent('Hocker won in an Olympic record time of 3:27.65.');
    expect(screen.getByRole('button', { name: '3:27.65' })).toHaveAccessibleDescription(
      /Time of Cole Hocker/,
    );
  });

  it('keyboard focus opens the popover and Escape closes it', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <SourcePopover title="Time" sources={sources}>
        3:27.65
      </SourcePopover>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: '3:27.65' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab({ shift: true });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('moving the pointer away closes the popover after a short delay', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <SourcePopover title="Time" sources={sources}>
        3:27.65
      </SourcePopover>,
    );
    const button = screen.getByRole('button', { name: '3:27.65' });
    await user.hover(button);
    await user.unhover(button);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('renders markup in a quote as text, never as HTML', async () => {
    const user = userEvent.setup();
    const text = 'He wrote <img src=x onerror="alert(1)"> and ran 3:31.00.';
    const start = text.indexOf('<img');
    const quote = '<img src=x onerror="alert(1)">';
    renderWithStore(
      <SourcePopover
        title="Payload"
        sources={[{ article: 'evil.txt', start, end: start + quote.length, quote }]}
      >
        value
      </SourcePopover>,
      undefined,
      [...ARTICLES, { name: 'evil.txt', text }],
    );
    await user.hover(screen.getByRole('button', { name: 'value' }));
    const tip = screen.getByRole('tooltip');
    expect(tip.querySelector('img')).toBeNull();
    expect(within(tip).getByText(quote)).toBeInTheDocument();
  });

  it('says so when a value has no quote', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <SourcePopover title="Derived" sources={[]}>
        x
      </SourcePopover>,
    );
    await user.hover(screen.getByRole('button', { name: 'x' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('No quote in the articles.');
  });
});
