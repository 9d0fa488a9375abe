// Task queue and workflow-id helpers, imported by the API (to start and find workflows),
// the worker and the workflows themselves. No Node built-ins: workflow code imports this.

/** Default task queue; the actual one comes from TEMPORAL_TASK_QUEUE. */
export const DEFAULT_TASK_QUEUE = 'casino-club';

/** `wiring-check:<id>`: the proof workflow that exercises every part of the stack. */
export const wiringCheckWorkflowId = (checkId: string): string => `wiring-check:${checkId}`;
