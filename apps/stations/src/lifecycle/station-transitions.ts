import { Actor, managesStation, StationStatus } from '@waystation/contracts';
import { AcceptanceInspectionRequiredError, StationTransitionForbiddenError, StationTransitionNotAllowedError } from './lifecycle-errors';

/** Who may make a move: the city office, or a station manager of that very station. */
export type TransitionAuthority = 'admin' | 'station-manager';

/** How a move is made: a status change with a reason, or only by a passed acceptance inspection. */
export type TransitionPath = 'status-change' | 'acceptance-inspection';

export interface StationTransition {
  from: StationStatus;
  to: StationStatus;
  by: readonly TransitionAuthority[];
  through: TransitionPath;
}

const CLOSABLE: readonly StationStatus[] = ['planned', 'under-construction', 'built', 'accepted', 'operating', 'suspended'];

/**
 * Every move a station can make, the one place that decides them. A station's managers report construction
 * progress and suspend or reopen their operating station; everything else (accepting, opening, closing) is the
 * city office's. Closed is final; a move not listed here is refused.
 */
export const STATION_TRANSITIONS: readonly StationTransition[] = [
  { from: 'planned', to: 'under-construction', by: ['admin', 'station-manager'], through: 'status-change' },
  { from: 'under-construction', to: 'built', by: ['admin', 'station-manager'], through: 'status-change' },
  { from: 'built', to: 'accepted', by: ['admin'], through: 'acceptance-inspection' },
  { from: 'accepted', to: 'operating', by: ['admin'], through: 'status-change' },
  { from: 'operating', to: 'suspended', by: ['admin', 'station-manager'], through: 'status-change' },
  { from: 'suspended', to: 'operating', by: ['admin', 'station-manager'], through: 'status-change' },
  ...CLOSABLE.map((from): StationTransition => ({ from, to: 'closed', by: ['admin'], through: 'status-change' })),
];

export function findTransition(from: StationStatus, to: StationStatus): StationTransition | undefined {
  return STATION_TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

function holdsAuthority(actor: Actor, stationId: string, authority: TransitionAuthority): boolean {
  return actor.role === authority && (authority === 'admin' || managesStation(actor, stationId));
}

/**
 * Throws unless `actor` may move the station from `from` to `to` along `through`: 409 for a move the lifecycle
 * does not have (or one only an inspection makes), 403 for a caller who may not make it.
 */
export function assertTransition(actor: Actor, stationId: string, from: StationStatus, to: StationStatus, through: TransitionPath): void {
  const transition = findTransition(from, to);
  if (!transition) throw new StationTransitionNotAllowedError(stationId, from, to);
  if (transition.through !== through) {
    if (transition.through === 'acceptance-inspection') throw new AcceptanceInspectionRequiredError(stationId, from, to);
    throw new StationTransitionNotAllowedError(stationId, from, to);
  }
  if (!transition.by.some((authority) => holdsAuthority(actor, stationId, authority))) {
    throw new StationTransitionForbiddenError(stationId, from, to, actor.role);
  }
}
