import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796100000000 implements MigrationInterface {
  name = 'Accounts1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."account_token_purpose" AS ENUM('invitation', 'password_reset')`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "secret_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_account_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_account_tokens_user_purpose" ON "account_tokens" ("user_id", "purpose") `,
    );
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "fk_account_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "email_opt_out" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_status" AS ENUM('pending', 'sent', 'failed', 'skipped')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD "status" "public"."notification_status" NOT NULL DEFAULT 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD "attempts" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "notification_outbox" ADD "last_error" text`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD "dedupe_key" character varying(200)`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD "read_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_outbox_dedupe_key" ON "notification_outbox" ("dedupe_key") WHERE "dedupe_key" IS NOT NULL`,
    );
    // Rows written before delivery existed and already marked sent keep that status.
    await queryRunner.query(
      `UPDATE "notification_outbox" SET "status" = 'sent' WHERE "sent_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_outbox_status" ON "notification_outbox" ("status", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_notification_outbox_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_outbox_status"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "dedupe_key"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "read_at"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "last_error"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "notification_outbox" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_status"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_opt_out"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(
      `ALTER TABLE "account_tokens" DROP CONSTRAINT "fk_account_tokens_user"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_account_tokens_user_purpose"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."account_token_purpose"`);
  }
}
