import { Module } from '@nestjs/common';
import { CivicTechsModule } from '../civic-techs/civic-techs.module';
import { CoursesModule } from '../courses/courses.module';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { CommonsDemoSeed } from './commons-demo-seed';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [UsersModule, TerritoriesModule, CoursesModule, CivicTechsModule],
  providers: [DemoSeed, CommonsDemoSeed],
})
export class SeedModule {}
