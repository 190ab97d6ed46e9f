import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CourseFormat, ImpactPublicationEntity } from '@apprenance/db';
import { DataSource, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';
import { courseFactsSql } from '../courses/course-sql';
import { PublicImpactCourseDto } from './dto/dashboard.dto';

/** Which courses have a public, anonymised impact dashboard. */
@Injectable()
export class PublicationsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ImpactPublicationEntity)
    private readonly publications: Repository<ImpactPublicationEntity>,
  ) {}

  isPublished(courseId: string): Promise<boolean> {
    return this.publications.existsBy({ courseId });
  }

  /** Published courses with their titles, of one format when given. */
  publishedCourses(format?: CourseFormat): Promise<PublicImpactCourseDto[]> {
    return this.dataSource.query(
      `SELECT co.id AS "courseId", co.title_fr AS "titleFr", co.title_en AS "titleEn", co.format
         FROM impact_publications ip JOIN (${courseFactsSql}) co ON co.id = ip.course_id
        WHERE $1::text IS NULL OR co.format::text = $1
        ORDER BY co.title_en, co.id`,
      [format ?? null],
    );
  }

  /** Turns the flag on or off; whether it changed. */
  async set(tx: Tx, courseId: string, on: boolean, by: string): Promise<boolean> {
    const repository = tx.getRepository(ImpactPublicationEntity);
    if (!on) return ((await repository.delete({ courseId })).affected ?? 0) > 0;
    const result = await repository
      .createQueryBuilder()
      .insert()
      .values({ courseId, publishedBy: by })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
