import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';

/**
 * The worker's inbox, newest first; a new message arrives without a reload (live/use-live-updates.ts). What the
 * worker sees is marked read up to the newest, so the home screen's count drops, while the marks stay on this visit.
 */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: async (upTo: string) => dataOf(await api.POST('/api/v1/me/notifications/read', { body: { upTo } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['home'] }),
  });
  const inbox = useInfiniteQuery({
    queryKey: ['notifications'],
    queryFn: async ({ pageParam }) =>
      dataOf(await api.GET('/api/v1/me/notifications', { params: { query: { cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const messages = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const newestUnread = messages[0]?.readAt === null ? messages[0].id : undefined;
  const { mutate: markReadUpTo } = markRead;
  useEffect(() => {
    if (newestUnread) markReadUpTo(newestUnread);
  }, [newestUnread, markReadUpTo]);

  return (
    <main className="page">
      <h1>{t('notifications.title')}</h1>
      {inbox.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !inbox.data ? (
        <p role="status">{t('notifications.loading')}</p>
      ) : messages.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ol className="notifications" aria-label={t('notifications.list')}>
          {messages.map((message) => (
            <li key={message.id} className={message.readAt ? undefined : 'unread'}>
              <article aria-labelledby={`notification-${message.id}`}>
                <h2 id={`notification-${message.id}`}>
                  {message.readAt === null && <span className="badge">{t('notifications.unread')}</span>} {message.title}
                </h2>
                <p>{message.body}</p>
                <p className="meta">
                  <time dateTime={message.createdAt}>{dateTime.format(new Date(message.createdAt))}</time>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {inbox.hasNextPage && (
        <button type="button" onClick={() => void inbox.fetchNextPage()} disabled={inbox.isFetchingNextPage}>
          {t('notifications.more')}
        </button>
      )}
    </main>
  );
}
