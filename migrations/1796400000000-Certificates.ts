import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1796400000000 implements MigrationInterface {
  name = 'Certificates1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Status-list bits are allocated from a sequence so that concurrent issuers never share one.
    await queryRunner.query(`CREATE SEQUENCE "certificate_status_index_seq" MINVALUE 0 START 0`);
    await queryRunner.query(
      `CREATE TABLE "certificate_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "requested_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_certificate_batches" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_certificate_batches_cohort" ON "certificate_batches" ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."certificate_status" AS ENUM('pending', 'issued', 'failed', 'revoked', 'superseded')`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificates" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "participant_name" character varying(120) NOT NULL, "status" "public"."certificate_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "code" character varying(16) NOT NULL, "status_index" integer NOT NULL, "storage_key" character varying(200), "sha256" character(64), "issued_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" character varying(500), "superseded_by" uuid, CONSTRAINT "ck_certificates_superseded" CHECK ("status" <> 'superseded' OR "superseded_by" IS NOT NULL), CONSTRAINT "ck_certificates_revoked" CHECK ("status" <> 'revoked' OR ("revoked_at" IS NOT NULL AND "revocation_reason" IS NOT NULL)), CONSTRAINT "ck_certificates_issued" CHECK ("status" <> 'issued' OR ("storage_key" IS NOT NULL AND "sha256" IS NOT NULL AND "issued_at" IS NOT NULL)), CONSTRAINT "pk_certificates" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_certificates_pending" ON "certificates" ("created_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_certificates_batch" ON "certificates" ("batch_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_certificates_cohort" ON "certificates" ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certificates_status_index" ON "certificates" ("status_index") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certificates_code" ON "certificates" ("code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certificates_valid" ON "certificates" ("participant_id", "cohort_id") WHERE "status" IN ('pending', 'issued')`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_batches" ADD CONSTRAINT "fk_certificate_batches_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_batches" ADD CONSTRAINT "fk_certificate_batches_requester" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_participant" FOREIGN KEY ("participant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_batch" FOREIGN KEY ("batch_id") REFERENCES "certificate_batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_successor" FOREIGN KEY ("superseded_by") REFERENCES "certificates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_successor"`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_batch"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_cohort"`);
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_batches" DROP CONSTRAINT "fk_certificate_batches_requester"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_batches" DROP CONSTRAINT "fk_certificate_batches_cohort"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_valid"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_status_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificates_cohort"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificates_batch"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificates_pending"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_certificate_batches_cohort"`);
    await queryRunner.query(`DROP TABLE "certificate_batches"`);
    await queryRunner.query(`DROP SEQUENCE "certificate_status_index_seq"`);
  }
}
