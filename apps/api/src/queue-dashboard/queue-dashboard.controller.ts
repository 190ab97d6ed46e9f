import {
  Controller,
  Get,
  Inject,
  Next,
  Patch,
  Post,
  Put,
  Req,
  Res,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { QUEUE_DASHBOARD, QUEUE_DASHBOARD_PATH, QueueDashboard } from './queue-dashboard';

type Forward = (request: Request, response: Response, next: NextFunction) => void;

/**
 * Bull Board, for admins only: the access guard runs before every page, asset and action of
 * the dashboard like before any route (its cookie stands in for the bearer header, see the
 * module). One handler per method Bull Board uses, so that the access table lists each.
 */
@ApiExcludeController()
@Controller({ path: 'queues', version: VERSION_NEUTRAL })
export class QueueDashboardController {
  constructor(@Inject(QUEUE_DASHBOARD) private readonly dashboard: QueueDashboard) {}

  @Get()
  @Roles('admin')
  home(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.forward(req, res, next);
  }

  @Get('{*path}')
  @Roles('admin')
  read(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.forward(req, res, next);
  }

  @Put('{*path}')
  @Roles('admin')
  act(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.forward(req, res, next);
  }

  @Patch('{*path}')
  @Roles('admin')
  change(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.forward(req, res, next);
  }

  @Post('{*path}')
  @Roles('admin')
  add(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.forward(req, res, next);
  }

  /** Bull Board's router expects paths below its mount point. */
  private readonly forward: Forward = (request, response, next) => {
    request.url = request.originalUrl.slice(QUEUE_DASHBOARD_PATH.length) || '/';
    this.dashboard.router(request, response, next);
  };
}
