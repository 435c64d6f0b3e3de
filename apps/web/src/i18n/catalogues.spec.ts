import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AMENITIES, REPORT_STATUSES, WEEKDAYS, WORKER_TYPES } from '../vocabulary';
import en from './en.json';
import zhCN from './zh-CN.json';

type Catalogue = { [key: string]: string | Catalogue };

const keysOf = (catalogue: Catalogue, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });

describe('the message catalogues', () => {
  const zhKeys = keysOf(zhCN);
  const enKeys = keysOf(en);

  it('have the same keys in zh-CN and en', () => {
    expect({
      missingInEnglish: zhKeys.filter((key) => !enKeys.includes(key)),
      missingInChinese: enKeys.filter((key) => !zhKeys.includes(key)),
    }).toEqual({
      missingInEnglish: [],
      missingInChinese: [],
    });
  });

  it("hold every key the code names (`t('home.title')`, a form error's message, a distance unit)", () => {
    const namespaces = Object.keys(zhCN);
    const named = sourceFiles(join(__dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+)\.([\w.-]+)'/g)]
        .filter(([, namespace]) => namespaces.includes(namespace))
        .map(([, namespace, rest]) => `${namespace}.${rest}`),
    );

    expect(named.length).toBeGreaterThan(20);
    expect([...new Set(named.filter((key) => !zhKeys.includes(key)))]).toEqual([]);
  });

  it('name every amenity, kind of work, report status and weekday', () => {
    const terms = [
      ...AMENITIES.map((term) => `amenity.${term}`),
      ...WORKER_TYPES.map((term) => `workerType.${term}`),
      ...REPORT_STATUSES.map((term) => `reportStatus.${term}`),
      ...['every-day', ...WEEKDAYS].map((term) => `weekday.${term}`),
    ];

    expect(terms.filter((key) => !zhKeys.includes(key))).toEqual([]);
  });

  it('have no empty message', () => {
    const empty = (catalogue: Catalogue) =>
      keysOf(catalogue).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Catalogue)[part], catalogue) === '');

    expect([...empty(zhCN), ...empty(en)]).toEqual([]);
  });
});
