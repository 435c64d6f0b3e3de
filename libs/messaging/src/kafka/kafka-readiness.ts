import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessRegistry } from '@waystation/platform';
import { KafkaConnection } from './kafka-connection';

/** Ready only while the cluster answers a metadata request. */
@Injectable()
export class KafkaReadiness implements OnModuleInit {
  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
    private readonly connection: KafkaConnection,
  ) {}

  onModuleInit(): void {
    this.registry.add(() => this.check());
  }

  private async check() {
    const check = this.indicator.check('kafka');
    const admin = this.connection.kafka.admin({ retry: { retries: 0 } });
    try {
      await withTimeout(admin.connect().then(() => admin.describeCluster()), 2_000);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
