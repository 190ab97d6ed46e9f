import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { NumericIdPipe } from '../common/numeric-id.pipe';
import { AuditService } from './audit.service';
import { AuditEntryDto, AuditListQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit log entries' })
  @ApiOkResponse({ type: [AuditEntryDto], description: 'total in Content-Range' })
  @SendsPage()
  list(@Query() query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an audit log entry' })
  @ApiOkResponse({ type: AuditEntryDto })
  get(@Param('id', NumericIdPipe) id: string): Promise<AuditEntryDto> {
    return this.audit.get(id);
  }
}
