import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InfraError } from './errors.js';
import { isPidAlive } from './process-utils.js';

/**
 * Runs fn while holding a cross-process lock (a directory created atomically, with the owner's pid inside).
 * A lock whose owner died is taken over.
 */
export async function withLock<T>(lockDir: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  const ownerFile = path.join(lockDir, 'owner');
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, `${process.pid}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(ownerFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !isPidAlive(owner)) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new InfraError(
          'NEWSFLOW_INFRA_LOCK_TIMEOUT',
          `Timed out after ${timeoutMs} ms waiting for lock ${lockDir} held by pid ${owner || 'unknown'}; ` +
            `if no other infra command is running, remove that folder`,
          { meta: { lockDir } },
        );
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
