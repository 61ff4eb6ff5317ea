import type { InfraMode, RequestedMode, ResolvedConfig } from './options.js';

export interface ModeInputs {
  requested: RequestedMode;
  /** KAFKA_BROKERS and ELASTICSEARCH_URL (or the options) are both set. */
  hasExternal: boolean;
  /** A Docker-compatible engine answered; undefined when not probed. */
  containerRuntime: boolean | undefined;
}

/** external servers if given, else testcontainers if a container engine answers, else local processes. */
export function selectMode(inputs: ModeInputs): InfraMode {
  if (inputs.requested !== 'auto') return inputs.requested;
  if (inputs.hasExternal) return 'external';
  return inputs.containerRuntime === true ? 'testcontainers' : 'local';
}

/** True when testcontainers finds a working container engine within timeoutMs. Never throws. */
export async function detectContainerRuntime(
  timeoutMs = 3000,
  log: (line: string) => void = () => {},
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
    });
    const found = await Promise.race([getContainerRuntimeClient().then(() => true as const), timeout]);
    return found;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`no container engine (${reason.split('\n')[0]})`);
    return false;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function chooseMode(
  config: ResolvedConfig,
  detect: () => Promise<boolean> = () => detectContainerRuntime(3000, config.log),
): Promise<InfraMode> {
  const hasExternal = config.external !== undefined;
  const needsProbe = config.requestedMode === 'auto' && !hasExternal;
  const containerRuntime = needsProbe ? await detect() : undefined;
  return selectMode({ requested: config.requestedMode, hasExternal, containerRuntime });
}
