import { Injectable } from '@nestjs/common';
import { TerritoriesService } from '../territories/territories.service';
import { UsersService } from '../users/users.service';
import { UsersRepository } from '../users/users.repository';
import { CohortsDemoSeed } from './cohorts-demo-seed';
import { CommonsDemoSeed } from './commons-demo-seed';
import { ImpactDemoSeed } from './impact-demo-seed';
import { PrototypesDemoSeed } from './prototypes-demo-seed';
import { AssessmentDemoSeed } from './assessment-demo-seed';
import { CertificatesDemoSeed } from './certificates-demo-seed';
import {
  DEMO_INVITEE,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TERRITORIES,
  DEMO_USERS,
} from './demo-data';

export interface DemoAccount {
  email: string;
  role: string;
  password: string;
}

/** Fills an empty database with demo data through the services, so the audit log shows it. */
@Injectable()
export class DemoSeed {
  constructor(
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
    private readonly territories: TerritoriesService,
    private readonly commons: CommonsDemoSeed,
    private readonly cohorts: CohortsDemoSeed,
    private readonly prototypes: PrototypesDemoSeed,
    private readonly assessment: AssessmentDemoSeed,
    private readonly certificates: CertificatesDemoSeed,
    private readonly impact: ImpactDemoSeed,
  ) {}

  /** Seeds once: a database that already has the demo admin is left alone. */
  async run(): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
    const accounts = DEMO_USERS.map(({ email, role }) => ({
      email,
      role,
      password: DEMO_PASSWORD,
    }));
    if (await this.usersRepository.findByEmail(DEMO_USERS[0].email)) {
      // The catalogue and demo courses came later than the accounts: add them if missing.
      await this.commons.run(DEMO_USERS[0].email);
      return { seeded: false, accounts };
    }
    const territoryIds = new Map<string, string>();
    for (const { key, ...territory } of DEMO_TERRITORIES) {
      territoryIds.set(key, (await this.territories.create(null, territory)).id);
    }
    for (const { territory, ...user } of DEMO_PEOPLE) {
      await this.users.create(null, {
        ...user,
        password: DEMO_PASSWORD,
        ...(territory ? { territoryId: territoryIds.get(territory) } : {}),
      });
    }
    await this.users.create(null, { ...DEMO_INVITEE });
    const admin = await this.commons.run(DEMO_USERS[0].email);
    await this.cohorts.run(admin);
    await this.prototypes.run(admin);
    await this.certificates.run(admin, await this.assessment.run(admin));
    await this.impact.run(admin);
    return { seeded: true, accounts };
  }
}
