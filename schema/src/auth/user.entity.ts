import { Entity, ManyToOne, OneToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { Role } from './role.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';

@ObjectType()
@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 150 })
  @Unique()
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 150, default: '' })
  firstName: string = '';

  @Field(() => String)
  @Property({ type: 'string', length: 150, default: '' })
  lastName: string = '';

  // Fields past the name are null for viewers who do not reach the user (see user-details.ts).
  @Field(() => String, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  /** scrypt hash; never exposed. */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field(() => Role, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @ManyToOne({ entity: () => Role, deleteRule: 'restrict' })
  role!: Rel<Role>;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @Property({ type: 'integer', default: 0 })
  failedLoginAttempts: number = 0;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Set after too many failed logins; an administrator unlocks. Null unless you reach the user.',
  })
  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  /** Bumped when the password changes or the user is locked, so older tokens stop working. */
  @Property({ type: 'integer', default: 0, hidden: true })
  tokenVersion: number = 0;

  @Field(() => AgentProfile, {
    nullable: true,
    description: 'Null unless you are this user or reach it (see the README: Users, roles and permissions).',
  })
  @OneToOne({ entity: () => AgentProfile, mappedBy: 'user', nullable: true })
  agentProfile: Rel<AgentProfile> | null = null;

  /**
   * Who created the user; a supervisor may hand to its campaigns the agents it created that
   * work in no campaign yet (agent-reach.ts). Null for seeded users and once the creator is gone.
   */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', hidden: true })
  createdBy: Rel<User> | null = null;
}
