import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { GatewayConfig } from '../config/gateway.config';
import { BOOTSTRAP_ADMIN, BootstrapAdmin, BootstrapAdminSettings } from './bootstrap-admin.service';
import { PasswordHasher } from './passwords/password-hasher';
import { SignInAttempt } from './sign-in/sign-in-attempt.entity';
import { StaffSignInController } from './sign-in/staff-sign-in.controller';
import { SIGN_IN_THROTTLE_POLICY, StaffSignIn } from './sign-in/staff-sign-in.service';
import { SignInThrottlePolicy } from './sign-in/sign-in-throttle';
import { StaffAccounts } from './staff-accounts.service';
import { StaffAdminController } from './staff-admin.controller';
import { StaffCredential } from './staff-credential.entity';

/** Staff accounts of the city office, their passwords and password sign-in, and the first admin. */
@Module({})
export class StaffModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: StaffModule,
      imports: [AccountsModule, TypeOrmModule.forFeature([StaffCredential, SignInAttempt])],
      controllers: [StaffAdminController, StaffSignInController],
      providers: [
        PasswordHasher,
        StaffAccounts,
        StaffSignIn,
        BootstrapAdmin,
        {
          provide: SIGN_IN_THROTTLE_POLICY,
          useValue: {
            slowDownAfter: config.GATEWAY_STAFF_SIGN_IN_SLOWDOWN_AFTER,
            firstDelayMs: config.GATEWAY_STAFF_SIGN_IN_FIRST_DELAY_MS,
            lockAfter: config.GATEWAY_STAFF_SIGN_IN_LOCK_AFTER,
            lockMs: config.GATEWAY_STAFF_SIGN_IN_LOCK_MINUTES * 60_000,
          } satisfies SignInThrottlePolicy,
        },
        {
          provide: BOOTSTRAP_ADMIN,
          useValue: {
            username: config.GATEWAY_BOOTSTRAP_ADMIN_USERNAME,
            password: config.GATEWAY_BOOTSTRAP_ADMIN_PASSWORD,
          } satisfies BootstrapAdminSettings,
        },
      ],
    };
  }
}
