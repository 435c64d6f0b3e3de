import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Open311Client } from './open311-client.entity';
import { Open311Clients } from './open311-clients.service';
import { Open311ClientsController } from './open311-clients.controller';

/** The city systems' Open311 keys: issued and revoked by the city office, checked on every Open311 POST. */
@Module({
  imports: [TypeOrmModule.forFeature([Open311Client])],
  controllers: [Open311ClientsController],
  providers: [Open311Clients],
  exports: [Open311Clients],
})
export class Open311ClientsModule {}
