// Task queue and workflow-id helpers, imported by the API (to start and find workflows),
// the worker and the workflows themselves. No Node built-ins: workflow code imports this.

/** `wiring-check:<id>`: the proof workflow that exercises every part of the stack. */
export const wiringCheckWorkflowId = (checkId: string): string => `wiring-check:${checkId}`;

/** `purchase:<receipt>`: one PurchaseWorkflow per purchase. */
export const purchaseWorkflowId = (receiptCode: string): string => `purchase:${receiptCode}`;

/** `purchase-refund:<receipt>`: the operator refund of a successful purchase. */
export const purchaseRefundWorkflowId = (receiptCode: string): string => `purchase-refund:${receiptCode}`;

/** `hold:<holdId>`: one LimitedHoldWorkflow per hold on a limited package. */
export const holdWorkflowId = (holdId: string): string => `hold:${holdId}`;

/** `crash:<roundId>`: one CrashRoundWorkflow per crash round. */
export const crashRoundWorkflowId = (roundId: string): string => `crash:${roundId}`;

/** `grant-batch:<batchId>`: one GrantBatchWorkflow per bulk gold grant. */
export const grantBatchWorkflowId = (batchId: string): string => `grant-batch:${batchId}`;

/** `event:<eventCode>:<userId>`: one EventParticipationWorkflow per player and event. */
export const eventParticipationWorkflowId = (eventCode: string, userId: string): string => `event:${eventCode}:${userId}`;

/** `mission:<missionCode>:<period>:<userId>`: one EventParticipationWorkflow per player, mission and period (day or ISO week). */
export const missionParticipationWorkflowId = (missionCode: string, period: string, userId: string): string => `mission:${missionCode}:${period}:${userId}`;

/** The Temporal Schedule that starts the nightly RFM segmentation; its runs are `rfm-nightly-<time>`. */
export const RFM_SCHEDULE_ID = 'rfm-nightly';
