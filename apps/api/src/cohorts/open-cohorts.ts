import { Injectable } from '@nestjs/common';
import { CohortsRepository } from './cohorts.repository';
import { OpenCohortDto } from './dto/open-cohort.dto';

/** The cohorts that take applications, for the public side, which may not read cohorts itself. */
@Injectable()
export class OpenCohorts {
  constructor(private readonly cohorts: CohortsRepository) {}

  /** The course's open cohorts, soonest first. */
  async ofCourse(courseId: string): Promise<OpenCohortDto[]> {
    return (await this.cohorts.openOfCourse(courseId)).map((cohort) => ({
      id: cohort.id,
      name: cohort.name,
      language: cohort.language,
      venue: cohort.venue,
      online: cohort.online,
      timeZone: cohort.timeZone,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      seatsLeft: cohort.capacity - cohort.enrolledSeats,
    }));
  }
}
