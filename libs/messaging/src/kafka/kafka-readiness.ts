import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessRegistry } from '@waystation/platform';
import type { Admin } from 'kafkajs';
import { KafkaConnection } from './kafka-connection';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Ready only while the cluster answers a metadata request. One admin client stays connected between checks (the
 * registry runs one check at a time, every few seconds at most); it is replaced only after a check failed.
 */
@Injectable()
export class KafkaReadiness implements OnModuleInit, OnApplicationShutdown {
  private admin?: Admin;

  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
    private readonly connection: KafkaConnection,
  ) {}

  onModuleInit(): void {
    this.registry.add(() => this.check());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dropAdmin();
  }

  private async check() {
    const check = this.indicator.check('kafka');
    try {
      await withTimeout(this.describeCluster(), CHECK_TIMEOUT_MS);
      return check.up();
    } catch (error) {
      await this.dropAdmin();
      return check.down({ message: (error as Error).message });
    }
  }

  private async describeCluster(): Promise<void> {
    if (!this.admin) {
      const admin = this.connection.kafka.admin({ retry: { retries: 0 } });
      this.admin = admin;
      await admin.connect();
    }
    await this.admin.describeCluster();
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
