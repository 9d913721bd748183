import './common.css';

/** Says how values are drawn: stated vs computed, the article count, the conflict mark. */
export function FactLegend() {
  return (
    <ul className="fact-legend" aria-label="How to read the values">
      <li>
        <span className="legend-sample fact-stated">1:23.45</span> stated in an article
      </li>
      <li>
        <span className="legend-sample fact-derived">+0.10</span> computed by the app
      </li>
      <li>
        <span className="legend-sample fact-count">×2</span> number of articles that support it
      </li>
      <li>
        <span className="legend-sample legend-conflict" aria-hidden="true">
          ⚠
        </span>{' '}
        articles disagree
      </li>
    </ul>
  );
}
