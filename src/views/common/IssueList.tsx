import type { Issue, IssueKind } from '../../data/types';
import type { Highlight } from './findHighlight';
import { ANY_TIME } from './highlightOf';
import { SourceQuotes } from './SourceQuotes';
import './common.css';

const ISSUE_LABELS: Record<IssueKind, string> = {
  'empty-article': 'Empty article',
  'no-race': 'No race found',
  'typo-time': 'Time with a typo',
  'ambiguous-time': 'Ambiguous time',
  'unreadable-time': 'Unreadable time',
  'ambiguous-name': 'Ambiguous name',
  'unresolved-reference': 'Unresolved reference',
  'gap-mismatch': 'Stated gap disagrees with the times',
  'place-time-order': 'Places and times disagree',
  'unplaced-fact': 'Fact not tied to a race',
  'date-unresolved': 'Date not resolved',
  'weekday-mismatch': 'Weekday does not match the date',
  reconstruction: 'Reconstructed value',
  'extraction-failed': 'Article could not be read',
};

const TIME_KINDS: ReadonlySet<IssueKind> = new Set([
  'typo-time',
  'ambiguous-time',
  'unreadable-time',
  'gap-mismatch',
]);

// Messages quote the text they are about ("“3:31:42” read as 3:31.42"): that text is what to mark.
function highlightOfIssue(issue: Issue): Highlight {
  const quoted = [...issue.message.matchAll(/[“"]([^”"]{1,80})[”"]/gu)].map((m) => m[1] ?? '');
  return [...quoted, ...(TIME_KINDS.has(issue.kind) ? [ANY_TIME] : [])];
}

interface IssueListProps {
  issues: readonly Issue[];
}

/** What the reader noticed while reading: each issue named, explained and quoted. */
export function IssueList({ issues }: IssueListProps) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => (
        // Issues have no id; their order in the dataset is stable for a given set of articles.
        <li key={`${issue.kind}-${i}`} className="issue">
          <p>
            <strong className="issue-kind">{ISSUE_LABELS[issue.kind]}</strong>: {issue.message}
          </p>
          <SourceQuotes sources={issue.sources} limit={3} highlight={highlightOfIssue(issue)} />
        </li>
      ))}
    </ul>
  );
}
