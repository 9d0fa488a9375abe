// Typed keys of the crash round's search attributes (registered from temporal/search-attributes.json),
// so support finds a round in the Temporal UI by its id or by its player.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** The round id (also the tail of the workflow id `crash:<roundId>`). */
export const SA_CRASH_ROUND_ID = defineSearchAttributeKey('CrashRoundId', SearchAttributeType.KEYWORD);
/** The player. */
export const SA_CRASH_USER_ID = defineSearchAttributeKey('UserId', SearchAttributeType.KEYWORD);
