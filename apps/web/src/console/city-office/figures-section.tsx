import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton } from './csv-button';
import { type CsvCell, toCsv } from './csv';

export interface FiguresSectionProps {
  id: string;
  title: string;
  columns: string[];
  /** Undefined while loading. */
  rows: CsvCell[][] | undefined;
  failed: boolean;
  filename: string;
  /** The route's own CSV; without it, the CSV of the table on screen. */
  csv?: () => Promise<string>;
  /** Before the figures, whatever their state: what chooses them (a station, a month). */
  toolbar?: ReactNode;
  children?: ReactNode;
  /** After the figures, whatever their state: the forms that change them. */
  actions?: ReactNode;
}

/**
 * A city-office figure: a heading, what chooses it, what comes before the table (a chart, a summary), the table and
 * its CSV export, and the forms that change it.
 */
export function FiguresSection({ id, title, columns, rows, failed, filename, csv, toolbar, children, actions }: FiguresSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-heading`} className="figures">
      <h2 id={`${id}-heading`}>{title}</h2>
      {toolbar}
      {failed ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !rows ? (
        <p role="status">{t('console.loading')}</p>
      ) : (
        <>
          {children}
          {rows.length === 0 ? (
            <p>{t('cityOffice.noRows')}</p>
          ) : (
            <div className="table-scroll">
              <table aria-labelledby={`${id}-heading`}>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={index}>
                      {row.map((cell, column) => (
                        <td key={column}>{cell ?? '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CsvButton filename={filename} label={t('cityOffice.downloadCsv', { title })} csv={csv ?? (() => toCsv(columns, rows))} />
        </>
      )}
      {actions}
    </section>
  );
}
