import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@apprenance/jobs';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.maintenance })],
  providers: [MaintenanceProcessor],
})
export class MaintenanceModule {}
