// Typed keys of the custom search attributes registered from temporal/search-attributes.json.
// Support finds purchases, holds and rounds by them in the Temporal UI. No Node built-ins:
// workflow code imports this.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SA_PURCHASE_STATUS = defineSearchAttributeKey('PurchaseStatus', SearchAttributeType.KEYWORD);
export const SA_USER_ID = defineSearchAttributeKey('UserId', SearchAttributeType.KEYWORD);
export const SA_RECEIPT_CODE = defineSearchAttributeKey('ReceiptCode', SearchAttributeType.KEYWORD);
export const SA_PRODUCT_ID = defineSearchAttributeKey('ProductId', SearchAttributeType.KEYWORD);
/** The limited package a hold is on (`hold:<id>` workflows). */
export const SA_HOLD_PACKAGE = defineSearchAttributeKey('HoldPackage', SearchAttributeType.KEYWORD);
/** awaiting_approval | running | completed | cancelled (`grant-batch:<id>` workflows). */
export const SA_GRANT_BATCH_STATUS = defineSearchAttributeKey('GrantBatchStatus', SearchAttributeType.KEYWORD);
/** Players a grant batch has processed so far. */
export const SA_GRANT_BATCH_PROCESSED = defineSearchAttributeKey('GrantBatchProcessed', SearchAttributeType.INT);
/** A purchase's current phase (authorizing, awaiting_provider, capturing, granting, voiding, completed, failed). */
export const SA_PURCHASE_PHASE = defineSearchAttributeKey('PurchasePhase', SearchAttributeType.KEYWORD);
/** The event or mission code of a participation (`event:...` and `mission:...` workflows). */
export const SA_EVENT_CODE = defineSearchAttributeKey('EventCode', SearchAttributeType.KEYWORD);
/** active | completed | claimed | expired | closed, kept current by EventParticipationWorkflow. */
export const SA_PARTICIPATION_STATUS = defineSearchAttributeKey('ParticipationStatus', SearchAttributeType.KEYWORD);
