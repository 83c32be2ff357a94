import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionEntity } from './entities/region.entity.js';
import { RegionsService } from './services/regions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity])],
  providers: [RegionsService],
  exports: [RegionsService],
})
export class RegionsModule {}
