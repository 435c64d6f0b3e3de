import { ReportView, RoutingRuleListView } from '@waystation/http-api';
import { GatewaySession } from './gateway-session';

type Step = 'acknowledge' | 'progress' | 'resolve' | 'not-responsible' | 'fixed' | 'not-fixed';

/** Environment reports, each far enough from the others not to be flagged a duplicate, and the steps that take each to its state. */
const DEMO_WORK: { description: string; category: string; lat: number; steps: Step[] }[] = [
  { description: '江夏大道人行道上有垃圾袋，无人清理', category: 'exposed-garbage', lat: 30.34, steps: ['acknowledge'] },
  { description: '公交站旁散落大量烟头和纸屑', category: 'littering', lat: 30.343, steps: ['acknowledge', 'progress'] },
  { description: '小区门口垃圾桶满溢两天', category: 'overflowing-bins', lat: 30.346, steps: ['acknowledge', 'progress', 'resolve'] },
  { description: '菜场后门垃圾堆放', category: 'exposed-garbage', lat: 30.349, steps: ['acknowledge', 'progress', 'resolve', 'fixed'] },
  { description: '路边一堆装修垃圾', category: 'exposed-garbage', lat: 30.358, steps: ['not-responsible'] },
  { description: '学校门口垃圾桶又满了', category: 'overflowing-bins', lat: 30.361, steps: ['acknowledge', 'resolve', 'not-fixed'] },
];

const NOTES: Record<Exclude<Step, 'fixed' | 'not-fixed'>, object> = {
  acknowledge: { note: '已接单，安排清运' },
  progress: { note: '清运车已到现场' },
  resolve: { note: '已清运完毕，现场已清扫' },
  'not-responsible': { reason: '装修垃圾属建筑垃圾，请转城管' },
};

/**
 * Reports past confirmation, through the public API as the users would: the demo community's staff confirm each
 * (the routing rules send them to sanitation), the demo sanitation user works them, and the reporter answers
 * "was it fixed?", leaving one report dispatched, acknowledged, in progress, resolved, closed, declined (back with
 * the staff) and reopened.
 */
export async function seedDepartmentWork(
  admin: GatewaySession,
  worker: GatewaySession,
  staff: GatewaySession,
  department: GatewaySession,
  photoOf: (background: string) => Promise<string>,
): Promise<void> {
  await routeToSanitation(admin, [...new Set(DEMO_WORK.map((work) => work.category))]);
  for (const [index, { description, category, lat, steps }] of DEMO_WORK.entries()) {
    const report = await worker.call<ReportView>('POST', '/api/v1/reports', {
      category,
      description,
      location: { lat, lng: 114.288, accuracyMeters: 10 },
      photoIds: [await photoOf(`#4${index}6a3a`)],
    });
    await staff.call('POST', `/api/v1/reports/${report.id}/confirm`, { severity: 'low' });
    for (const step of steps) {
      if (step === 'fixed' || step === 'not-fixed')
        await worker.call('POST', `/api/v1/reports/${report.id}/feedback`, { fixed: step === 'fixed' });
      else await department.call('POST', `/api/v1/department-queue/${report.id}/${step}`, NOTES[step]);
    }
  }
}

/**
 * The city office's routing the demo relies on: each category's default rule sends it to sanitation. The
 * migration seeds these; the seed puts back any that was retired (a rule changed by hand keeps its change).
 */
async function routeToSanitation(admin: GatewaySession, categories: string[]): Promise<void> {
  const { items } = await admin.call<RoutingRuleListView>('GET', '/api/v1/routing-rules');
  for (const categoryCode of categories) {
    if (items.some((rule) => rule.categoryCode === categoryCode && rule.districtCode === null)) continue;
    await admin.call('PUT', '/api/v1/routing-rules', { categoryCode, departments: ['sanitation'] });
  }
}
