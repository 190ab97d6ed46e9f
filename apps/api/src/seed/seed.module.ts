import { ImpactModule } from '../impact/impact.module';
import { ImpactDemoSeed } from './impact-demo-seed';
import { Module } from '@nestjs/common';
import { CivicTechsModule } from '../civic-techs/civic-techs.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CoursesModule } from '../courses/courses.module';
import { PairsModule } from '../pairs/pairs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { PrototypesModule } from '../prototypes/prototypes.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { TestLogsModule } from '../test-logs/test-logs.module';
import { AssessmentModule } from '../assessment/assessment.module';
import { AssessmentDemoSeed } from './assessment-demo-seed';
import { CertificatesModule } from '../certificates/certificates.module';
import { CertificatesDemoSeed } from './certificates-demo-seed';
import { PrototypesDemoSeed } from './prototypes-demo-seed';
import { CohortsDemoSeed } from './cohorts-demo-seed';
import { CommonsDemoSeed } from './commons-demo-seed';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [
    UsersModule,
    TerritoriesModule,
    CoursesModule,
    CivicTechsModule,
    CohortsModule,
    PairsModule,
    SessionsModule,
    // Prototypes, civic-tech test logs and peer review (issue 9)
    CohortMembershipModule,
    TestLogsModule,
    PrototypesModule,
    ReviewsModule,
    // Trainer assessment (issue 10)
    AssessmentModule,
    // Certificates (issue 12)
    CertificatesModule,
    // Conviction, follow-ups and the impact dashboard (issue 10)
    ImpactModule,
  ],
  providers: [
    DemoSeed,
    CommonsDemoSeed,
    CohortsDemoSeed,
    PrototypesDemoSeed,
    AssessmentDemoSeed,
    CertificatesDemoSeed,
    ImpactDemoSeed,
  ],
})
export class SeedModule {}
