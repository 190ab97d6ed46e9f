import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@apprenance/config';
import { Inject } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { APP_CONFIG } from '../config/config.module';
import { calendarFeed } from './calendar-feed';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import { UsersRepository } from '../users/users.repository';
import { SessionsRepository } from './sessions.repository';
import { CalendarLinkDto } from './dto/attendance.dto';

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Each member of a cohort gets their own secret feed URL; only the secret's hash is stored,
 * a new URL replaces the old one, and revoking deletes it. The feed also stops when its owner
 * no longer belongs to the cohort.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly access: CohortAccess,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(actor: AuthUser, cohortId: string): Promise<CalendarLinkDto> {
    await this.access.checkReadable(actor, cohortId);
    const secret = randomBytes(32).toString('hex');
    const id = await this.tx.run(async (tx) => {
      const tokenId = await this.sessions.upsertCalendarToken(
        tx,
        cohortId,
        actor.id,
        sha256(secret),
      );
      await this.audit.record(tx, actor, {
        action: 'calendar_link.issue',
        entityType: 'calendar_token',
        entityId: tokenId,
        changes: { cohortId },
      });
      return tokenId;
    });
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    return { url: `${base}/api/v1/calendars/${id}/${secret}.ics` };
  }

  async revoke(actor: AuthUser, cohortId: string): Promise<void> {
    await this.access.checkReadable(actor, cohortId);
    await this.tx.run(async (tx) => {
      const tokenId = await this.sessions.deleteCalendarToken(tx, cohortId, actor.id);
      if (!tokenId) return;
      await this.audit.record(tx, actor, {
        action: 'calendar_link.revoke',
        entityType: 'calendar_token',
        entityId: tokenId,
        changes: { cohortId },
      });
    });
  }

  async feed(tokenId: string, secret: string): Promise<string> {
    const token = await this.sessions.findCalendarToken(tokenId);
    const given = Buffer.from(sha256(secret), 'hex');
    if (!token || !timingSafeEqual(given, Buffer.from(token.secretHash, 'hex')))
      throw errors.calendarNotFound();
    const owner = await this.users.findById(token.userId);
    if (!owner?.isActive) throw errors.calendarNotFound();
    const actor = { id: owner.id, role: owner.role, email: owner.email };
    const cohort = await this.access.visible(actor, token.cohortId);
    if (!cohort) throw errors.calendarNotFound();
    return calendarFeed(cohort, await this.sessions.ofCohort(cohort.id));
  }
}
