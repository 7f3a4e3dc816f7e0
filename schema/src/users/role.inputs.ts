import { Field, ID, InputType } from 'type-graphql';
import { ArrayUnique, IsOptional, Length } from 'class-validator';
import { Permission } from '../auth/permission.js';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class CreateRoleInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => [Permission], { nullable: true, defaultValue: [] })
  @ArrayUnique()
  permissions?: Permission[];

  @Field(() => ID, {
    nullable: true,
    description: "Start from exactly this role's permissions (the manual's 'imitate').",
  })
  imitateRoleId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Add these roles' permissions (the manual's 'apply')." })
  applyRoleIds?: string[] | null;
}

@InputType()
export class UpdateRoleInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => [Permission], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  permissions?: Permission[];
}

@InputType()
export class RoleFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only built-in (true) or only custom (false) roles.' })
  builtIn?: boolean;
}
