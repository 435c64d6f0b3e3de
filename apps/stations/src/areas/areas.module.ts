import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaDirectory } from './area-directory.service';
import { AreaImport } from './area-import.service';
import { AreaLocator } from './area-locator.service';
import { Area } from './area.entity';
import { AreasController } from './areas.controller';

/** The city map: imported by the city office, read by everyone, and used to place stations in communities. */
@Module({
  imports: [TypeOrmModule.forFeature([Area])],
  controllers: [AreasController],
  providers: [AreaImport, AreaDirectory, AreaLocator],
  exports: [AreaLocator],
})
export class AreasModule {}
