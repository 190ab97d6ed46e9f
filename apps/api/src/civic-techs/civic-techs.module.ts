import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CivicTechEntity } from '@apprenance/db';
import { CivicTechsController } from './civic-techs.controller';
import { CivicTechsRepository } from './civic-techs.repository';
import { CivicTechsService } from './civic-techs.service';

@Module({
  imports: [TypeOrmModule.forFeature([CivicTechEntity])],
  controllers: [CivicTechsController],
  providers: [CivicTechsRepository, CivicTechsService],
  exports: [CivicTechsRepository, CivicTechsService],
})
export class CivicTechsModule {}
