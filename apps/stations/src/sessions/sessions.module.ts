import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionPlanner } from './session-planner.service';
import { SessionSignUp } from './session-sign-up.entity';
import { SessionSignUps } from './session-sign-ups.service';
import { SessionsController } from './sessions.controller';
import { StationSession } from './station-session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StationSession, SessionSignUp])],
  controllers: [SessionsController],
  providers: [SessionPlanner, SessionSignUps],
})
export class SessionsModule {}
