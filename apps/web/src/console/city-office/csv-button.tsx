import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consoleProblemKey } from '../console-problem';
import { saveFile } from './save-file';

/** "Download CSV": `csv` makes the text (from the data on screen, or the route's own CSV), saved as `filename`. */
export function CsvButton({ filename, csv, label }: { filename: string; csv: () => Promise<string> | string; label: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: async () => saveFile(filename, await csv()) });
  return (
    <>
      <button type="button" className="secondary" disabled={download.isPending} onClick={() => download.mutate()}>
        {label}
      </button>
      {download.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(download.error))}
        </p>
      )}
    </>
  );
}
