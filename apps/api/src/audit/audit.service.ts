import { Injectable } from '@nestjs/common';
import { AuthUser } from '../common/auth/auth-user';
import { WithQuery } from '../common/database/sql-params';
import { Tx } from '../common/database/transaction';
import { currentRequestId } from '../common/logging/request-id';
import { DomainError } from '../common/problem/domain-error';
import { Page } from '../common/list/page';
import { diffFields } from './audit-diff';
import { AuditRepository, NewAuditRow } from './audit.repository';
import { AuditEntryDto, AuditListQueryDto, toAuditEntryDto } from './dto/audit.dto';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string;
  changes?: object | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Writes the audit row inside the caller's transaction: no change without its trace. */
  record(tx: Tx, actor: AuthUser | null, event: AuditEvent): Promise<void> {
    return this.audit.insert(tx, this.row(actor, event));
  }

  /**
   * `record` as an entry of the statement of another write of the same change (see
   * `WithQuery`): the caller runs it in its transaction.
   */
  recording(actor: AuthUser | null, event: AuditEvent): WithQuery {
    return this.audit.inserting(this.row(actor, event));
  }

  private row(actor: AuthUser | null, event: AuditEvent): NewAuditRow {
    return {
      actorId: actor?.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      changes: event.changes ?? null,
      requestId: currentRequestId(),
    };
  }

  /**
   * Records `action` (`<entity type>.<verb>`) on one entity with the diff of its audited
   * fields; `before` is null for a creation, `after` for a deletion.
   */
  recordDiff<T extends object>(
    tx: Tx,
    actor: AuthUser | null,
    action: string,
    entityId: string,
    before: Partial<T> | null,
    after: Partial<T> | null,
    fields: readonly (keyof T & string)[],
  ): Promise<void> {
    const entityType = action.slice(0, action.indexOf('.'));
    return this.record(tx, actor, {
      action,
      entityType,
      entityId,
      changes: diffFields(before, after, fields),
    });
  }

  async list(query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    return (await this.audit.list(query)).map(toAuditEntryDto);
  }

  async get(id: string): Promise<AuditEntryDto> {
    const row = await this.audit.findById(id);
    if (!row) throw new DomainError('audit.not_found', `No audit entry ${id}.`);
    return toAuditEntryDto(row);
  }
}
