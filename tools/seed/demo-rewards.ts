/** A demo reward, stocked at the first demo station (`stock` null: unlimited). */
export interface DemoReward {
  reward: Record<string, unknown>;
  stock: number | null;
}

export const DEMO_REWARDS: DemoReward[] = [
  {
    reward: {
      kind: 'gift',
      name: { 'zh-CN': '夏季防暑礼包', en: 'Summer heat kit' },
      description: { 'zh-CN': '毛巾、藿香正气水和两瓶矿泉水', en: 'A towel, herbal heat-relief drops and two bottles of water' },
      cost: 30,
      limit: { count: 1, period: 'month' },
    },
    stock: 20,
  },
  {
    reward: {
      kind: 'gift',
      name: { 'zh-CN': '手机充电宝', en: 'Power bank' },
      description: { 'zh-CN': '10000 毫安时，可在驿站领取', en: '10,000 mAh, collected at the station' },
      cost: 80,
    },
    stock: 5,
  },
  {
    reward: {
      kind: 'service',
      name: { 'zh-CN': '免费理发一次', en: 'A free haircut' },
      description: { 'zh-CN': '驿站志愿理发服务', en: "The station's volunteer barber service" },
      // What the demo worker's one confirmed report earns, so they can try redeeming.
      cost: 5,
      limit: { count: 2, period: 'month' },
    },
    stock: null,
  },
];
