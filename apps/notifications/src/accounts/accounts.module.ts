import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountClosedHandler } from './account-closed.handler';
import { AccountErasure } from './account-erasure.service';
import { ClosedAccount } from './closed-account.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ClosedAccount])],
  controllers: [AccountClosedHandler],
  providers: [AccountErasure],
})
export class AccountsModule {}
