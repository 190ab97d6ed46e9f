import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobOutbox1796028373933 implements MigrationInterface {
  name = 'JobOutbox1796028373933';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "queue" character varying(60) NOT NULL, "name" character varying(80) NOT NULL, "entity_id" character varying(200) NOT NULL, "job_id" character varying(300) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enqueued_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "pk_job_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_job_outbox_in_flight" ON "job_outbox" ("id") WHERE "enqueued_at" IS NOT NULL AND "completed_at" IS NULL AND "failed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_job_outbox_to_relay" ON "job_outbox" ("id") WHERE "enqueued_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_job_outbox_job_id" ON "job_outbox" ("job_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_job_outbox_job_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_outbox_to_relay"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_outbox_in_flight"`);
    await queryRunner.query(`DROP TABLE "job_outbox"`);
  }
}
