import { MigrationInterface, QueryRunner } from 'typeorm';

/** The city office's default checklist, until it sets its own (POST /acceptance/templates). */
const DEFAULT_CHECKLIST = [
  { code: 'floor-area', label: { zh: '使用面积达标', en: 'Floor area meets the standard' }, required: true },
  { code: 'signage', label: { zh: '统一标识标牌', en: "Signage in the city's design" }, required: true },
  { code: 'listed-amenities', label: { zh: '所列服务设施齐全', en: 'The listed amenities are present' }, required: true },
  { code: 'opening-hours-posted', label: { zh: '公示开放时间', en: 'Opening hours posted' }, required: true },
  { code: 'fire-extinguisher', label: { zh: '配备灭火器', en: 'Fire extinguisher' }, required: true },
  { code: 'first-aid-kit', label: { zh: '配备急救药箱', en: 'First-aid kit' }, required: false },
  { code: 'drinking-water', label: { zh: '提供饮用水', en: 'Drinking water' }, required: true },
];

/** Acceptance (验收): checklist templates, inspections of built stations, and what a failed one asks to fix. */
export class CreateAcceptance1764500300002 implements MigrationInterface {
  name = 'CreateAcceptance1764500300002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE acceptance_templates (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        items jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE acceptance_inspections (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES stations (id),
        template_id uuid NOT NULL REFERENCES acceptance_templates (id),
        inspector_id text NOT NULL,
        inspected_at timestamptz NOT NULL,
        passed boolean NOT NULL,
        notes text,
        results jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX acceptance_inspections_station ON acceptance_inspections (station_id, id)`);
    await db.query(`
      CREATE TABLE rectification_items (
        id uuid PRIMARY KEY,
        inspection_id uuid NOT NULL REFERENCES acceptance_inspections (id),
        station_id uuid NOT NULL REFERENCES stations (id),
        item_code text NOT NULL,
        action text NOT NULL,
        deadline date NOT NULL,
        resolved_by_inspection_id uuid REFERENCES acceptance_inspections (id)
      )`);
    await db.query(`CREATE INDEX rectification_items_open ON rectification_items (station_id) WHERE resolved_by_inspection_id IS NULL`);
    await db.query(
      `INSERT INTO acceptance_templates (id, name, items, created_by, created_at) VALUES (uuidv7(), $1, $2, 'system', now())`,
      ['户外劳动者驿站验收标准（默认）', JSON.stringify(DEFAULT_CHECKLIST)],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rectification_items`);
    await db.query(`DROP TABLE acceptance_inspections`);
    await db.query(`DROP TABLE acceptance_templates`);
  }
}
