import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentDirectory } from './department-directory.service';
import { Department } from './department.entity';
import { DepartmentsController } from './departments.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Department])],
  controllers: [DepartmentsController],
  providers: [DepartmentDirectory],
  exports: [DepartmentDirectory],
})
export class DepartmentsModule {}
