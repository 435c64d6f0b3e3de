import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWorkerSession } from '../session/use-session';
import { apiReportSender } from './api-report-sender';
import { openQueueDatabase, type QueuedReport, ReportQueue } from './report-queue';

/** The device's one queue of captured reports. */
export const reportQueue = new ReportQueue(() => openQueueDatabase(), apiReportSender);

/** The signed-in worker's reports on the device, re-read whenever the queue changes; undefined until first read. */
export function useQueuedReports(): QueuedReport[] | undefined {
  const reporterId = useWorkerSession()?.account.id;
  const [entries, setEntries] = useState<QueuedReport[]>();
  useEffect(() => {
    if (!reporterId) return;
    let mounted = true;
    const read = () => void reportQueue.entries(reporterId).then((all) => mounted && setEntries(all));
    read();
    const stop = reportQueue.subscribe(read);
    return () => {
      mounted = false;
      stop();
    };
  }, [reporterId]);
  return entries;
}

/** For a signed-in worker: sends the waiting reports when the app starts and whenever the connection comes back. */
export function useSendingQueuedReports(): void {
  const queryClient = useQueryClient();
  const reporterId = useWorkerSession()?.account.id;
  useEffect(() => {
    if (!reporterId) return;
    const flush = () => void reportQueue.flush(reporterId).then(() => queryClient.invalidateQueries({ queryKey: ['my-reports'] }));
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [reporterId, queryClient]);
}
