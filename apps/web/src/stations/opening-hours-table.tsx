import { useTranslation } from 'react-i18next';
import { type OpeningHours, openingHoursLines } from './opening-hours-lines';

/** A station's week, one row a day (exceptions by date, with their note), closed days said so. */
export function OpeningHoursTable({ hours }: { hours: OpeningHours }) {
  const { t } = useTranslation();
  return (
    <table className="hours">
      <tbody>
        {openingHoursLines(hours).map(({ day, intervals }) => {
          const label = typeof day === 'string' ? t(`weekday.${day}`) : day.note ? `${day.date} (${day.note})` : day.date;
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{intervals ? intervals.join(', ') : t('station.closed')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
