import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { AcceptanceChecklists } from './acceptance-checklists.service';
import { AcceptanceInspection } from './acceptance-inspection.entity';
import { AcceptanceInspections } from './acceptance-inspections.service';
import { AcceptanceTemplate } from './acceptance-template.entity';
import { AcceptanceTemplatesController } from './acceptance-templates.controller';
import { InspectionsController } from './inspections.controller';
import { RectificationItem } from './rectification-item.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AcceptanceTemplate, AcceptanceInspection, RectificationItem]), LifecycleModule],
  controllers: [AcceptanceTemplatesController, InspectionsController],
  providers: [AcceptanceChecklists, AcceptanceInspections],
})
export class AcceptanceModule {}
