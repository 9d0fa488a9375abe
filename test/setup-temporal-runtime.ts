// Per test process: Temporal's runtime logs at WARN (its INFO lines drown the test output).
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });
