import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { uuidParam } from '../common/uuid.pipe';
import { UserDto } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user-input.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List users' })
  @ApiOkResponse({ type: [UserDto], description: 'total in Content-Range' })
  @SendsPage()
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a user' })
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', uuidParam()) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user' })
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a user' })
  @ApiOkResponse({ type: UserDto })
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a user' })
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.users.remove(actor, id);
  }
}
