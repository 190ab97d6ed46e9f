import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CivicTechTestEntity } from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { TestLogsController } from './test-logs.controller';
import { TestLogsRepository } from './test-logs.repository';
import { TestLogsService } from './test-logs.service';

@Module({
  imports: [TypeOrmModule.forFeature([CivicTechTestEntity]), CohortMembershipModule],
  controllers: [TestLogsController],
  providers: [TestLogsRepository, TestLogsService],
  exports: [TestLogsService],
})
export class TestLogsModule {}
