import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  PrototypeAttachmentEntity,
  PrototypeEntity,
  PrototypeEventEntity,
  PrototypeVersionEntity,
} from '@apprenance/db';
import { CivicTechsModule } from '../civic-techs/civic-techs.module';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { uploadMulterModule } from '../storage/upload-multer';
import { PrototypeAccess } from './prototype-access';
import { PrototypeAttachmentsService } from './prototype-attachments.service';
import { PrototypeQueries } from './prototype-queries';
import { PrototypeWorkflowService } from './prototype-workflow.service';
import { PrototypesController } from './prototypes.controller';
import { PrototypesRepository } from './prototypes.repository';
import { PrototypesService } from './prototypes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PrototypeEntity,
      PrototypeVersionEntity,
      PrototypeAttachmentEntity,
      PrototypeEventEntity,
    ]),
    CohortMembershipModule,
    CivicTechsModule,
    NotificationsModule,
    uploadMulterModule(),
  ],
  controllers: [PrototypesController],
  providers: [
    PrototypesRepository,
    PrototypeAccess,
    PrototypesService,
    PrototypeWorkflowService,
    PrototypeAttachmentsService,
    PrototypeQueries,
  ],
  exports: [PrototypeQueries, PrototypeAccess, PrototypesService, PrototypeWorkflowService],
})
export class PrototypesModule {}
