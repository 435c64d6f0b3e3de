import { MigrationInterface, QueryRunner } from 'typeorm';

const RENAMED_AMENITIES = [
  ['water', 'drinking-water'],
  ['books', 'books-and-newspapers'],
  ['charging', 'phone-charging'],
  ['first-aid', 'first-aid-kit'],
];

const WEEKDAYS = `ARRAY['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']`;
/** The first draft's `HH:MM-HH:MM`, every day; anything else it held is kept as not known. */
const DAILY_TEXT = `'^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'`;
const minutes = (time: string) => `(split_part(${time}, ':', 1)::int * 60 + split_part(${time}, ':', 2)::int)`;

/**
 * The whole station profile: names in zh-CN and en, host organisation, contact phone, seats, photos, services,
 * opening hours as a weekly schedule with exceptions (jsonb) and the figures the nearby search filters on
 * (week minutes of the regular week; the instants around exception days), and the city's station service types.
 */
export class StationProfile1764500200000 implements MigrationInterface {
  name = 'StationProfile1764500200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations RENAME COLUMN name TO name_zh`);
    await db.query(`
      ALTER TABLE stations
        ADD COLUMN name_en text,
        ADD COLUMN host_organisation text CHECK (host_organisation IN ('community', 'enterprise', 'union', 'party-branch')),
        ADD COLUMN contact_phone text,
        ADD COLUMN capacity integer CHECK (capacity > 0),
        ADD COLUMN photos text[] NOT NULL DEFAULT '{}',
        ADD COLUMN services text[] NOT NULL DEFAULT '{}',
        ADD COLUMN hours jsonb,
        ADD COLUMN week_open_minutes int4multirange NOT NULL DEFAULT '{}',
        ADD COLUMN exception_windows tstzmultirange NOT NULL DEFAULT '{}',
        ADD COLUMN exception_open tstzmultirange NOT NULL DEFAULT '{}',
        ADD COLUMN updated_at timestamptz`);
    for (const [from, to] of RENAMED_AMENITIES) {
      await db.query(`UPDATE stations SET amenities = array_replace(amenities, $1, $2) WHERE $1 = ANY (amenities)`, [from, to]);
    }
    const opens = `split_part(opening_hours, '-', 1)`;
    const closes = `split_part(opening_hours, '-', 2)`;
    await db.query(`
      UPDATE stations SET
        hours = CASE WHEN opening_hours = '00:00-24:00'
          THEN '{"kind": "always-open", "exceptions": []}'::jsonb
          ELSE jsonb_build_object(
            'kind', 'weekly',
            'weekly', (SELECT jsonb_object_agg(day, jsonb_build_array(jsonb_build_object('opens', ${opens}, 'closes', ${closes})))
                       FROM unnest(${WEEKDAYS}) AS day),
            'exceptions', '[]'::jsonb)
          END,
        week_open_minutes = (
          SELECT range_agg(span) FROM (
            SELECT int4range(day * 1440 + ${minutes(opens)}, LEAST(10080, day * 1440 + ${minutes(closes)}
                     + CASE WHEN ${minutes(closes)} > ${minutes(opens)} THEN 0 ELSE 1440 END)) AS span
              FROM generate_series(0, 6) AS day
            UNION ALL
            -- Sunday night's part after midnight is Monday morning.
            SELECT int4range(0, ${minutes(closes)}) WHERE ${minutes(closes)} < ${minutes(opens)} AND ${minutes(closes)} > 0
          ) AS spans)
      WHERE opening_hours ~ ${DAILY_TEXT} AND ${opens} <> ${closes}`);
    await db.query(`ALTER TABLE stations DROP COLUMN opening_hours`);
    await db.query(`ALTER TABLE stations RENAME COLUMN hours TO opening_hours`);

    await db.query(`
      CREATE TABLE station_service_types (
        code text PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text NOT NULL,
        built_in boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text
      )`);
    await db.query(`
      INSERT INTO station_service_types (code, name_zh, name_en, built_in) VALUES
        ('free-clinic', '义诊', 'Free clinic', true),
        ('legal-aid', '法律援助', 'Legal aid', true),
        ('psychological-counselling', '心理咨询', 'Psychological counselling', true),
        ('employment-policy-advice', '就业政策咨询', 'Employment policy advice', true),
        ('social-events', '联谊交友活动', 'Social and matchmaking events', true),
        ('haircut', '爱心理发', 'Haircut', true)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE station_service_types`);
    await db.query(`ALTER TABLE stations ADD COLUMN hours_text text`);
    await db.query(`
      UPDATE stations SET hours_text = CASE
        WHEN opening_hours ->> 'kind' = 'always-open' THEN '00:00-24:00'
        ELSE (opening_hours #>> '{weekly,monday,0,opens}') || '-' || (opening_hours #>> '{weekly,monday,0,closes}')
      END
      WHERE opening_hours IS NOT NULL`);
    for (const [from, to] of RENAMED_AMENITIES) {
      await db.query(`UPDATE stations SET amenities = array_replace(amenities, $2, $1)`, [from, to]);
    }
    await db.query(`
      ALTER TABLE stations
        DROP COLUMN opening_hours, DROP COLUMN name_en, DROP COLUMN host_organisation, DROP COLUMN contact_phone,
        DROP COLUMN IF EXISTS capacity, DROP COLUMN photos, DROP COLUMN services, DROP COLUMN week_open_minutes,
        DROP COLUMN exception_windows, DROP COLUMN exception_open, DROP COLUMN updated_at`);
    await db.query(`ALTER TABLE stations RENAME COLUMN hours_text TO opening_hours`);
    await db.query(`ALTER TABLE stations RENAME COLUMN name_zh TO name`);
  }
}
