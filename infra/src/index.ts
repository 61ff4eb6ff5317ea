export { startInfra, stopInfra, infraStatus } from './infra.js';
export type {
  Infra,
  InfraStatus,
  InfraStatusOptions,
  InfraStopOptions,
  ServerStatus,
  StopInfraOptions,
} from './infra.js';
export type { ServerControl, ServerName } from './server-control.js';
export { resolveConfig, startInfraOptionsSchema, PROFILE_PORTS, INFRA_MODES } from './options.js';
export type {
  InfraMode,
  RequestedMode,
  ResolvedConfig,
  ResolveContext,
  StartInfraOptions,
} from './options.js';
export { selectMode, detectContainerRuntime } from './mode.js';
export type { ModeInputs } from './mode.js';
export { InfraError, isInfraError, INFRA_ERROR_CODES } from './errors.js';
export type { InfraErrorCode, InfraErrorOptions } from './errors.js';
export { VERSIONS, IMAGES, MAVEN_ARTIFACTS } from './versions.js';
export { renderKafkaServerProperties, renderKafkaLog4j2Xml, newKafkaClusterId } from './kafka-config.js';
export { renderElasticsearchYml } from './elasticsearch-config.js';
export { fetchKafkaMetadata, isKafkaHealthy } from './kafka-probe.js';
export type { KafkaMetadata } from './kafka-probe.js';
export { isElasticsearchHealthy } from './local-elasticsearch.js';
export {
  startServiceProcess,
  freePort,
  SERVICE_NAMES,
  SERVICE_PORT_VARIABLE,
  SERVICE_NODE_FLAGS,
  REPO_ROOT,
} from './service-process.js';
export type { ServiceName, ServiceProcess, ServiceProcessOptions } from './service-process.js';
