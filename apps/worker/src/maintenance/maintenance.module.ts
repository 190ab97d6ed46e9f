import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@apprenance/jobs';
import { JobsModule } from '../jobs/jobs.module';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.maintenance }), JobsModule],
  providers: [MaintenanceProcessor],
})
export class MaintenanceModule {}
