import { CreateOutbox1764400000000 } from './1764400000000-create-outbox';
import { CreateInbox1764400000001 } from './1764400000001-create-inbox';
import { CreateOutboxQuarantine1764400000002 } from './1764400000002-create-outbox-quarantine';

/** The messaging tables every service database has; services list these before their own migrations. */
export const messagingMigrations = [CreateOutbox1764400000000, CreateInbox1764400000001, CreateOutboxQuarantine1764400000002];
