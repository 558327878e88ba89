import type { Migration } from 'kysely';
import type { Dialect } from '../dialect.js';
import { foundation } from './0001_foundation.js';
import { meetingOrdinals } from './0002_meeting_ordinals.js';
import { sittings } from './0003_sittings.js';
import { pinyinInitials } from './0004_pinyin_initials.js';
import { motions } from './0005_motions.js';
import { elections } from './0006_elections.js';
import { protocolRanks } from './0007_protocol_ranks.js';
import { seating } from './0008_seating.js';
import { proposals } from './0009_proposals.js';
import { rostrum } from './0010_rostrum.js';

/** Every migration, in order. The name of the last applied one is the schema version. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_foundation': foundation(dialect),
    '0002_meeting_ordinals': meetingOrdinals,
    '0003_sittings': sittings(dialect),
    '0004_pinyin_initials': pinyinInitials,
    '0005_motions': motions(dialect),
    '0006_elections': elections(dialect),
    '0007_protocol_ranks': protocolRanks,
    '0008_seating': seating(dialect),
    '0009_proposals': proposals(dialect),
    '0010_rostrum': rostrum(dialect),
  };
}
