import { useTranslation } from 'react-i18next';

export interface ProgressBar {
  label: string;
  target: number | null;
  planned: number;
  built: number;
  operating: number;
}

const ROW = 44;
const LABEL_WIDTH = 150;
const WIDTH = 760;
const SERIES = ['planned', 'built', 'operating'] as const;

/** Horizontal bars per district: planned, built and operating against the year's target (the dashed line). */
export function ProgressChart({ bars, title }: { bars: ProgressBar[]; title: string }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...bars.flatMap((bar) => [bar.target ?? 0, bar.planned]));
  const scale = (value: number) => (value / largest) * (WIDTH - LABEL_WIDTH - 60);

  return (
    <figure className="progress-chart">
      <svg role="img" aria-labelledby="progress-chart-title" viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 10}`} width="100%">
        <title id="progress-chart-title">{title}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 5;
          return (
            <g key={bar.label} data-testid="progress-bar">
              <text x={0} y={y + 22} className="chart-label">
                {bar.label}
              </text>
              {SERIES.map((series, row) => (
                <rect key={series} className={`bar-${series}`} x={LABEL_WIDTH} y={y + row * 11} height={10} width={scale(bar[series])}>
                  <title>{`${t(`cityOffice.series.${series}`)}: ${bar[series]}`}</title>
                </rect>
              ))}
              {bar.target !== null && (
                <line
                  className="bar-target"
                  x1={LABEL_WIDTH + scale(bar.target)}
                  x2={LABEL_WIDTH + scale(bar.target)}
                  y1={y - 2}
                  y2={y + 34}
                >
                  <title>{`${t('cityOffice.series.target')}: ${bar.target}`}</title>
                </line>
              )}
              <text x={LABEL_WIDTH + scale(Math.max(bar.planned, bar.target ?? 0)) + 6} y={y + 22} className="chart-value">
                {bar.built}/{bar.target ?? bar.planned}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {[...SERIES, 'target' as const].map((series) => (
            <li key={series} className={`legend-${series}`}>
              {t(`cityOffice.series.${series}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
