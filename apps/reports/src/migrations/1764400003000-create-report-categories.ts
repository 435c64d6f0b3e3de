import { MigrationInterface, QueryRunner } from 'typeorm';

type Text = { 'zh-CN': string; en: string };
interface SeedOption {
  code: string;
  label: Text;
  emergency?: { call: '110' | '119' | '120'; guidance: Text };
}
interface SeedQuestion {
  code: string;
  type: 'text' | 'number' | 'single-choice' | 'multiple-choice';
  required: boolean;
  label: Text;
  options?: SeedOption[];
}
interface SeedCategory {
  code: string;
  group: string;
  name: Text;
  description: Text;
  private?: boolean;
  questions?: SeedQuestion[];
}

const yes = (emergency?: SeedOption['emergency']): SeedOption => ({ code: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, emergency });
const no: SeedOption = { code: 'no', label: { 'zh-CN': '否', en: 'No' } };

/** The taxonomy of issue 11 as the city office starts with it; from here on it configures it through the API. */
const TAXONOMY: SeedCategory[] = [
  {
    code: 'littering',
    group: 'environment',
    name: { 'zh-CN': '乱扔垃圾', en: 'Littering' },
    description: { 'zh-CN': '路面、绿地上随意丢弃的垃圾', en: 'Rubbish dropped on streets or green spaces' },
  },
  {
    code: 'exposed-garbage',
    group: 'environment',
    name: { 'zh-CN': '垃圾暴露', en: 'Exposed garbage' },
    description: { 'zh-CN': '未清运、裸露堆放的垃圾', en: 'Garbage left uncollected in the open' },
  },
  {
    code: 'overflowing-bins',
    group: 'environment',
    name: { 'zh-CN': '垃圾桶满溢', en: 'Overflowing bins' },
    description: { 'zh-CN': '垃圾桶已满、垃圾溢出', en: 'Bins full and spilling over' },
    questions: [
      { code: 'bin-count', type: 'number', required: false, label: { 'zh-CN': '满溢的垃圾桶数量', en: 'How many bins are full' } },
    ],
  },
  {
    code: 'piled-materials',
    group: 'obstruction',
    name: { 'zh-CN': '乱堆物料', en: 'Piled materials' },
    description: { 'zh-CN': '占用道路、人行道的堆放物', en: 'Materials piled on roads or pavements' },
    questions: [
      {
        code: 'material-kind',
        type: 'multiple-choice',
        required: false,
        label: { 'zh-CN': '堆放的是什么', en: 'What is piled up' },
        options: [
          { code: 'construction-waste', label: { 'zh-CN': '建筑垃圾、砂石', en: 'Construction waste, sand or gravel' } },
          { code: 'household-items', label: { 'zh-CN': '家具杂物', en: 'Furniture or household items' } },
          { code: 'commercial-goods', label: { 'zh-CN': '商铺货物', en: "A shop's goods" } },
        ],
      },
    ],
  },
  {
    code: 'blocked-lane-or-fire-exit',
    group: 'obstruction',
    name: { 'zh-CN': '堵塞通道或消防通道', en: 'Blocked lane or fire exit' },
    description: { 'zh-CN': '车辆、杂物堵塞巷道或消防通道', en: 'Vehicles or objects blocking a lane or a fire exit' },
    questions: [
      {
        code: 'fire-exit',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '是否为消防通道', en: 'Is it a fire exit' },
        options: [yes(), no],
      },
    ],
  },
  {
    code: 'broken-manhole-cover',
    group: 'facilities',
    name: { 'zh-CN': '井盖破损或缺失', en: 'Broken manhole cover' },
    description: { 'zh-CN': '井盖破损、移位或缺失', en: 'A manhole cover broken, shifted or missing' },
    questions: [
      {
        code: 'open-hole',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '井口是否敞开', en: 'Is the hole open' },
        options: [yes(), no],
      },
    ],
  },
  {
    code: 'street-light',
    group: 'facilities',
    name: { 'zh-CN': '路灯故障', en: 'Street light out' },
    description: { 'zh-CN': '路灯不亮、闪烁或损坏', en: 'A street light dark, flickering or damaged' },
  },
  {
    code: 'damaged-road-or-railing',
    group: 'facilities',
    name: { 'zh-CN': '道路或护栏损坏', en: 'Damaged road or railing' },
    description: { 'zh-CN': '路面坑洼、护栏损坏', en: 'Potholes, broken paving or a damaged railing' },
  },
  {
    code: 'fire-hazard',
    group: 'safety',
    name: { 'zh-CN': '火灾隐患', en: 'Fire hazard' },
    description: { 'zh-CN': '易燃物堆放、私拉电线等火灾隐患', en: 'Flammable material, makeshift wiring and other fire risks' },
    questions: [
      {
        code: 'fire-or-smoke-now',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '现在是否有明火或烟雾', en: 'Is there fire or smoke now' },
        options: [
          yes({
            call: '119',
            guidance: {
              'zh-CN': '请立即拨打119报警，远离火源并提醒周围的人撤离。随手拍不能代替报警。',
              en: 'Call 119 now, keep away from the fire and warn the people around you. A report here cannot replace the call.',
            },
          }),
          no,
        ],
      },
    ],
  },
  {
    code: 'unsafe-e-bike-charging',
    group: 'safety',
    name: { 'zh-CN': '电动车违规充电', en: 'Unsafe e-bike charging' },
    description: { 'zh-CN': '楼道、室内为电动车充电或飞线充电', en: 'E-bikes charged in stairwells, indoors or from dangling cables' },
    questions: [
      {
        code: 'where',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '在哪里充电', en: 'Where is it charging' },
        options: [
          { code: 'stairwell', label: { 'zh-CN': '楼道', en: 'In a stairwell' } },
          { code: 'indoors', label: { 'zh-CN': '室内', en: 'Indoors' } },
          { code: 'dangling-cable', label: { 'zh-CN': '飞线充电', en: 'From a cable hung from a window' } },
        ],
      },
    ],
  },
  {
    code: 'falling-object-risk',
    group: 'safety',
    name: { 'zh-CN': '高空坠物隐患', en: 'Falling-object risk' },
    description: { 'zh-CN': '松动的广告牌、空调外机、花盆等', en: 'Loose signs, air-conditioner units, flower pots and the like' },
  },
  {
    code: 'elderly-living-alone',
    group: 'people',
    name: { 'zh-CN': '独居老人需要探访', en: 'Elderly person living alone needing a visit' },
    description: { 'zh-CN': '独居老人需要社区上门看望', en: 'An elderly person living alone whom the community should visit' },
    private: true,
    questions: [
      { code: 'last-seen', type: 'text', required: false, label: { 'zh-CN': '最近一次见到的情况', en: 'When and how you last saw them' } },
    ],
  },
  {
    code: 'person-in-distress',
    group: 'people',
    name: { 'zh-CN': '有人需要帮助', en: 'Person in distress' },
    description: { 'zh-CN': '流浪、迷路或处于困境中的人', en: 'Someone homeless, lost or otherwise in distress' },
    private: true,
    questions: [
      {
        code: 'life-in-danger',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '对方是否有生命危险', en: 'Is their life in danger' },
        options: [
          yes({
            call: '120',
            guidance: {
              'zh-CN': '请立即拨打120急救电话，并在安全的前提下留在对方身边。',
              en: 'Call 120 for an ambulance now, and stay with them if it is safe to.',
            },
          }),
          no,
        ],
      },
    ],
  },
  {
    code: 'dispute',
    group: 'people',
    name: { 'zh-CN': '矛盾纠纷', en: 'Dispute' },
    description: { 'zh-CN': '邻里、商户之间的矛盾纠纷', en: 'A dispute between neighbours or shops' },
    questions: [
      {
        code: 'violence',
        type: 'single-choice',
        required: true,
        label: { 'zh-CN': '是否有人正在动手', en: 'Is anyone being violent now' },
        options: [
          yes({
            call: '110',
            guidance: { 'zh-CN': '请立即拨打110报警，注意自身安全。', en: 'Call 110 for the police now, and keep yourself safe.' },
          }),
          no,
        ],
      },
    ],
  },
  {
    code: 'other',
    group: 'other',
    name: { 'zh-CN': '其他问题', en: 'Other problem' },
    description: { 'zh-CN': '以上类别之外的问题', en: 'Anything the other categories do not cover' },
  },
];

/**
 * The report categories the city office configures (code, group, names, questions: Open311's service
 * definitions), seeded with the first taxonomy.
 */
export class CreateReportCategories1764400003000 implements MigrationInterface {
  name = 'CreateReportCategories1764400003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_categories (
        code text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        "group" text NOT NULL CHECK ("group" IN ('environment', 'obstruction', 'facilities', 'safety', 'people', 'other')),
        name_zh text NOT NULL,
        name_en text NOT NULL,
        description_zh text NOT NULL,
        description_en text NOT NULL,
        private boolean NOT NULL,
        active boolean NOT NULL,
        sort_order integer NOT NULL,
        questions jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX report_categories_listed ON report_categories (active, sort_order, code)`);
    for (const [index, category] of TAXONOMY.entries()) {
      await db.query(
        `INSERT INTO report_categories (code, "group", name_zh, name_en, description_zh, description_en, private, active, sort_order, questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9)`,
        [
          category.code,
          category.group,
          category.name['zh-CN'],
          category.name.en,
          category.description['zh-CN'],
          category.description.en,
          category.private ?? false,
          (index + 1) * 10,
          JSON.stringify(category.questions ?? []),
        ],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_categories`);
  }
}
