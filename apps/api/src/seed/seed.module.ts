import { Module } from '@nestjs/common';
import { CivicTechsModule } from '../civic-techs/civic-techs.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CoursesModule } from '../courses/courses.module';
import { PairsModule } from '../pairs/pairs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
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
  ],
  providers: [DemoSeed, CommonsDemoSeed, CohortsDemoSeed],
})
export class SeedModule {}
