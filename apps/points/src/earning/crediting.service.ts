import { Injectable } from '@nestjs/common';
import { AnyEvent } from '@waystation/contracts';
import { Inbox, Outbox } from '@waystation/messaging';
import { CityCalendar } from '../calendar/city-calendar';
import { Ledger } from '../ledger/ledger.service';
import { EarningAction } from './earning-actions';
import { planEarnings } from './earning-plan';
import { EarningStateReader } from './earning-state.service';

/**
 * Applies the earning actions of a run of events exactly once: the inbox rows, the postings and the points
 * events commit in one transaction. Every posting has a deterministic key (the rule and the fact it pays for),
 * so a second event for a fact already applied posts nothing. Reservations, earnings and releases of one report
 * are postings between the worker's pending account, their account and the community's budget: nothing is edited.
 * A run costs the same few statements whatever its length: read the state, plan in memory, post once.
 */
@Injectable()
export class Crediting {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
    private readonly ledger: Ledger,
    private readonly state: EarningStateReader,
    private readonly calendar: CityCalendar,
  ) {}

  async apply<E extends AnyEvent>(events: E[], actionsOf: (event: E) => EarningAction[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const actions = fresh.flatMap((event) => actionsOf(event).map((action) => ({ event, action })));
      if (actions.length === 0) return;
      const plan = planEarnings(
        actions,
        await this.state.read(
          manager,
          actions.map(({ action }) => action),
        ),
        this.calendar,
      );
      const posted = await this.ledger.post(
        manager,
        plan.map(({ posting }) => posting),
      );
      // The state was read under the workers' locks, so every planned posting is new; a key found taken is skipped.
      const announced = plan.flatMap(({ announce }, index) => {
        const entry = posted[index];
        return entry ? [announce(entry)] : [];
      });
      await this.outbox.add(manager, ...announced);
    });
  }
}
