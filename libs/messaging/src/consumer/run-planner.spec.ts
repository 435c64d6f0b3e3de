import { AnyEvent } from '@waystation/contracts';
import { KafkaMessage } from 'kafkajs';
import { DecodedMessage } from './message-decoder';
import { planUnits } from './run-planner';

type Handler = 'batch' | 'single' | 'reports-together';

let offset = 0;
function item(decoded: DecodedMessage<Handler>) {
  const message = { offset: String(offset++) } as KafkaMessage;
  return { message, decoded };
}
const event = (type: string, handler: Handler) => item({ kind: 'event', event: { id: `e-${offset}`, type } as AnyEvent, handler });
const rejected = () => item({ kind: 'rejected', reason: 'malformed-json', error: 'bad' });

const plan = (items: ReturnType<typeof item>[]) =>
  planUnits<Handler>(items, (handler, type) => (handler === 'batch' ? type : handler === 'reports-together' ? 'report.*' : undefined)).map(
    (unit) => (unit.kind === 'run' ? `${unit.type}×${unit.events.length}` : unit.kind),
  );

describe(planUnits.name, () => {
  it('runs consecutive events of one type for a batch handler together', () => {
    expect(plan([event('report.confirmed', 'batch'), event('report.confirmed', 'batch'), event('report.confirmed', 'batch')])).toEqual([
      'report.confirmed×3',
    ]);
  });

  it('runs consecutive events of the several types one batch handler takes together', () => {
    expect(
      plan([
        event('report.submitted', 'reports-together'),
        event('report.confirmed', 'reports-together'),
        event('report.submitted', 'reports-together'),
        event('report.rejected', 'reports-together'),
        event('report.confirmed', 'batch'),
        event('report.submitted', 'reports-together'),
      ]),
    ).toEqual(['report.submitted×4', 'report.confirmed×1', 'report.submitted×1']);
  });

  it('gives each event of a plain handler a unit of its own', () => {
    expect(plan([event('report.submitted', 'single'), event('report.submitted', 'single')])).toEqual([
      'report.submitted×1',
      'report.submitted×1',
    ]);
  });

  it('cuts a run where another type or a rejected message comes between, keeping the order', () => {
    expect(
      plan([
        event('report.confirmed', 'batch'),
        event('report.rejected', 'batch'),
        event('report.confirmed', 'batch'),
        rejected(),
        event('report.confirmed', 'batch'),
        event('report.confirmed', 'batch'),
      ]),
    ).toEqual(['report.confirmed×1', 'report.rejected×1', 'report.confirmed×1', 'rejected', 'report.confirmed×2']);
  });

  it("keeps each run's messages beside its events, last one last, so the run's offset can be resolved", () => {
    const items = [event('report.confirmed', 'batch'), event('report.confirmed', 'batch')];

    const [run] = planUnits(items, (_handler, type) => type);

    expect(run.messages).toEqual(items.map(({ message }) => message));
  });
});
