// A real single-node Apache Kafka broker in KRaft mode (broker + controller in
// one JVM), from the jars that infra/kafka/pom.xml fetches into .tools/kafka/libs.
// Layout: <dataDir>/kafka/{server.properties, kafka.log, data/}.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import kafkajs from 'kafkajs';
import { REPO_ROOT, assertPortFree, run, seconds, startProcess, waitHealthy, type Log, type ServiceProcess } from './util.ts';

const { Kafka, logLevel } = kafkajs;

export const KAFKA_LOG4J_CONFIG = path.join(REPO_ROOT, 'infra', 'kafka', 'log4j2.properties');
const JVM_OPTS = ['-Xms128m', '-Xmx512m', '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Djava.awt.headless=true'];

/**
 * Static controller quorum (controller.quorum.voters) rather than a dynamic
 * `--standalone` one: the voter endpoint is then read from this file on every
 * start instead of being frozen into the metadata log at format time, so the
 * same data folder keeps working if the controller port changes.
 */
function serverProperties(o: { brokerPort: number; controllerPort: number; logDir: string }): string {
  return `# Written by scripts/services/kafka.ts on every start; edits are lost.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${o.controllerPort}
listeners=PLAINTEXT://127.0.0.1:${o.brokerPort},CONTROLLER://127.0.0.1:${o.controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${o.brokerPort}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${o.logDir}
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true
delete.topic.enable=true
group.initial.rebalance.delay.ms=0
log.retention.hours=168
`;
}

function kafkaClient(brokers: string[]) {
  return new Kafka({
    clientId: 'stack-health',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 5000,
    retry: { retries: 0 },
  });
}

async function probe(brokers: string[]): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  try {
    await admin.connect();
    await admin.listTopics();
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function warmGroupCoordinator(brokers: string[]): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  try {
    await admin.connect();
    await admin.listTopics(); // loads cluster metadata (the broker pool)
    // Finds the group coordinator (kafkajs throws while it is not available or still loading).
    await admin.describeGroups(['stack-health-warmup']);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Health check of an existing broker list ("host:port,host:port"): admin listTopics(). */
export async function checkKafka(brokers: string, timeoutMs = 90_000): Promise<void> {
  const list = brokers.split(',').map((b) => b.trim()).filter(Boolean);
  await waitHealthy('kafka', () => probe(list), { timeoutMs, intervalMs: 500 });
}

export async function startKafka(opts: {
  dataDir: string;
  port: number;
  controllerPort: number;
  java: string;
  libsDir: string;
  log: Log;
  timeoutMs?: number;
}): Promise<ServiceProcess> {
  const { log } = opts;
  const t0 = Date.now();
  const dir = path.join(opts.dataDir, 'kafka');
  const logDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'kafka.log');
  const propsFile = path.join(dir, 'server.properties');
  const hint = 'another stack running? set KAFKA_BROKERS to use an existing broker';
  await assertPortFree('kafka', opts.port, hint);
  await assertPortFree('kafka controller', opts.controllerPort, hint);
  await fs.mkdir(logDir, { recursive: true });
  await fs.writeFile(propsFile, serverProperties({ brokerPort: opts.port, controllerPort: opts.controllerPort, logDir }));

  const classpath = `${opts.libsDir}/*`;
  const jvm = [...JVM_OPTS, `-Dlog4j2.configurationFile=${KAFKA_LOG4J_CONFIG}`, '-cp', classpath];
  const formatted = await fs.access(path.join(logDir, 'meta.properties')).then(
    () => true,
    () => false,
  );
  if (!formatted) {
    const tf = Date.now();
    // A Kafka cluster id is 16 random bytes in URL-safe base64 without padding.
    const clusterId = randomBytes(16).toString('base64url');
    log(`kafka: formatting storage in ${logDir} (cluster id ${clusterId})`);
    // `--cluster-id=<id>` in one argument: an id may begin with '-', which the tool would read as an option.
    await run(opts.java, [...jvm, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '--config', propsFile], { logFile, cwd: dir });
    log(`kafka: storage formatted in ${seconds(tf)}`);
  }

  const proc = await startProcess({
    name: 'kafka',
    cmd: opts.java,
    args: [...jvm, 'kafka.Kafka', propsFile],
    logFile,
    cwd: dir,
  });
  try {
    await waitHealthy('kafka', () => probe([`127.0.0.1:${opts.port}`]), {
      timeoutMs: opts.timeoutMs ?? 120_000,
      proc,
      intervalMs: 500,
    });
    // The first consumer group use creates __consumer_offsets; do it now so
    // the first real consumer does not crash on "coordinator is loading".
    await waitHealthy('kafka group coordinator', () => warmGroupCoordinator([`127.0.0.1:${opts.port}`]), {
      timeoutMs: 60_000,
      proc,
      intervalMs: 500,
    });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`kafka: started in ${seconds(t0)} (port ${opts.port}, controller ${opts.controllerPort}, log ${logFile})`);
  return proc;
}
