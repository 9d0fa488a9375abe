// Every workflow the worker registers; the workflow bundle is built from this file.
export { crashRoundWorkflow } from './crash-round.ts';
export { eventParticipationWorkflow } from './event-participation.ts';
export { limitedHoldWorkflow } from './limited-hold.ts';
export { purchaseRefundWorkflow } from './purchase-refund.ts';
export { purchaseWorkflow } from './purchase.ts';
export { wiringCheckWorkflow } from './wiring-check.ts';
export { rfmSegmentationWorkflow } from './rfm-segmentation.ts';
export { grantBatchWorkflow } from './grant-batch.ts';
