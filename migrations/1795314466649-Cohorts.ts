import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cohorts1795314466649 implements MigrationInterface {
  name = 'Cohorts1795314466649';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."cohort_status" AS ENUM('draft', 'open', 'running', 'completed', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohorts" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "name" character varying(160) NOT NULL, "language" "public"."locale" NOT NULL, "venue" character varying(300), "online" boolean NOT NULL DEFAULT false, "online_url" character varying(500), "time_zone" character varying(64) NOT NULL, "capacity" smallint NOT NULL DEFAULT '10', "enrolled_seats" smallint NOT NULL DEFAULT '0', "status" "public"."cohort_status" NOT NULL DEFAULT 'draft', "starts_on" date, "ends_on" date, CONSTRAINT "ck_cohorts_dates" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "ck_cohorts_place" CHECK ("online" OR "venue" IS NOT NULL), CONSTRAINT "ck_cohorts_seats" CHECK ("enrolled_seats" BETWEEN 0 AND "capacity"), CONSTRAINT "ck_cohorts_capacity" CHECK ("capacity" BETWEEN 5 AND 10), CONSTRAINT "pk_cohorts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohorts_status" ON "cohorts" ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_cohorts_course" ON "cohorts" ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "cohort_trainers" ("cohort_id" uuid NOT NULL, "trainer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_trainers" PRIMARY KEY ("cohort_id", "trainer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_trainers_trainer" ON "cohort_trainers" ("trainer_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."pair_status" AS ENUM('applied', 'enrolled', 'waitlisted', 'withdrawn', 'declined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_pairs" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "political_id" uuid NOT NULL, "technical_id" uuid NOT NULL, "status" "public"."pair_status" NOT NULL, "waitlist_rank" integer, CONSTRAINT "ck_cohort_pairs_waitlist" CHECK (("status" = 'waitlisted') = ("waitlist_rank" IS NOT NULL)), CONSTRAINT "ck_cohort_pairs_distinct" CHECK ("political_id" <> "technical_id"), CONSTRAINT "pk_cohort_pairs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_pairs_technical" ON "cohort_pairs" ("technical_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_pairs_political" ON "cohort_pairs" ("political_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_pairs_technical" ON "cohort_pairs" ("cohort_id", "technical_id") WHERE "status" IN ('applied', 'enrolled', 'waitlisted')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_pairs_political" ON "cohort_pairs" ("cohort_id", "political_id") WHERE "status" IN ('applied', 'enrolled', 'waitlisted')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_pairs_cohort_status" ON "cohort_pairs" ("cohort_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_sessions" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "phase" "public"."course_phase" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day_count" smallint NOT NULL, "venue" character varying(300), "online_url" character varying(500), CONSTRAINT "ck_cohort_sessions_days" CHECK ("day_count" BETWEEN 1 AND 5), CONSTRAINT "ck_cohort_sessions_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_cohort_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_sessions_cohort_phase" ON "cohort_sessions" ("cohort_id", "phase") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_status" AS ENUM('present', 'absent', 'excused')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance" ("session_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "day_index" smallint NOT NULL, "status" "public"."attendance_status" NOT NULL, "note" character varying(500), "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attendance_day" CHECK ("day_index" BETWEEN 1 AND 5), CONSTRAINT "pk_attendance" PRIMARY KEY ("session_id", "participant_id", "day_index"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_participant" ON "attendance" ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "secret_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_calendar_tokens_cohort_user" ON "calendar_tokens" ("cohort_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "recipient_id" uuid NOT NULL, "template" character varying(80) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_outbox_recipient" ON "notification_outbox" ("recipient_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_outbox_sent_at" ON "notification_outbox" ("sent_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_trainers" ADD CONSTRAINT "fk_cohort_trainers_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_trainers" ADD CONSTRAINT "fk_cohort_trainers_trainer" FOREIGN KEY ("trainer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" ADD CONSTRAINT "fk_cohort_pairs_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" ADD CONSTRAINT "fk_cohort_pairs_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" ADD CONSTRAINT "fk_cohort_pairs_political" FOREIGN KEY ("political_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" ADD CONSTRAINT "fk_cohort_pairs_technical" FOREIGN KEY ("technical_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_sessions" ADD CONSTRAINT "fk_cohort_sessions_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance_session" FOREIGN KEY ("session_id") REFERENCES "cohort_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance_participant" FOREIGN KEY ("participant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_tokens" ADD CONSTRAINT "fk_calendar_tokens_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_tokens" ADD CONSTRAINT "fk_calendar_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "fk_notification_outbox_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Seats taken by enrolled pairs are counted by the database itself, so that the
    // ck_cohorts_seats check refuses any overbooking whatever code writes the pairs.
    await queryRunner.query(`CREATE FUNCTION "cohort_pairs_seats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" = 'enrolled' THEN
    UPDATE "cohorts" SET "enrolled_seats" = "enrolled_seats" - 2 WHERE "id" = OLD."cohort_id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" = 'enrolled' THEN
    UPDATE "cohorts" SET "enrolled_seats" = "enrolled_seats" + 2 WHERE "id" = NEW."cohort_id";
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_cohort_pairs_seats" AFTER INSERT OR DELETE OR UPDATE OF "status", "cohort_id" ON "cohort_pairs" FOR EACH ROW EXECUTE FUNCTION "cohort_pairs_seats"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_cohort_pairs_seats" ON "cohort_pairs"`);
    await queryRunner.query(`DROP FUNCTION "cohort_pairs_seats"()`);
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "fk_notification_outbox_recipient"`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_tokens" DROP CONSTRAINT "fk_calendar_tokens_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_tokens" DROP CONSTRAINT "fk_calendar_tokens_cohort"`,
    );
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_participant"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_session"`);
    await queryRunner.query(
      `ALTER TABLE "cohort_sessions" DROP CONSTRAINT "fk_cohort_sessions_cohort"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" DROP CONSTRAINT "fk_cohort_pairs_technical"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" DROP CONSTRAINT "fk_cohort_pairs_political"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_pairs" DROP CONSTRAINT "fk_cohort_pairs_territory"`,
    );
    await queryRunner.query(`ALTER TABLE "cohort_pairs" DROP CONSTRAINT "fk_cohort_pairs_cohort"`);
    await queryRunner.query(
      `ALTER TABLE "cohort_trainers" DROP CONSTRAINT "fk_cohort_trainers_trainer"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_trainers" DROP CONSTRAINT "fk_cohort_trainers_cohort"`,
    );
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_course"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_outbox_sent_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_outbox_recipient"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_tokens_cohort_user"`);
    await queryRunner.query(`DROP TABLE "calendar_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_participant"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cohort_sessions_cohort_phase"`);
    await queryRunner.query(`DROP TABLE "cohort_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_pairs_cohort_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cohort_pairs_political"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cohort_pairs_technical"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_pairs_political"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_pairs_technical"`);
    await queryRunner.query(`DROP TABLE "cohort_pairs"`);
    await queryRunner.query(`DROP TYPE "public"."pair_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_trainers_trainer"`);
    await queryRunner.query(`DROP TABLE "cohort_trainers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_course"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_status"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_status"`);
  }
}
