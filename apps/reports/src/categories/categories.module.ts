import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoryCatalog } from './category-catalog.service';
import { ReportCategoriesController } from './report-categories.controller';
import { ReportCategory } from './report-category.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ReportCategory])],
  controllers: [ReportCategoriesController],
  providers: [CategoryCatalog],
  exports: [CategoryCatalog],
})
export class CategoriesModule {}
