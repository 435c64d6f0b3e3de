import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { DepartmentsModule } from '../departments/departments.module';
import { RoutingRulesController } from './routing-rules.controller';
import { RoutingRules } from './routing-rules.service';

@Module({
  imports: [CategoriesModule, DepartmentsModule],
  controllers: [RoutingRulesController],
  providers: [RoutingRules],
  exports: [RoutingRules],
})
export class RoutingModule {}
