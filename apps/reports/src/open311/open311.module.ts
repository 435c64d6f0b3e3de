import { Module } from '@nestjs/common';
import { Open311Controller } from './open311.controller';
import { ServiceRequests } from './service-requests.service';

@Module({ controllers: [Open311Controller], providers: [ServiceRequests] })
export class Open311Module {}
