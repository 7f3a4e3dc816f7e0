import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type AgentGroup = {
  __typename?: 'AgentGroup';
  /** Agents may call other agents directly. */
  allowAgentToAgentCalls: Scalars['Boolean']['output'];
  /** Agents see their own dashboard. */
  allowDashboardAccess: Scalars['Boolean']['output'];
  /** Agents may put calls on hold. */
  allowHold: Scalars['Boolean']['output'];
  /** Agents may call numbers outside any campaign. */
  allowOutOfCampaignCalls: Scalars['Boolean']['output'];
  /** Agents may search and play their own recordings. */
  allowRecordingsAccess: Scalars['Boolean']['output'];
  /** Dialer calls connect without ringing. */
  autoAttendDialer: Scalars['Boolean']['output'];
  /** Inbound calls connect without ringing. */
  autoAttendInbound: Scalars['Boolean']['output'];
  /** Seconds in ACW before returning to READY; 0 = the agent unpauses. */
  autoUnpauseSeconds: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every call made or received must be dispositioned. */
  forceDisposition: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AgentGroupConnection = {
  __typename?: 'AgentGroupConnection';
  nodes: Array<AgentGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgentGroupFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type AgentProfile = {
  __typename?: 'AgentProfile';
  createdAt: Scalars['DateTime']['output'];
  group: AgentGroup;
  id: Scalars['ID']['output'];
  sipExtension: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  user: User;
};

/** Makes the user an agent: its group and, optionally, its SIP extension. */
export type AgentProfileInput = {
  groupId: Scalars['ID']['input'];
  /** Free extension from 1000 upwards when omitted. */
  sipExtension?: InputMaybe<Scalars['Int']['input']>;
};

export type BuiltInRole =
  | 'ADMINISTRATOR'
  | 'AGENT'
  | 'BASIC_SUPERVISOR'
  | 'MANAGER'
  | 'SUPERVISOR';

export type CampaignState =
  | 'ACTIVE'
  | 'DELETED'
  | 'FINISHED'
  | 'INACTIVE'
  | 'PAUSED';

export type CampaignStateEvent = {
  __typename?: 'CampaignStateEvent';
  campaignId: Scalars['ID']['output'];
  /** User who made the change. */
  changedBy: Maybe<Scalars['ID']['output']>;
  /** Null in snapshots. */
  from: Maybe<CampaignState>;
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  to: CampaignState;
};

export type CreateAgentGroupInput = {
  allowAgentToAgentCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowDashboardAccess?: InputMaybe<Scalars['Boolean']['input']>;
  allowHold?: InputMaybe<Scalars['Boolean']['input']>;
  allowOutOfCampaignCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowRecordingsAccess?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendDialer?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendInbound?: InputMaybe<Scalars['Boolean']['input']>;
  autoUnpauseSeconds?: InputMaybe<Scalars['Int']['input']>;
  forceDisposition?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type CreatePauseInput = {
  name: Scalars['String']['input'];
  type: PauseType;
};

export type CreateRoleInput = {
  /** Add these roles' permissions (the manual's 'apply'). */
  applyRoleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Start from exactly this role's permissions (the manual's 'imitate'). */
  imitateRoleId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  permissions?: InputMaybe<Array<Permission>>;
};

export type CreateUserInput = {
  /** Required when the role is an agent role. */
  agent?: InputMaybe<AgentProfileInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

/** SNAPSHOT rows come first, then CHANGE deltas. */
export type LiveEventKind =
  | 'CHANGE'
  | 'SNAPSHOT';

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>", or as connectionParams.authorization on WebSocket. */
  token: Scalars['String']['output'];
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes your own password; your other tokens stop working. */
  changePassword: User;
  createAgentGroup: AgentGroup;
  createPause: Pause;
  createRole: Role;
  createUser: User;
  /** Returns the deleted id. */
  deleteAgentGroup: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deletePause: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteRole: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteUser: Scalars['ID']['output'];
  /** Three failed attempts in a row lock the user. */
  login: LoginPayload;
  /** Administrators only: clears a lockout. */
  unlockUser: User;
  updateAgentGroup: AgentGroup;
  updatePause: Pause;
  updateRole: Role;
  updateUser: User;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateAgentGroupArgs = {
  input: CreateAgentGroupInput;
};


export type MutationCreatePauseArgs = {
  input: CreatePauseInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteAgentGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePauseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentGroupInput;
};


export type MutationUpdatePauseArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePauseInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoleInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A reason an agent can pause for. ACW and SUPERVISOR are system pauses, not rows. */
export type Pause = {
  __typename?: 'Pause';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: PauseType;
  updatedAt: Scalars['DateTime']['output'];
};

export type PauseConnection = {
  __typename?: 'PauseConnection';
  nodes: Array<Pause>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PauseFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<PauseType>;
};

export type PauseType =
  | 'PRODUCTIVE'
  | 'RECREATIONAL';

export type Permission =
  | 'ADMINISTRATORS_MANAGE'
  | 'AGENT_CONSOLE'
  | 'AGENT_GROUPS_MANAGE'
  | 'AUDIT'
  | 'CALLBACKS_MANAGE'
  | 'CALL_LOG_READ'
  | 'CAMPAIGNS_ALL'
  | 'CAMPAIGNS_MANAGE'
  | 'CAMPAIGNS_READ'
  | 'CONTACTS_MANAGE'
  | 'CONTACTS_READ'
  | 'DISPOSITIONS_READ'
  | 'DISPOSITIONS_WRITE'
  | 'DO_NOT_CALL_MANAGE'
  | 'EXTERNAL_SYSTEMS_MANAGE'
  | 'FORMS_MANAGE'
  | 'PAUSES_MANAGE'
  | 'REPORTS_READ'
  | 'ROLES_MANAGE'
  | 'SUPERVISION'
  | 'TELEPHONY_MANAGE'
  | 'TELEPHONY_READ'
  | 'USERS_MANAGE'
  | 'USERS_READ';

export type Query = {
  __typename?: 'Query';
  agentGroup: AgentGroup;
  agentGroups: AgentGroupConnection;
  /** The logged-in user. */
  me: User;
  pause: Pause;
  pauses: PauseConnection;
  role: Role;
  roles: RoleConnection;
  user: User;
  users: UserConnection;
};


export type QueryAgentGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPauseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPausesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PauseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A named set of permissions. Built-in roles cannot be edited or deleted. */
export type Role = {
  __typename?: 'Role';
  builtIn: Maybe<BuiltInRole>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Permission>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  nodes: Array<Role>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleFilter = {
  /** Only built-in (true) or only custom (false) roles. */
  builtIn?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Campaign state changes, from any api process; the current states first. */
  campaignStateChanged: CampaignStateEvent;
};


export type SubscriptionCampaignStateChangedArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateAgentGroupInput = {
  allowAgentToAgentCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowDashboardAccess?: InputMaybe<Scalars['Boolean']['input']>;
  allowHold?: InputMaybe<Scalars['Boolean']['input']>;
  allowOutOfCampaignCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowRecordingsAccess?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendDialer?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendInbound?: InputMaybe<Scalars['Boolean']['input']>;
  autoUnpauseSeconds?: InputMaybe<Scalars['Int']['input']>;
  forceDisposition?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePauseInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<PauseType>;
};

export type UpdateRoleInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Permission>>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agent?: InputMaybe<AgentProfileInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Set a new password (administrative reset). */
  password?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  agentProfile: Maybe<AgentProfile>;
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['String']['output']>;
  failedLoginAttempts: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  lastName: Scalars['String']['output'];
  /** Set after too many failed logins; an administrator unlocks. */
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserFilter = {
  agentGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agents (true) or only non-agents (false). */
  isAgent?: InputMaybe<Scalars['Boolean']['input']>;
  locked?: InputMaybe<Scalars['Boolean']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the username, first or last name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AgentGroupsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgentGroupsQuery = { __typename?: 'Query', agentGroups: { __typename?: 'AgentGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'AgentGroup', id: string, name: string, autoUnpauseSeconds: number, forceDisposition: boolean }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type PausesQueryVariables = Exact<{
  filter?: InputMaybe<PauseFilter>;
}>;


export type PausesQuery = { __typename?: 'Query', pauses: { __typename?: 'PauseConnection', nodes: Array<{ __typename?: 'Pause', id: string, name: string, type: PauseType, active: boolean }> } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, role: { __typename?: 'Role', builtIn: BuiltInRole | null, permissions: Array<Permission> } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, firstName: string, lastName: string, role: { __typename?: 'Role', name: string, builtIn: BuiltInRole | null, permissions: Array<Permission> }, agentProfile: { __typename?: 'AgentProfile', id: string, sipExtension: number } | null } };

export type CampaignStateChangedSubscriptionVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CampaignStateChangedSubscription = { __typename?: 'Subscription', campaignStateChanged: { __typename?: 'CampaignStateEvent', id: string, kind: LiveEventKind, occurredAt: string, campaignId: string, from: CampaignState | null, to: CampaignState, changedBy: string | null } };


export const AgentGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forceDisposition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AgentGroupsQuery, AgentGroupsQueryVariables>;
export const PausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pauses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PausesQuery, PausesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CampaignStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignStateChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]} as unknown as DocumentNode<CampaignStateChangedSubscription, CampaignStateChangedSubscriptionVariables>;