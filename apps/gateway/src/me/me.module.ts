import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { MyAccount } from './my-account.service';

/** `/api/v1/me`: the caller's own account. */
@Module({ controllers: [MeController], providers: [MyAccount] })
export class MeModule {}
