import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryEntity } from '@apprenance/db';
import { TerritoriesController } from './territories.controller';
import { TerritoriesRepository } from './territories.repository';
import { TerritoriesService } from './territories.service';

@Module({
  imports: [TypeOrmModule.forFeature([TerritoryEntity])],
  controllers: [TerritoriesController],
  providers: [TerritoriesRepository, TerritoriesService],
  exports: [TerritoriesRepository, TerritoriesService],
})
export class TerritoriesModule {}
