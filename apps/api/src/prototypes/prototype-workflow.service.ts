import { Injectable } from '@nestjs/common';
import { PrototypeEntity, PrototypeStatus } from '@apprenance/db';
import { workflowActor } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { OutboxRepository } from '../notifications/outbox.repository';
import { PrototypeDto, TransitionDto } from './dto/prototype.dto';
import { missingForSubmission, completeDraft } from './dto/prototype-content';
import { PrototypeAccess } from './prototype-access';
import { versionContent } from './prototype.mapper';
import { incomplete, transitionNotAllowed } from './prototypes.errors';
import { PrototypesRepository } from './prototypes.repository';
import { PrototypesService } from './prototypes.service';

/**
 * The workflow: members submit (freezing a version), trainers present, request changes or
 * accept. Each move locks the prototype, so two concurrent submits make one version, and is
 * audited and announced through the outbox in its own transaction.
 */
@Injectable()
export class PrototypeWorkflowService {
  constructor(
    private readonly prototypes: PrototypesRepository,
    private readonly service: PrototypesService,
    private readonly access: PrototypeAccess,
    private readonly membership: CohortMembership,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async submit(actor: AuthUser, id: string): Promise<PrototypeDto> {
    await this.access.asMember(actor, id);
    return this.tx.run(async (tx) => {
      const prototype = await this.lockFor(tx, id, 'submitted', 'member');
      const missing = missingForSubmission(completeDraft(prototype.draft));
      if (Object.keys(missing).length) throw incomplete(missing);
      const number = prototype.currentVersion + 1;
      const attachments = await this.prototypes.attachmentsOf([id], tx);
      await this.prototypes.insertVersion(tx, {
        prototypeId: id,
        number,
        authorId: actor.id,
        content: { ...versionContent(prototype, attachments) },
      });
      prototype.currentVersion = number;
      const saved = await this.move(tx, actor, prototype, 'submitted', '');
      const trainers = await this.membership.reviewerIds(tx, prototype.cohortId);
      await this.announce(tx, saved, trainers, '');
      return this.service.toDto(saved, tx);
    });
  }

  async transition(actor: AuthUser, id: string, input: TransitionDto): Promise<PrototypeDto> {
    await this.access.asTrainer(actor, id);
    return this.tx.run(async (tx) => {
      const prototype = await this.lockFor(tx, id, input.to, 'trainer');
      const saved = await this.move(tx, actor, prototype, input.to, input.comment);
      const pair = await this.membership.enrolledPair(prototype.pairId, tx);
      await this.announce(tx, saved, pair?.memberIds ?? [], input.comment);
      return this.service.toDto(saved, tx);
    });
  }

  /** Locks the prototype and checks that this kind of actor may move it to `to` from where it is. */
  private async lockFor(
    tx: Tx,
    id: string,
    to: PrototypeStatus,
    actor: 'member' | 'trainer',
  ): Promise<PrototypeEntity> {
    const prototype = (await this.prototypes.findForUpdate(tx, id)) as PrototypeEntity;
    if (workflowActor(prototype.status, to) !== actor) {
      throw transitionNotAllowed(prototype.status, to);
    }
    return prototype;
  }

  private async move(
    tx: Tx,
    actor: AuthUser,
    prototype: PrototypeEntity,
    to: PrototypeStatus,
    comment: string,
  ): Promise<PrototypeEntity> {
    const from = prototype.status;
    prototype.status = to;
    const saved = await this.prototypes.save(tx, prototype);
    const versionNumber = prototype.currentVersion;
    await this.prototypes.insertEvent(tx, {
      prototypeId: prototype.id,
      fromStatus: from,
      toStatus: to,
      versionNumber,
      comment,
      actorId: actor.id,
    });
    await this.audit.record(tx, actor, {
      action: to === 'submitted' ? 'prototype.submit' : 'prototype.transition',
      entityType: 'prototype',
      entityId: prototype.id,
      changes: { status: { from, to }, version: versionNumber, comment },
    });
    return saved;
  }

  private announce(tx: Tx, prototype: PrototypeEntity, recipients: string[], comment: string) {
    const payload = {
      prototypeId: prototype.id,
      cohortId: prototype.cohortId,
      pairId: prototype.pairId,
      status: prototype.status,
      version: prototype.currentVersion,
      comment,
    };
    return this.outbox.enqueue(
      tx,
      recipients.map((recipientId) => ({
        recipientId,
        template: `prototype.${prototype.status}`,
        payload,
      })),
    );
  }
}
