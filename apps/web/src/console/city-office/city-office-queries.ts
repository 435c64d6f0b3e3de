import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';

export type Station = Schemas['StationViewDto_Output'];

/** The city's districts, and a district's name in the console's language (its code while the map is not known). */
export function useDistricts() {
  const { t, i18n } = useTranslation();
  const districts = useQuery({
    queryKey: ['areas', 'district'],
    queryFn: async () => dataOf(await api.GET('/api/v1/areas', { params: { query: { level: 'district', limit: 100 } } })),
    staleTime: 60 * 60_000,
  });
  const items = districts.data?.items ?? [];
  const nameOf = (code: string | null): string => {
    if (code === null) return t('cityOffice.noDistrict');
    const area = items.find((item) => item.code === code);
    return area ? (i18n.language === 'en' ? area.nameEn : area.nameZh) : code;
  };
  return { items, nameOf };
}

export const CATEGORIES = ['report-categories'];

/** The active report categories, in the city's order. */
export function useCategories() {
  return useQuery({
    queryKey: CATEGORIES,
    queryFn: async () => dataOf(await api.GET('/api/v1/report-categories')).items,
    staleTime: 60 * 60_000,
  });
}

/** The departments reports are routed to, and a department's name (its code when it is not known). */
export function useDepartments() {
  const { i18n } = useTranslation();
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: async () => dataOf(await api.GET('/api/v1/departments')),
    staleTime: 10 * 60_000,
  });
  const items = departments.data?.items ?? [];
  const nameOf = (code: string): string => {
    const department = items.find((item) => item.code === code);
    return department ? localized(department.name, i18n.language) : code;
  };
  return { items, nameOf };
}

/**
 * Every station of the registry, page after page (the public list has no status filter; a city's programme is a
 * few thousand stations, `MAX_PAGES` pages of 100 at most).
 */
const MAX_PAGES = 50;

export function useAllStations() {
  return useQuery({
    queryKey: ['stations', 'all'],
    queryFn: async () => {
      const stations: Station[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = dataOf(await api.GET('/api/v1/stations', { params: { query: { limit: 100, cursor } } }));
        stations.push(...answer.items);
        if (!answer.nextCursor) break;
        cursor = answer.nextCursor;
      }
      return stations;
    },
  });
}

/** A station's name in the console's language. */
export const stationName = (station: Station, language: string): string =>
  language === 'en' && station.names.en ? station.names.en : station.names['zh-CN'];
