/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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
  /**
   * Define a Relay Cursor type:
   * https://relay.dev/graphql/connections.htm#sec-Cursor
   */
  Cursor: { input: string; output: string; }
  /** The builtin Time type */
  Time: { input: string; output: string; }
  Upload: { input: File; output: File; }
};

export type ApiKey = Node & {
  __typename?: 'APIKey';
  /** the bucket's capacity, cost points */
  budget: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  createdBy?: Maybe<User>;
  createdByID?: Maybe<Scalars['ID']['output']>;
  districts?: Maybe<Array<District>>;
  expiresAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['Time']['output']>;
  name: Scalars['String']['output'];
  /** only queries registered for the key run */
  persistedOnly: Scalars['Boolean']['output'];
  persistedQueries?: Maybe<Array<PersistedQuery>>;
  /** the secret's first 12 characters (gck_ and 8 more), shown to tell keys apart */
  prefix: Scalars['String']['output'];
  /** end of the rotation's overlap */
  previousValidUntil?: Maybe<Scalars['Time']['output']>;
  /** cost points the bucket regains per second */
  refillPerSecond: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['Time']['output']>;
  /** what the key may read */
  scopes: Array<PartnerScope>;
  status: ApiKeyStatus;
  updatedAt: Scalars['Time']['output'];
  viewerCan: ApiKeyViewerCan;
};

/** The ranges and defaults of a key's settings (what createAPIKey, updateAPIKey and rotateAPIKey accept). */
export type ApiKeyBounds = {
  __typename?: 'APIKeyBounds';
  /** Cost points. */
  budget: IntBounds;
  /** Minutes the rotated-out secret keeps working. */
  overlapMinutes: IntBounds;
  /** Cost points per second. */
  refillPerSecond: IntBounds;
};

/** A connection to a list of items. */
export type ApiKeyConnection = {
  __typename?: 'APIKeyConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ApiKeyEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ApiKeyEdge = {
  __typename?: 'APIKeyEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ApiKey>;
};

/** Ordering options for APIKey connections */
export type ApiKeyOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order APIKeys. */
  field: ApiKeyOrderField;
};

/** Properties by which APIKey connections can be ordered. */
export type ApiKeyOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/**
 * A key and its secret. The secret (gck_ and 32 characters) is shown this once
 * and only its SHA-256 is kept: send it as `Authorization: Bearer gck_…` or
 * `X-API-Key: gck_…` to /query.
 */
export type ApiKeySecret = {
  __typename?: 'APIKeySecret';
  apiKey: ApiKey;
  secret: Scalars['String']['output'];
};

/** A key's state now. */
export type ApiKeyStatus =
  | 'ACTIVE'
  /** Past expiresAt: refused UNAUTHENTICATED. */
  | 'EXPIRED'
  /** Revoked: refused UNAUTHENTICATED from the next request. */
  | 'REVOKED';

/** A key's use on one day (Asia/Shanghai). */
export type ApiKeyUsageDay = {
  __typename?: 'APIKeyUsageDay';
  /** Cost points charged: each request's actual cost (extensions.cost.actual). */
  cost: Scalars['Int']['output'];
  /** YYYY-MM-DD, Asia/Shanghai. */
  day: Scalars['String']['output'];
  /** Requests refused RATE_LIMITED (the bucket was empty). */
  refused: Scalars['Int']['output'];
  /** Requests that ran, charged their cost (a FORBIDDEN field within one included); one refused before it ran — not parsing or validating, over a limit, a mutation or subscription a key may not use — is not counted. */
  requests: Scalars['Int']['output'];
};

/** What the viewer may do with a key. */
export type ApiKeyViewerCan = {
  __typename?: 'APIKeyViewerCan';
  /** Edit or revoke it: the city, while the key is not revoked. */
  change: Scalars['Boolean']['output'];
  /** Rotate it: as change, while the key has not expired (extend the expiry first). */
  rotate: Scalars['Boolean']['output'];
};

/**
 * APIKeyWhereInput is used for filtering APIKey objects.
 * Input was generated by ent.
 */
export type ApiKeyWhereInput = {
  and?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** budget field predicates */
  budget?: InputMaybe<Scalars['Int']['input']>;
  budgetGT?: InputMaybe<Scalars['Int']['input']>;
  budgetGTE?: InputMaybe<Scalars['Int']['input']>;
  budgetIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  budgetLT?: InputMaybe<Scalars['Int']['input']>;
  budgetLTE?: InputMaybe<Scalars['Int']['input']>;
  budgetNEQ?: InputMaybe<Scalars['Int']['input']>;
  budgetNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** created_by_id field predicates */
  createdByID?: InputMaybe<Scalars['ID']['input']>;
  createdByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  createdByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  createdByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  createdByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  createdByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_by edge predicates */
  hasCreatedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasCreatedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** districts edge predicates */
  hasDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictsWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** persisted_queries edge predicates */
  hasPersistedQueries?: InputMaybe<Scalars['Boolean']['input']>;
  hasPersistedQueriesWith?: InputMaybe<Array<PersistedQueryWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** last_used_at field predicates */
  lastUsedAt?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  lastUsedAtLT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<ApiKeyWhereInput>;
  or?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** persisted_only field predicates */
  persistedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  persistedOnlyNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** prefix field predicates */
  prefix?: InputMaybe<Scalars['String']['input']>;
  prefixContains?: InputMaybe<Scalars['String']['input']>;
  prefixContainsFold?: InputMaybe<Scalars['String']['input']>;
  prefixEqualFold?: InputMaybe<Scalars['String']['input']>;
  prefixGT?: InputMaybe<Scalars['String']['input']>;
  prefixGTE?: InputMaybe<Scalars['String']['input']>;
  prefixHasPrefix?: InputMaybe<Scalars['String']['input']>;
  prefixHasSuffix?: InputMaybe<Scalars['String']['input']>;
  prefixIn?: InputMaybe<Array<Scalars['String']['input']>>;
  prefixLT?: InputMaybe<Scalars['String']['input']>;
  prefixLTE?: InputMaybe<Scalars['String']['input']>;
  prefixNEQ?: InputMaybe<Scalars['String']['input']>;
  prefixNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** previous_valid_until field predicates */
  previousValidUntil?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilGT?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilGTE?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  previousValidUntilIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  previousValidUntilLT?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilLTE?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilNEQ?: InputMaybe<Scalars['Time']['input']>;
  previousValidUntilNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  previousValidUntilNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** refill_per_second field predicates */
  refillPerSecond?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondGT?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondGTE?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  refillPerSecondLT?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondLTE?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondNEQ?: InputMaybe<Scalars['Int']['input']>;
  refillPerSecondNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type AdjustWarningInput = {
  content?: Scalars['String']['input'];
  /** When the round takes effect (for LIFT: when the warning ends); now when empty. */
  effectiveFrom?: InputMaybe<Scalars['Time']['input']>;
  /** The new planned end (required to extend, later than the current one). */
  effectiveTo?: InputMaybe<Scalars['Time']['input']>;
  /** UPGRADE or DOWNGRADE (with level), EXTEND (with effectiveTo) or LIFT. Not PUBLISH. */
  kind: WarningNoticeKind;
  level?: InputMaybe<WarningLevel>;
  /** A new title for the warning from this round on (an upgrade's names the new level); none keeps it. */
  title?: InputMaybe<Scalars['String']['input']>;
  warningID: Scalars['ID']['input'];
};

export type Answer = Node & {
  __typename?: 'Answer';
  answeredAt: Scalars['Time']['output'];
  answeredBy?: Maybe<User>;
  answeredByID?: Maybe<Scalars['ID']['output']>;
  attachments?: Maybe<Array<Attachment>>;
  /** nil when not applicable */
  compliant?: Maybe<Scalars['Boolean']['output']>;
  createdAt: Scalars['Time']['output'];
  finding?: Maybe<Finding>;
  id: Scalars['ID']['output'];
  item: ChecklistItem;
  itemID: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  selfCheck: SelfCheck;
  selfCheckID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
  /** YES, NO, NA, a number, a date or a choice */
  value: Scalars['String']['output'];
  /** The value as people read it, in the caller's language: 是/否/不适用 (Yes/No/Not applicable), or the number, date or choice given. */
  valueText: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type AnswerConnection = {
  __typename?: 'AnswerConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AnswerEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AnswerEdge = {
  __typename?: 'AnswerEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Answer>;
};

/** Ordering options for Answer connections */
export type AnswerOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Answers. */
  field: AnswerOrderField;
};

/** Properties by which Answer connections can be ordered. */
export type AnswerOrderField =
  | 'ANSWERED_AT'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * AnswerWhereInput is used for filtering Answer objects.
 * Input was generated by ent.
 */
export type AnswerWhereInput = {
  and?: InputMaybe<Array<AnswerWhereInput>>;
  /** answered_at field predicates */
  answeredAt?: InputMaybe<Scalars['Time']['input']>;
  answeredAtGT?: InputMaybe<Scalars['Time']['input']>;
  answeredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  answeredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  answeredAtLT?: InputMaybe<Scalars['Time']['input']>;
  answeredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  answeredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  answeredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** answered_by_id field predicates */
  answeredByID?: InputMaybe<Scalars['ID']['input']>;
  answeredByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  answeredByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  answeredByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  answeredByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  answeredByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** compliant field predicates */
  compliant?: InputMaybe<Scalars['Boolean']['input']>;
  compliantIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  compliantNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  compliantNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** answered_by edge predicates */
  hasAnsweredBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasAnsweredByWith?: InputMaybe<Array<UserWhereInput>>;
  /** attachments edge predicates */
  hasAttachments?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttachmentsWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** finding edge predicates */
  hasFinding?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingWith?: InputMaybe<Array<FindingWhereInput>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  hasItemWith?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** self_check edge predicates */
  hasSelfCheck?: InputMaybe<Scalars['Boolean']['input']>;
  hasSelfCheckWith?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<AnswerWhereInput>;
  /** note field predicates */
  note?: InputMaybe<Scalars['String']['input']>;
  noteContains?: InputMaybe<Scalars['String']['input']>;
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  noteGT?: InputMaybe<Scalars['String']['input']>;
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  noteLT?: InputMaybe<Scalars['String']['input']>;
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  or?: InputMaybe<Array<AnswerWhereInput>>;
  /** self_check_id field predicates */
  selfCheckID?: InputMaybe<Scalars['ID']['input']>;
  selfCheckIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  selfCheckIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  selfCheckIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** value field predicates */
  value?: InputMaybe<Scalars['String']['input']>;
  valueContains?: InputMaybe<Scalars['String']['input']>;
  valueContainsFold?: InputMaybe<Scalars['String']['input']>;
  valueEqualFold?: InputMaybe<Scalars['String']['input']>;
  valueGT?: InputMaybe<Scalars['String']['input']>;
  valueGTE?: InputMaybe<Scalars['String']['input']>;
  valueHasPrefix?: InputMaybe<Scalars['String']['input']>;
  valueHasSuffix?: InputMaybe<Scalars['String']['input']>;
  valueIn?: InputMaybe<Array<Scalars['String']['input']>>;
  valueLT?: InputMaybe<Scalars['String']['input']>;
  valueLTE?: InputMaybe<Scalars['String']['input']>;
  valueNEQ?: InputMaybe<Scalars['String']['input']>;
  valueNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AnswererQuestionResponse = {
  __typename?: 'AnswererQuestionResponse';
  response: QuestionResponse;
  /** Who answered these questions first; null when the viewer may not see the person. */
  user?: Maybe<User>;
};

/** Which enterprises a checklist item applies to; empty lists match all. */
export type Applicability = {
  __typename?: 'Applicability';
  /** AIR_RELATED, KEY_SUPERVISED, VOC_USER, HAZARDOUS_WASTE */
  flags?: Maybe<Array<Scalars['String']['output']>>;
  industryPrefixes?: Maybe<Array<Scalars['String']['output']>>;
  permitTiers?: Maybe<Array<Scalars['String']['output']>>;
};

export type ApplicabilityInput = {
  /** AIR_RELATED, KEY_SUPERVISED, VOC_USER, HAZARDOUS_WASTE */
  flags?: InputMaybe<Array<Scalars['String']['input']>>;
  industryPrefixes?: InputMaybe<Array<Scalars['String']['input']>>;
  permitTiers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AskQuestionInput = {
  /** Photos and files uploaded first with uploadFiles (at most 9). */
  attachmentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 5,000 characters. */
  body: Scalars['String']['input'];
  /** Client-generated key: a retried question is asked once. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The channel: the enterprise's own district when empty (any other is refused). */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** The finding the question is about (the enterprise's own). */
  findingID?: InputMaybe<Scalars['ID']['input']>;
  /** The checklist item the question is about. */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  /** The warning notice the question is about (the enterprise's own). */
  noticeID?: InputMaybe<Scalars['ID']['input']>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type Attachment = Node & {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** a photo's capture time from its EXIF DateTimeOriginal, when it has one */
  takenAt?: Maybe<Scalars['Time']['output']>;
  updatedAt: Scalars['Time']['output'];
  uploader?: Maybe<User>;
  uploaderID?: Maybe<Scalars['ID']['output']>;
  /** A link to the file for the signed-in viewer, valid for an hour (add &download=1 to save it). */
  url: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type AttachmentConnection = {
  __typename?: 'AttachmentConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AttachmentEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AttachmentEdge = {
  __typename?: 'AttachmentEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Attachment>;
};

/** Ordering options for Attachment connections */
export type AttachmentOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Attachments. */
  field: AttachmentOrderField;
};

/** Properties by which Attachment connections can be ordered. */
export type AttachmentOrderField =
  | 'CREATED_AT'
  | 'SIZE'
  | 'UPDATED_AT';

/**
 * AttachmentWhereInput is used for filtering Attachment objects.
 * Input was generated by ent.
 */
export type AttachmentWhereInput = {
  and?: InputMaybe<Array<AttachmentWhereInput>>;
  /** content_type field predicates */
  contentType?: InputMaybe<Scalars['String']['input']>;
  contentTypeContains?: InputMaybe<Scalars['String']['input']>;
  contentTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeGT?: InputMaybe<Scalars['String']['input']>;
  contentTypeGTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contentTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contentTypeLT?: InputMaybe<Scalars['String']['input']>;
  contentTypeLTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  contentTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** uploader edge predicates */
  hasUploader?: InputMaybe<Scalars['Boolean']['input']>;
  hasUploaderWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<AttachmentWhereInput>;
  or?: InputMaybe<Array<AttachmentWhereInput>>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** taken_at field predicates */
  takenAt?: InputMaybe<Scalars['Time']['input']>;
  takenAtGT?: InputMaybe<Scalars['Time']['input']>;
  takenAtGTE?: InputMaybe<Scalars['Time']['input']>;
  takenAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  takenAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  takenAtLT?: InputMaybe<Scalars['Time']['input']>;
  takenAtLTE?: InputMaybe<Scalars['Time']['input']>;
  takenAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  takenAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  takenAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** uploader_id field predicates */
  uploaderID?: InputMaybe<Scalars['ID']['input']>;
  uploaderIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  uploaderIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  uploaderIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  uploaderIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  uploaderIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Attendance = Node & {
  __typename?: 'Attendance';
  completedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  joinedAt?: Maybe<Scalars['Time']['output']>;
  registeredAt: Scalars['Time']['output'];
  training: Training;
  trainingID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
  user: User;
  userID: Scalars['ID']['output'];
  watchedMinutes: Scalars['Int']['output'];
};

/** A connection to a list of items. */
export type AttendanceConnection = {
  __typename?: 'AttendanceConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AttendanceEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AttendanceEdge = {
  __typename?: 'AttendanceEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Attendance>;
};

/** Ordering options for Attendance connections */
export type AttendanceOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Attendances. */
  field: AttendanceOrderField;
};

/** Properties by which Attendance connections can be ordered. */
export type AttendanceOrderField =
  | 'COMPLETED_AT'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * AttendanceWhereInput is used for filtering Attendance objects.
 * Input was generated by ent.
 */
export type AttendanceWhereInput = {
  and?: InputMaybe<Array<AttendanceWhereInput>>;
  /** completed_at field predicates */
  completedAt?: InputMaybe<Scalars['Time']['input']>;
  completedAtGT?: InputMaybe<Scalars['Time']['input']>;
  completedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  completedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  completedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  completedAtLT?: InputMaybe<Scalars['Time']['input']>;
  completedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  completedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  completedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  completedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** training edge predicates */
  hasTraining?: InputMaybe<Scalars['Boolean']['input']>;
  hasTrainingWith?: InputMaybe<Array<TrainingWhereInput>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** joined_at field predicates */
  joinedAt?: InputMaybe<Scalars['Time']['input']>;
  joinedAtGT?: InputMaybe<Scalars['Time']['input']>;
  joinedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  joinedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  joinedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  joinedAtLT?: InputMaybe<Scalars['Time']['input']>;
  joinedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  joinedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  joinedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  joinedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<AttendanceWhereInput>;
  or?: InputMaybe<Array<AttendanceWhereInput>>;
  /** registered_at field predicates */
  registeredAt?: InputMaybe<Scalars['Time']['input']>;
  registeredAtGT?: InputMaybe<Scalars['Time']['input']>;
  registeredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  registeredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  registeredAtLT?: InputMaybe<Scalars['Time']['input']>;
  registeredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  registeredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  registeredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** training_id field predicates */
  trainingID?: InputMaybe<Scalars['ID']['input']>;
  trainingIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  trainingIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  trainingIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** watched_minutes field predicates */
  watchedMinutes?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  watchedMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  watchedMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** e.g. enterprise.update, finding.close */
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  actorID?: Maybe<Scalars['ID']['output']>;
  /** snapshot; 'system' for jobs */
  actorName: Scalars['String']['output'];
  comment: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  enterprise?: Maybe<Enterprise>;
  enterpriseID?: Maybe<Scalars['ID']['output']>;
  fromValue: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  subjectID: Scalars['Int']['output'];
  subjectType: Scalars['String']['output'];
  toValue: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AuditEntryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<AuditEntry>;
};

/** Ordering options for AuditEntry connections */
export type AuditEntryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AuditEntries. */
  field: AuditEntryOrderField;
};

/** Properties by which AuditEntry connections can be ordered. */
export type AuditEntryOrderField =
  | 'CREATED_AT';

/**
 * AuditEntryWhereInput is used for filtering AuditEntry objects.
 * Input was generated by ent.
 */
export type AuditEntryWhereInput = {
  /** action field predicates */
  action?: InputMaybe<Scalars['String']['input']>;
  actionContains?: InputMaybe<Scalars['String']['input']>;
  actionContainsFold?: InputMaybe<Scalars['String']['input']>;
  actionEqualFold?: InputMaybe<Scalars['String']['input']>;
  actionGT?: InputMaybe<Scalars['String']['input']>;
  actionGTE?: InputMaybe<Scalars['String']['input']>;
  actionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  actionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actionLT?: InputMaybe<Scalars['String']['input']>;
  actionLTE?: InputMaybe<Scalars['String']['input']>;
  actionNEQ?: InputMaybe<Scalars['String']['input']>;
  actionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** actor_id field predicates */
  actorID?: InputMaybe<Scalars['ID']['input']>;
  actorIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  actorIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  actorIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  actorIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  actorIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** actor_name field predicates */
  actorName?: InputMaybe<Scalars['String']['input']>;
  actorNameContains?: InputMaybe<Scalars['String']['input']>;
  actorNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  actorNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  actorNameGT?: InputMaybe<Scalars['String']['input']>;
  actorNameGTE?: InputMaybe<Scalars['String']['input']>;
  actorNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  actorNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  actorNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actorNameLT?: InputMaybe<Scalars['String']['input']>;
  actorNameLTE?: InputMaybe<Scalars['String']['input']>;
  actorNameNEQ?: InputMaybe<Scalars['String']['input']>;
  actorNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  and?: InputMaybe<Array<AuditEntryWhereInput>>;
  /** comment field predicates */
  comment?: InputMaybe<Scalars['String']['input']>;
  commentContains?: InputMaybe<Scalars['String']['input']>;
  commentContainsFold?: InputMaybe<Scalars['String']['input']>;
  commentEqualFold?: InputMaybe<Scalars['String']['input']>;
  commentGT?: InputMaybe<Scalars['String']['input']>;
  commentGTE?: InputMaybe<Scalars['String']['input']>;
  commentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  commentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  commentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  commentLT?: InputMaybe<Scalars['String']['input']>;
  commentLTE?: InputMaybe<Scalars['String']['input']>;
  commentNEQ?: InputMaybe<Scalars['String']['input']>;
  commentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** from_value field predicates */
  fromValue?: InputMaybe<Scalars['String']['input']>;
  fromValueContains?: InputMaybe<Scalars['String']['input']>;
  fromValueContainsFold?: InputMaybe<Scalars['String']['input']>;
  fromValueEqualFold?: InputMaybe<Scalars['String']['input']>;
  fromValueGT?: InputMaybe<Scalars['String']['input']>;
  fromValueGTE?: InputMaybe<Scalars['String']['input']>;
  fromValueHasPrefix?: InputMaybe<Scalars['String']['input']>;
  fromValueHasSuffix?: InputMaybe<Scalars['String']['input']>;
  fromValueIn?: InputMaybe<Array<Scalars['String']['input']>>;
  fromValueLT?: InputMaybe<Scalars['String']['input']>;
  fromValueLTE?: InputMaybe<Scalars['String']['input']>;
  fromValueNEQ?: InputMaybe<Scalars['String']['input']>;
  fromValueNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** actor edge predicates */
  hasActor?: InputMaybe<Scalars['Boolean']['input']>;
  hasActorWith?: InputMaybe<Array<UserWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<AuditEntryWhereInput>;
  or?: InputMaybe<Array<AuditEntryWhereInput>>;
  /** subject_id field predicates */
  subjectID?: InputMaybe<Scalars['Int']['input']>;
  subjectIDGT?: InputMaybe<Scalars['Int']['input']>;
  subjectIDGTE?: InputMaybe<Scalars['Int']['input']>;
  subjectIDIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  subjectIDLT?: InputMaybe<Scalars['Int']['input']>;
  subjectIDLTE?: InputMaybe<Scalars['Int']['input']>;
  subjectIDNEQ?: InputMaybe<Scalars['Int']['input']>;
  subjectIDNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** subject_type field predicates */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  subjectTypeContains?: InputMaybe<Scalars['String']['input']>;
  subjectTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  subjectTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  subjectTypeGT?: InputMaybe<Scalars['String']['input']>;
  subjectTypeGTE?: InputMaybe<Scalars['String']['input']>;
  subjectTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  subjectTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  subjectTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  subjectTypeLT?: InputMaybe<Scalars['String']['input']>;
  subjectTypeLTE?: InputMaybe<Scalars['String']['input']>;
  subjectTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  subjectTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** to_value field predicates */
  toValue?: InputMaybe<Scalars['String']['input']>;
  toValueContains?: InputMaybe<Scalars['String']['input']>;
  toValueContainsFold?: InputMaybe<Scalars['String']['input']>;
  toValueEqualFold?: InputMaybe<Scalars['String']['input']>;
  toValueGT?: InputMaybe<Scalars['String']['input']>;
  toValueGTE?: InputMaybe<Scalars['String']['input']>;
  toValueHasPrefix?: InputMaybe<Scalars['String']['input']>;
  toValueHasSuffix?: InputMaybe<Scalars['String']['input']>;
  toValueIn?: InputMaybe<Array<Scalars['String']['input']>>;
  toValueLT?: InputMaybe<Scalars['String']['input']>;
  toValueLTE?: InputMaybe<Scalars['String']['input']>;
  toValueNEQ?: InputMaybe<Scalars['String']['input']>;
  toValueNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A signed-in session: a short-lived access token and a rotating refresh token. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT to send as `Authorization: Bearer …` (about 15 minutes). */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['Time']['output'];
  /** Single-use: each refresh returns a new one; reusing an old one ends the session. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['Time']['output'];
  user: User;
};

/** A district's call to an enterprise that had not acknowledged a warning notice (电话督促). */
export type CallAttempt = {
  __typename?: 'CallAttempt';
  at: Scalars['Time']['output'];
  byID?: Maybe<Scalars['ID']['output']>;
  contact?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** REACHED (已接通), NO_ANSWER (无人接听), WRONG_NUMBER (号码有误) or REFUSED (拒绝配合). */
  outcome: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type CategoryFigures = {
  __typename?: 'CategoryFigures';
  category: ChecklistItemCategory;
  closedFindings: Scalars['Int']['output'];
  findings: Scalars['Int']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters, with letters and digits. */
  newPassword: Scalars['String']['input'];
};

export type ChecklistDraftInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The items in order; they replace the draft's items. */
  items: Array<ChecklistItemInput>;
  name: Scalars['String']['input'];
};

export type ChecklistItem = Node & {
  __typename?: 'ChecklistItem';
  answerType: ChecklistItemAnswerType;
  applicability: Applicability;
  category: ChecklistItemCategory;
  code: Scalars['String']['output'];
  compliance: ComplianceRule;
  createdAt: Scalars['Time']['output'];
  defaultDeadlineDays: Scalars['Int']['output'];
  findingLabelEn: Scalars['String']['output'];
  /** e.g. 未批先建 */
  findingLabelZh: Scalars['String']['output'];
  guidanceEn?: Maybe<Array<Scalars['String']['output']>>;
  guidanceZh?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  legalRefs?: Maybe<Array<LegalRef>>;
  questionEn: Scalars['String']['output'];
  questionZh: Scalars['String']['output'];
  questions: QuestionConnection;
  severity: ChecklistItemSeverity;
  sortOrder: Scalars['Int']['output'];
  template: ChecklistTemplate;
  templateID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
};


export type ChecklistItemQuestionsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrder>;
};

/** ChecklistItemAnswerType is enum for the field answer_type */
export type ChecklistItemAnswerType =
  | 'CHOICE'
  | 'DATE'
  | 'NUMBER'
  | 'YES_NO'
  | 'YES_NO_NA';

/** ChecklistItemCategory is enum for the field category */
export type ChecklistItemCategory =
  | 'DISCLOSURE'
  | 'EIA'
  | 'EMERGENCY'
  | 'FACILITY'
  | 'HEAVY_POLLUTION'
  | 'LEDGER'
  | 'MONITORING'
  | 'PERMIT'
  | 'VOC'
  | 'WASTE';

/** A connection to a list of items. */
export type ChecklistItemConnection = {
  __typename?: 'ChecklistItemConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ChecklistItemEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ChecklistItemEdge = {
  __typename?: 'ChecklistItemEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ChecklistItem>;
};

export type ChecklistItemInput = {
  answerType: ChecklistItemAnswerType;
  applicability: ApplicabilityInput;
  category: ChecklistItemCategory;
  code: Scalars['String']['input'];
  compliance: ComplianceRuleInput;
  defaultDeadlineDays: Scalars['Int']['input'];
  findingLabelEn: Scalars['String']['input'];
  findingLabelZh: Scalars['String']['input'];
  guidanceEn?: InputMaybe<Array<Scalars['String']['input']>>;
  guidanceZh: Array<Scalars['String']['input']>;
  legalRefs?: InputMaybe<Array<LegalRefInput>>;
  questionEn: Scalars['String']['input'];
  questionZh: Scalars['String']['input'];
  severity: ChecklistItemSeverity;
};

/** Ordering options for ChecklistItem connections */
export type ChecklistItemOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ChecklistItems. */
  field: ChecklistItemOrderField;
};

/** Properties by which ChecklistItem connections can be ordered. */
export type ChecklistItemOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'SORT_ORDER'
  | 'UPDATED_AT';

/** ChecklistItemSeverity is enum for the field severity */
export type ChecklistItemSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/**
 * ChecklistItemWhereInput is used for filtering ChecklistItem objects.
 * Input was generated by ent.
 */
export type ChecklistItemWhereInput = {
  and?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** answer_type field predicates */
  answerType?: InputMaybe<ChecklistItemAnswerType>;
  answerTypeIn?: InputMaybe<Array<ChecklistItemAnswerType>>;
  answerTypeNEQ?: InputMaybe<ChecklistItemAnswerType>;
  answerTypeNotIn?: InputMaybe<Array<ChecklistItemAnswerType>>;
  /** category field predicates */
  category?: InputMaybe<ChecklistItemCategory>;
  categoryIn?: InputMaybe<Array<ChecklistItemCategory>>;
  categoryNEQ?: InputMaybe<ChecklistItemCategory>;
  categoryNotIn?: InputMaybe<Array<ChecklistItemCategory>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  codeContains?: InputMaybe<Scalars['String']['input']>;
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  codeGT?: InputMaybe<Scalars['String']['input']>;
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  codeLT?: InputMaybe<Scalars['String']['input']>;
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** default_deadline_days field predicates */
  defaultDeadlineDays?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysGT?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  defaultDeadlineDaysLT?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  defaultDeadlineDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** finding_label_en field predicates */
  findingLabelEn?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnContains?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnGT?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnGTE?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  findingLabelEnLT?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnLTE?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnNEQ?: InputMaybe<Scalars['String']['input']>;
  findingLabelEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** finding_label_zh field predicates */
  findingLabelZh?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhContains?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhGT?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhGTE?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  findingLabelZhLT?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhLTE?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhNEQ?: InputMaybe<Scalars['String']['input']>;
  findingLabelZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** template edge predicates */
  hasTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  hasTemplateWith?: InputMaybe<Array<ChecklistTemplateWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<ChecklistItemWhereInput>;
  or?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** question_en field predicates */
  questionEn?: InputMaybe<Scalars['String']['input']>;
  questionEnContains?: InputMaybe<Scalars['String']['input']>;
  questionEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  questionEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  questionEnGT?: InputMaybe<Scalars['String']['input']>;
  questionEnGTE?: InputMaybe<Scalars['String']['input']>;
  questionEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  questionEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  questionEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  questionEnLT?: InputMaybe<Scalars['String']['input']>;
  questionEnLTE?: InputMaybe<Scalars['String']['input']>;
  questionEnNEQ?: InputMaybe<Scalars['String']['input']>;
  questionEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** question_zh field predicates */
  questionZh?: InputMaybe<Scalars['String']['input']>;
  questionZhContains?: InputMaybe<Scalars['String']['input']>;
  questionZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  questionZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  questionZhGT?: InputMaybe<Scalars['String']['input']>;
  questionZhGTE?: InputMaybe<Scalars['String']['input']>;
  questionZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  questionZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  questionZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  questionZhLT?: InputMaybe<Scalars['String']['input']>;
  questionZhLTE?: InputMaybe<Scalars['String']['input']>;
  questionZhNEQ?: InputMaybe<Scalars['String']['input']>;
  questionZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** severity field predicates */
  severity?: InputMaybe<ChecklistItemSeverity>;
  severityIn?: InputMaybe<Array<ChecklistItemSeverity>>;
  severityNEQ?: InputMaybe<ChecklistItemSeverity>;
  severityNotIn?: InputMaybe<Array<ChecklistItemSeverity>>;
  /** sort_order field predicates */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  sortOrderGT?: InputMaybe<Scalars['Int']['input']>;
  sortOrderGTE?: InputMaybe<Scalars['Int']['input']>;
  sortOrderIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sortOrderLT?: InputMaybe<Scalars['Int']['input']>;
  sortOrderLTE?: InputMaybe<Scalars['Int']['input']>;
  sortOrderNEQ?: InputMaybe<Scalars['Int']['input']>;
  sortOrderNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** template_id field predicates */
  templateID?: InputMaybe<Scalars['ID']['input']>;
  templateIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  templateIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  templateIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type ChecklistTemplate = Node & {
  __typename?: 'ChecklistTemplate';
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: ChecklistItemConnection;
  name: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['Time']['output']>;
  status: ChecklistTemplateStatus;
  tasks: InspectionTaskConnection;
  updatedAt: Scalars['Time']['output'];
  version: Scalars['Int']['output'];
  viewerCan: ChecklistTemplateViewerCan;
};


export type ChecklistTemplateItemsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ChecklistItemOrder>;
  where?: InputMaybe<ChecklistItemWhereInput>;
};


export type ChecklistTemplateTasksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InspectionTaskOrder>;
};

/** A connection to a list of items. */
export type ChecklistTemplateConnection = {
  __typename?: 'ChecklistTemplateConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ChecklistTemplateEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ChecklistTemplateEdge = {
  __typename?: 'ChecklistTemplateEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ChecklistTemplate>;
};

/** Ordering options for ChecklistTemplate connections */
export type ChecklistTemplateOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ChecklistTemplates. */
  field: ChecklistTemplateOrderField;
};

/** Properties by which ChecklistTemplate connections can be ordered. */
export type ChecklistTemplateOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT'
  | 'VERSION';

/** ChecklistTemplateStatus is enum for the field status */
export type ChecklistTemplateStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** What the viewer may do to this checklist version. */
export type ChecklistTemplateViewerCan = {
  __typename?: 'ChecklistTemplateViewerCan';
  /** Start a new draft from this version. */
  draft: Scalars['Boolean']['output'];
  /** Edit and publish: the version is a draft and the viewer may change checklists. */
  edit: Scalars['Boolean']['output'];
};

/**
 * ChecklistTemplateWhereInput is used for filtering ChecklistTemplate objects.
 * Input was generated by ent.
 */
export type ChecklistTemplateWhereInput = {
  and?: InputMaybe<Array<ChecklistTemplateWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** items edge predicates */
  hasItems?: InputMaybe<Scalars['Boolean']['input']>;
  hasItemsWith?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<ChecklistTemplateWhereInput>;
  or?: InputMaybe<Array<ChecklistTemplateWhereInput>>;
  /** published_at field predicates */
  publishedAt?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  publishedAtLT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<ChecklistTemplateStatus>;
  statusIn?: InputMaybe<Array<ChecklistTemplateStatus>>;
  statusNEQ?: InputMaybe<ChecklistTemplateStatus>;
  statusNotIn?: InputMaybe<Array<ChecklistTemplateStatus>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** version field predicates */
  version?: InputMaybe<Scalars['Int']['input']>;
  versionGT?: InputMaybe<Scalars['Int']['input']>;
  versionGTE?: InputMaybe<Scalars['Int']['input']>;
  versionIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  versionLT?: InputMaybe<Scalars['Int']['input']>;
  versionLTE?: InputMaybe<Scalars['Int']['input']>;
  versionNEQ?: InputMaybe<Scalars['Int']['input']>;
  versionNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Which answer counts as compliant. */
export type ComplianceRule = {
  __typename?: 'ComplianceRule';
  aheadDays?: Maybe<Scalars['Int']['output']>;
  choices?: Maybe<Array<Scalars['String']['output']>>;
  compliant?: Maybe<Array<Scalars['String']['output']>>;
  expect?: Maybe<Scalars['String']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  withinMonths?: Maybe<Scalars['Int']['output']>;
};

export type ComplianceRuleInput = {
  /** A date item is compliant when at least this many days ahead. */
  aheadDays?: InputMaybe<Scalars['Int']['input']>;
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  compliant?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YES or NO: the compliant answer of a yes/no item (YES when empty). */
  expect?: InputMaybe<Scalars['String']['input']>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  /** A date item is compliant when not older than this many months. */
  withinMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** A person to reach at an enterprise. Personal data: masked for partners. */
export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A new partner key. Errors (BAD_USER_INPUT naming the field): name empty or
 * over 100 characters, districtIDs empty (NOT_FOUND when one does not exist),
 * scopes empty, budget outside 10–100,000 points, refillPerSecond outside
 * 1–10,000, expiresAt not in the future.
 */
export type CreateApiKeyInput = {
  /** The bucket's capacity in cost points (default 5,000: a report of 100 rows costs about 1,900): the costliest request it can make. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** The districts whose rows it reads (every district for a city-wide screen). */
  districtIDs: Array<Scalars['ID']['input']>;
  /** When it stops working (none: until revoked). */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  name: Scalars['String']['input'];
  /** Run only the queries registered for it (default false). */
  persistedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Points the bucket regains per second (default 100). */
  refillPerSecond?: InputMaybe<Scalars['Int']['input']>;
  scopes: Array<PartnerScope>;
};

export type CreateEiaApprovalInput = {
  acceptanceOn?: InputMaybe<Scalars['Time']['input']>;
  approvedCapacity?: InputMaybe<Scalars['Float']['input']>;
  approvedOn: Scalars['Time']['input'];
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  documentNumber: Scalars['String']['input'];
  enterpriseID: Scalars['ID']['input'];
  projectName: Scalars['String']['input'];
  reportType: EiaApprovalReportType;
};

export type CreateEnterpriseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  airRelated?: InputMaybe<Scalars['Boolean']['input']>;
  contacts?: InputMaybe<Array<ContactInput>>;
  /** 18-character unified social credit code, check character included. */
  creditCode: Scalars['String']['input'];
  districtID: Scalars['ID']['input'];
  hazardousWaste?: InputMaybe<Scalars['Boolean']['input']>;
  /** GB/T 4754-2017 four-digit class. */
  industryCode: Scalars['String']['input'];
  industryName: Scalars['String']['input'];
  keySupervised?: InputMaybe<Scalars['Boolean']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  performanceGrade?: InputMaybe<EnterprisePerformanceGrade>;
  permitTier: EnterprisePermitTier;
  vocUser?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateFacilityInput = {
  capacity?: InputMaybe<Scalars['Float']['input']>;
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  enterpriseID: Scalars['ID']['input'];
  kind: FacilityKind;
  name: Scalars['String']['input'];
  status?: InputMaybe<FacilityStatus>;
  technology?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePermitInput = {
  enterpriseID: Scalars['ID']['input'];
  issuedOn: Scalars['Time']['input'];
  number: Scalars['String']['input'];
  outlets?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<PermitStatus>;
  tier: PermitTier;
  validUntil: Scalars['Time']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** Required for DISTRICT_ADMIN and EXPERT users. */
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required for ENTERPRISE users. */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  /** Initial password; the user should change it at first sign-in. */
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: UserRole;
  username: Scalars['String']['input'];
};

/** Key figures of the viewer's scope (an enterprise sees its own, a district its districts). */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Notices acknowledged in time: by min(push + the warning's ackSLAMinutes, its effective time) — see WarningFigures. */
  acknowledgedInTime: Scalars['Int']['output'];
  byCategory: Array<CategoryFigures>;
  /** Per district, by code: every district for the city; otherwise only those the viewer's figures reach (enterprises or findings in scope). */
  byDistrict: Array<DistrictFigures>;
  /** Closed (销号). */
  closedFindings: Scalars['Int']['output'];
  enterprises: Scalars['Int']['output'];
  /** Found (发现) problems, all states. */
  findings: Scalars['Int']['output'];
  invalidFindings: Scalars['Int']['output'];
  /** Not yet closed, verified or invalid. */
  openFindings: Scalars['Int']['output'];
  overdueFindings: Scalars['Int']['output'];
  /** closed ÷ (found − invalid), 0 to 1. */
  rectificationRate: Scalars['Float']['output'];
  warningNotices: Scalars['Int']['output'];
  /** acknowledgedInTime ÷ warningNotices, 0 to 1. */
  warningResponseRate: Scalars['Float']['output'];
};

export type DecideExtensionInput = {
  /** The reply; required when refusing. */
  answer?: InputMaybe<Scalars['String']['input']>;
  /** Grant a different date than the one asked for. */
  dueAt?: InputMaybe<Scalars['Time']['input']>;
  grant: Scalars['Boolean']['input'];
  /** The pending request. */
  id: Scalars['ID']['input'];
};

/** One attempt to deliver a webhook. */
export type DeliveryAttempt = {
  __typename?: 'DeliveryAttempt';
  at: Scalars['Time']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** Milliseconds the attempt took. */
  ms: Scalars['Int']['output'];
  /** The receiver's HTTP status; 0 when none came back. */
  statusCode: Scalars['Int']['output'];
};

export type District = Node & {
  __typename?: 'District';
  /** GB/T 2260 administrative code */
  code: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  enterprises: EnterpriseConnection;
  experts?: Maybe<Array<Expert>>;
  id: Scalars['ID']['output'];
  kind: DistrictKind;
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  questions: QuestionConnection;
  updatedAt: Scalars['Time']['output'];
  warnings: WarningConnection;
};


export type DistrictEnterprisesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


export type DistrictQuestionsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrder>;
};


export type DistrictWarningsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningOrder>;
  where?: InputMaybe<WarningWhereInput>;
};

/** A connection to a list of items. */
export type DistrictConnection = {
  __typename?: 'DistrictConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<DistrictEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type DistrictEdge = {
  __typename?: 'DistrictEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<District>;
};

export type DistrictFigures = {
  __typename?: 'DistrictFigures';
  closedFindings: Scalars['Int']['output'];
  district: District;
  enterprises: Scalars['Int']['output'];
  findings: Scalars['Int']['output'];
  rectificationRate: Scalars['Float']['output'];
};

/** DistrictKind is enum for the field kind */
export type DistrictKind =
  | 'COUNTY'
  | 'COUNTY_CITY'
  | 'DISTRICT'
  | 'NEW_AREA';

/** Ordering options for District connections */
export type DistrictOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Districts. */
  field: DistrictOrderField;
};

/** Properties by which District connections can be ordered. */
export type DistrictOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME_ZH'
  | 'UPDATED_AT';

export type DistrictQuestionResponse = {
  __typename?: 'DistrictQuestionResponse';
  district: District;
  response: QuestionResponse;
};

export type DistrictTaskProgress = {
  __typename?: 'DistrictTaskProgress';
  district: District;
  inProgress: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  submittedShare: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

export type DistrictTrainingCoverage = {
  __typename?: 'DistrictTrainingCoverage';
  coverage: TrainingCoverage;
  district: District;
};

/**
 * DistrictWhereInput is used for filtering District objects.
 * Input was generated by ent.
 */
export type DistrictWhereInput = {
  and?: InputMaybe<Array<DistrictWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  codeContains?: InputMaybe<Scalars['String']['input']>;
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  codeGT?: InputMaybe<Scalars['String']['input']>;
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  codeLT?: InputMaybe<Scalars['String']['input']>;
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** experts edge predicates */
  hasExperts?: InputMaybe<Scalars['Boolean']['input']>;
  hasExpertsWith?: InputMaybe<Array<ExpertWhereInput>>;
  /** warnings edge predicates */
  hasWarnings?: InputMaybe<Scalars['Boolean']['input']>;
  hasWarningsWith?: InputMaybe<Array<WarningWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<DistrictKind>;
  kindIn?: InputMaybe<Array<DistrictKind>>;
  kindNEQ?: InputMaybe<DistrictKind>;
  kindNotIn?: InputMaybe<Array<DistrictKind>>;
  /** name_en field predicates */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameEnContains?: InputMaybe<Scalars['String']['input']>;
  nameEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameEnGT?: InputMaybe<Scalars['String']['input']>;
  nameEnGTE?: InputMaybe<Scalars['String']['input']>;
  nameEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameEnLT?: InputMaybe<Scalars['String']['input']>;
  nameEnLTE?: InputMaybe<Scalars['String']['input']>;
  nameEnNEQ?: InputMaybe<Scalars['String']['input']>;
  nameEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** name_zh field predicates */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameZhContains?: InputMaybe<Scalars['String']['input']>;
  nameZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameZhGT?: InputMaybe<Scalars['String']['input']>;
  nameZhGTE?: InputMaybe<Scalars['String']['input']>;
  nameZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameZhLT?: InputMaybe<Scalars['String']['input']>;
  nameZhLTE?: InputMaybe<Scalars['String']['input']>;
  nameZhNEQ?: InputMaybe<Scalars['String']['input']>;
  nameZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<DistrictWhereInput>;
  or?: InputMaybe<Array<DistrictWhereInput>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type EiaApproval = Node & {
  __typename?: 'EIAApproval';
  /** 竣工环保验收 */
  acceptanceOn?: Maybe<Scalars['Time']['output']>;
  approvedCapacity?: Maybe<Scalars['Float']['output']>;
  approvedOn: Scalars['Time']['output'];
  capacityUnit: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  /** e.g. 长环评〔2021〕12号 */
  documentNumber: Scalars['String']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  /** 报告书 / 报告表 / 登记表 */
  reportType: EiaApprovalReportType;
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type EiaApprovalConnection = {
  __typename?: 'EIAApprovalConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<EiaApprovalEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EiaApprovalEdge = {
  __typename?: 'EIAApprovalEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<EiaApproval>;
};

/** Ordering options for EIAApproval connections */
export type EiaApprovalOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order EIAApprovals. */
  field: EiaApprovalOrderField;
};

/** Properties by which EIAApproval connections can be ordered. */
export type EiaApprovalOrderField =
  | 'APPROVED_ON'
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type EiaApprovalPayload = {
  __typename?: 'EIAApprovalPayload';
  eiaApproval: EiaApproval;
};

/** EIAApprovalReportType is enum for the field report_type */
export type EiaApprovalReportType =
  | 'REGISTRATION_FORM'
  | 'REPORT'
  | 'REPORT_FORM';

/**
 * EIAApprovalWhereInput is used for filtering EIAApproval objects.
 * Input was generated by ent.
 */
export type EiaApprovalWhereInput = {
  /** acceptance_on field predicates */
  acceptanceOn?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnGT?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnGTE?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acceptanceOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  acceptanceOnLT?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnLTE?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnNEQ?: InputMaybe<Scalars['Time']['input']>;
  acceptanceOnNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acceptanceOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<EiaApprovalWhereInput>>;
  /** approved_capacity field predicates */
  approvedCapacity?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityGT?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityGTE?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  approvedCapacityIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  approvedCapacityLT?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityLTE?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityNEQ?: InputMaybe<Scalars['Float']['input']>;
  approvedCapacityNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  approvedCapacityNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** approved_on field predicates */
  approvedOn?: InputMaybe<Scalars['Time']['input']>;
  approvedOnGT?: InputMaybe<Scalars['Time']['input']>;
  approvedOnGTE?: InputMaybe<Scalars['Time']['input']>;
  approvedOnIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  approvedOnLT?: InputMaybe<Scalars['Time']['input']>;
  approvedOnLTE?: InputMaybe<Scalars['Time']['input']>;
  approvedOnNEQ?: InputMaybe<Scalars['Time']['input']>;
  approvedOnNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** capacity_unit field predicates */
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  capacityUnitContains?: InputMaybe<Scalars['String']['input']>;
  capacityUnitContainsFold?: InputMaybe<Scalars['String']['input']>;
  capacityUnitEqualFold?: InputMaybe<Scalars['String']['input']>;
  capacityUnitGT?: InputMaybe<Scalars['String']['input']>;
  capacityUnitGTE?: InputMaybe<Scalars['String']['input']>;
  capacityUnitHasPrefix?: InputMaybe<Scalars['String']['input']>;
  capacityUnitHasSuffix?: InputMaybe<Scalars['String']['input']>;
  capacityUnitIn?: InputMaybe<Array<Scalars['String']['input']>>;
  capacityUnitLT?: InputMaybe<Scalars['String']['input']>;
  capacityUnitLTE?: InputMaybe<Scalars['String']['input']>;
  capacityUnitNEQ?: InputMaybe<Scalars['String']['input']>;
  capacityUnitNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** document_number field predicates */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentNumberContains?: InputMaybe<Scalars['String']['input']>;
  documentNumberContainsFold?: InputMaybe<Scalars['String']['input']>;
  documentNumberEqualFold?: InputMaybe<Scalars['String']['input']>;
  documentNumberGT?: InputMaybe<Scalars['String']['input']>;
  documentNumberGTE?: InputMaybe<Scalars['String']['input']>;
  documentNumberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  documentNumberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  documentNumberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  documentNumberLT?: InputMaybe<Scalars['String']['input']>;
  documentNumberLTE?: InputMaybe<Scalars['String']['input']>;
  documentNumberNEQ?: InputMaybe<Scalars['String']['input']>;
  documentNumberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<EiaApprovalWhereInput>;
  or?: InputMaybe<Array<EiaApprovalWhereInput>>;
  /** project_name field predicates */
  projectName?: InputMaybe<Scalars['String']['input']>;
  projectNameContains?: InputMaybe<Scalars['String']['input']>;
  projectNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  projectNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  projectNameGT?: InputMaybe<Scalars['String']['input']>;
  projectNameGTE?: InputMaybe<Scalars['String']['input']>;
  projectNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  projectNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  projectNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  projectNameLT?: InputMaybe<Scalars['String']['input']>;
  projectNameLTE?: InputMaybe<Scalars['String']['input']>;
  projectNameNEQ?: InputMaybe<Scalars['String']['input']>;
  projectNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** report_type field predicates */
  reportType?: InputMaybe<EiaApprovalReportType>;
  reportTypeIn?: InputMaybe<Array<EiaApprovalReportType>>;
  reportTypeNEQ?: InputMaybe<EiaApprovalReportType>;
  reportTypeNotIn?: InputMaybe<Array<EiaApprovalReportType>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type EmissionPlan = Node & {
  __typename?: 'EmissionPlan';
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  /** 绩效分级 of the year; LEADING 引领性, GUARANTEE 保障类 */
  grade: EmissionPlanGrade;
  id: Scalars['ID']['output'];
  measures?: Maybe<Array<PlanMeasure>>;
  note: Scalars['String']['output'];
  /** the measures were last saved by the enterprise itself (自主减排: A-grade, 引领性 and 保障类 enterprises) */
  selfDeclared: Scalars['Boolean']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: EmissionPlanViewerCan;
  year: Scalars['Int']['output'];
};

/** A connection to a list of items. */
export type EmissionPlanConnection = {
  __typename?: 'EmissionPlanConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<EmissionPlanEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EmissionPlanEdge = {
  __typename?: 'EmissionPlanEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<EmissionPlan>;
};

/** EmissionPlanGrade is enum for the field grade */
export type EmissionPlanGrade =
  | 'A'
  | 'B'
  | 'B_MINUS'
  | 'C'
  | 'D'
  | 'GUARANTEE'
  | 'LEADING'
  | 'NONE';

/** What an emission-plan import found and did (or, in a dry run, would do); nothing is written when any row is refused. */
export type EmissionPlanImport = {
  __typename?: 'EmissionPlanImport';
  /** The plans were written (not a dry run, and no row refused). */
  applied: Scalars['Boolean']['output'];
  /** Creations and updates first, then the unchanged; at most 500. */
  changes: Array<PlanImportChange>;
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  enterprises: Scalars['Int']['output'];
  problemCount: Scalars['Int']['output'];
  /** The refused cells, at most 200; problemCount counts them all. */
  problems: Array<PlanImportProblem>;
  /** Rows of the list read (the header excluded). */
  rows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Ordering options for EmissionPlan connections */
export type EmissionPlanOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order EmissionPlans. */
  field: EmissionPlanOrderField;
};

/** Properties by which EmissionPlan connections can be ordered. */
export type EmissionPlanOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT'
  | 'YEAR';

/** What the viewer may do to this emission plan. */
export type EmissionPlanViewerCan = {
  __typename?: 'EmissionPlanViewerCan';
  /** Change everything, the grade included: the district's administrators (and the city). */
  edit: Scalars['Boolean']['output'];
  /** Change the measures and the note: those who edit, and the enterprise itself when the plan's grade is A, LEADING or GUARANTEE (自主减排). */
  editMeasures: Scalars['Boolean']['output'];
};

/**
 * EmissionPlanWhereInput is used for filtering EmissionPlan objects.
 * Input was generated by ent.
 */
export type EmissionPlanWhereInput = {
  and?: InputMaybe<Array<EmissionPlanWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** grade field predicates */
  grade?: InputMaybe<EmissionPlanGrade>;
  gradeIn?: InputMaybe<Array<EmissionPlanGrade>>;
  gradeNEQ?: InputMaybe<EmissionPlanGrade>;
  gradeNotIn?: InputMaybe<Array<EmissionPlanGrade>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<EmissionPlanWhereInput>;
  /** note field predicates */
  note?: InputMaybe<Scalars['String']['input']>;
  noteContains?: InputMaybe<Scalars['String']['input']>;
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  noteGT?: InputMaybe<Scalars['String']['input']>;
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  noteLT?: InputMaybe<Scalars['String']['input']>;
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  or?: InputMaybe<Array<EmissionPlanWhereInput>>;
  /** self_declared field predicates */
  selfDeclared?: InputMaybe<Scalars['Boolean']['input']>;
  selfDeclaredNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** year field predicates */
  year?: InputMaybe<Scalars['Int']['input']>;
  yearGT?: InputMaybe<Scalars['Int']['input']>;
  yearGTE?: InputMaybe<Scalars['Int']['input']>;
  yearIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  yearLT?: InputMaybe<Scalars['Int']['input']>;
  yearLTE?: InputMaybe<Scalars['Int']['input']>;
  yearNEQ?: InputMaybe<Scalars['Int']['input']>;
  yearNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type Enterprise = Node & {
  __typename?: 'Enterprise';
  address: Scalars['String']['output'];
  /** 涉气 */
  airRelated: Scalars['Boolean']['output'];
  attachments: AttachmentConnection;
  attendances: AttendanceConnection;
  /** personal data: masked for partners */
  contacts?: Maybe<Array<Contact>>;
  createdAt: Scalars['Time']['output'];
  creditCode: Scalars['String']['output'];
  district: District;
  districtID: Scalars['ID']['output'];
  eiaApprovals: EiaApprovalConnection;
  emissionPlans: EmissionPlanConnection;
  facilities: FacilityConnection;
  findings: FindingConnection;
  /** generates hazardous waste */
  hazardousWaste: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** GB/T 4754-2017 class */
  industryCode: Scalars['String']['output'];
  industryName: Scalars['String']['output'];
  /** 环境监管重点单位 */
  keySupervised: Scalars['Boolean']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Its findings not yet resolved (see findingLifecycle: 发现 交办 整改中 待核查 退回). Loaded for a whole page of enterprises in one statement. */
  openFindings: Scalars['Int']['output'];
  /** Its open findings past their deadline (逾期), as marked by the overdue job every 15 minutes. */
  overdueFindings: Scalars['Int']['output'];
  /** 绩效分级; LEADING 引领性, GUARANTEE 保障类 */
  performanceGrade: EnterprisePerformanceGrade;
  /** 排污许可 重点/简化/登记/无 */
  permitTier: EnterprisePermitTier;
  permits: PermitConnection;
  questions: QuestionConnection;
  selfChecks: SelfCheckConnection;
  status: EnterpriseStatus;
  updatedAt: Scalars['Time']['output'];
  users: UserConnection;
  viewerCan: EnterpriseViewerCan;
  visits: VisitConnection;
  /** uses VOC-containing materials */
  vocUser: Scalars['Boolean']['output'];
  warningNotices: WarningNoticeConnection;
};


export type EnterpriseAttachmentsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttachmentOrder>;
  where?: InputMaybe<AttachmentWhereInput>;
};


export type EnterpriseAttendancesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttendanceOrder>;
  where?: InputMaybe<AttendanceWhereInput>;
};


export type EnterpriseEiaApprovalsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EiaApprovalOrder>;
  where?: InputMaybe<EiaApprovalWhereInput>;
};


export type EnterpriseEmissionPlansArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EmissionPlanOrder>;
  where?: InputMaybe<EmissionPlanWhereInput>;
};


export type EnterpriseFacilitiesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
  where?: InputMaybe<FacilityWhereInput>;
};


export type EnterpriseFindingsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhereInput>;
};


export type EnterprisePermitsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PermitOrder>;
  where?: InputMaybe<PermitWhereInput>;
};


export type EnterpriseQuestionsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrder>;
  where?: InputMaybe<QuestionWhereInput>;
};


export type EnterpriseSelfChecksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SelfCheckOrder>;
  where?: InputMaybe<SelfCheckWhereInput>;
};


export type EnterpriseUsersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UserOrder>;
  where?: InputMaybe<UserWhereInput>;
};


export type EnterpriseVisitsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VisitOrder>;
  where?: InputMaybe<VisitWhereInput>;
};


export type EnterpriseWarningNoticesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningNoticeOrder>;
  where?: InputMaybe<WarningNoticeWhereInput>;
};

/** A connection to a list of items. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<EnterpriseEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Enterprise>;
};

/** Ordering options for Enterprise connections */
export type EnterpriseOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Enterprises. */
  field: EnterpriseOrderField;
};

/** Properties by which Enterprise connections can be ordered. */
export type EnterpriseOrderField =
  | 'CREATED_AT'
  | 'CREDIT_CODE'
  | 'INDUSTRY_CODE'
  | 'NAME'
  | 'PERFORMANCE_GRADE'
  | 'PERMIT_TIER'
  | 'UPDATED_AT';

export type EnterprisePayload = {
  __typename?: 'EnterprisePayload';
  enterprise: Enterprise;
};

/** EnterprisePerformanceGrade is enum for the field performance_grade */
export type EnterprisePerformanceGrade =
  | 'A'
  | 'B'
  | 'B_MINUS'
  | 'C'
  | 'D'
  | 'GUARANTEE'
  | 'LEADING'
  | 'NONE';

/** EnterprisePermitTier is enum for the field permit_tier */
export type EnterprisePermitTier =
  | 'KEY'
  | 'NONE'
  | 'REGISTRATION'
  | 'SIMPLIFIED';

/** EnterpriseStatus is enum for the field status */
export type EnterpriseStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'SUSPENDED';

/** What the viewer may do to this enterprise. */
export type EnterpriseViewerCan = {
  __typename?: 'EnterpriseViewerCan';
  /** Add permits, facilities and EIA approvals. */
  editRegistry: Scalars['Boolean']['output'];
  /** Change its registration (name, code, district, industry, permit tier…). */
  update: Scalars['Boolean']['output'];
  /** Change its contacts (联系人). */
  updateContacts: Scalars['Boolean']['output'];
};

/**
 * EnterpriseWhereInput is used for filtering Enterprise objects.
 * Input was generated by ent.
 */
export type EnterpriseWhereInput = {
  /** address field predicates */
  address?: InputMaybe<Scalars['String']['input']>;
  addressContains?: InputMaybe<Scalars['String']['input']>;
  addressContainsFold?: InputMaybe<Scalars['String']['input']>;
  addressEqualFold?: InputMaybe<Scalars['String']['input']>;
  addressGT?: InputMaybe<Scalars['String']['input']>;
  addressGTE?: InputMaybe<Scalars['String']['input']>;
  addressHasPrefix?: InputMaybe<Scalars['String']['input']>;
  addressHasSuffix?: InputMaybe<Scalars['String']['input']>;
  addressIn?: InputMaybe<Array<Scalars['String']['input']>>;
  addressLT?: InputMaybe<Scalars['String']['input']>;
  addressLTE?: InputMaybe<Scalars['String']['input']>;
  addressNEQ?: InputMaybe<Scalars['String']['input']>;
  addressNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** air_related field predicates */
  airRelated?: InputMaybe<Scalars['Boolean']['input']>;
  airRelatedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** credit_code field predicates */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  creditCodeContains?: InputMaybe<Scalars['String']['input']>;
  creditCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  creditCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  creditCodeGT?: InputMaybe<Scalars['String']['input']>;
  creditCodeGTE?: InputMaybe<Scalars['String']['input']>;
  creditCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  creditCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  creditCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  creditCodeLT?: InputMaybe<Scalars['String']['input']>;
  creditCodeLTE?: InputMaybe<Scalars['String']['input']>;
  creditCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  creditCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** attachments edge predicates */
  hasAttachments?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttachmentsWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** attendances edge predicates */
  hasAttendances?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttendancesWith?: InputMaybe<Array<AttendanceWhereInput>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** eia_approvals edge predicates */
  hasEiaApprovals?: InputMaybe<Scalars['Boolean']['input']>;
  hasEiaApprovalsWith?: InputMaybe<Array<EiaApprovalWhereInput>>;
  /** emission_plans edge predicates */
  hasEmissionPlans?: InputMaybe<Scalars['Boolean']['input']>;
  hasEmissionPlansWith?: InputMaybe<Array<EmissionPlanWhereInput>>;
  /** facilities edge predicates */
  hasFacilities?: InputMaybe<Scalars['Boolean']['input']>;
  hasFacilitiesWith?: InputMaybe<Array<FacilityWhereInput>>;
  /** findings edge predicates */
  hasFindings?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingsWith?: InputMaybe<Array<FindingWhereInput>>;
  /** permits edge predicates */
  hasPermits?: InputMaybe<Scalars['Boolean']['input']>;
  hasPermitsWith?: InputMaybe<Array<PermitWhereInput>>;
  /** questions edge predicates */
  hasQuestions?: InputMaybe<Scalars['Boolean']['input']>;
  hasQuestionsWith?: InputMaybe<Array<QuestionWhereInput>>;
  /** self_checks edge predicates */
  hasSelfChecks?: InputMaybe<Scalars['Boolean']['input']>;
  hasSelfChecksWith?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** users edge predicates */
  hasUsers?: InputMaybe<Scalars['Boolean']['input']>;
  hasUsersWith?: InputMaybe<Array<UserWhereInput>>;
  /** visits edge predicates */
  hasVisits?: InputMaybe<Scalars['Boolean']['input']>;
  hasVisitsWith?: InputMaybe<Array<VisitWhereInput>>;
  /** warning_notices edge predicates */
  hasWarningNotices?: InputMaybe<Scalars['Boolean']['input']>;
  hasWarningNoticesWith?: InputMaybe<Array<WarningNoticeWhereInput>>;
  /** hazardous_waste field predicates */
  hazardousWaste?: InputMaybe<Scalars['Boolean']['input']>;
  hazardousWasteNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** industry_code field predicates */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  industryCodeContains?: InputMaybe<Scalars['String']['input']>;
  industryCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  industryCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  industryCodeGT?: InputMaybe<Scalars['String']['input']>;
  industryCodeGTE?: InputMaybe<Scalars['String']['input']>;
  industryCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  industryCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  industryCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  industryCodeLT?: InputMaybe<Scalars['String']['input']>;
  industryCodeLTE?: InputMaybe<Scalars['String']['input']>;
  industryCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  industryCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** industry_name field predicates */
  industryName?: InputMaybe<Scalars['String']['input']>;
  industryNameContains?: InputMaybe<Scalars['String']['input']>;
  industryNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  industryNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  industryNameGT?: InputMaybe<Scalars['String']['input']>;
  industryNameGTE?: InputMaybe<Scalars['String']['input']>;
  industryNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  industryNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  industryNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  industryNameLT?: InputMaybe<Scalars['String']['input']>;
  industryNameLTE?: InputMaybe<Scalars['String']['input']>;
  industryNameNEQ?: InputMaybe<Scalars['String']['input']>;
  industryNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** key_supervised field predicates */
  keySupervised?: InputMaybe<Scalars['Boolean']['input']>;
  keySupervisedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** latitude field predicates */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  latitudeGT?: InputMaybe<Scalars['Float']['input']>;
  latitudeGTE?: InputMaybe<Scalars['Float']['input']>;
  latitudeIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  latitudeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  latitudeLT?: InputMaybe<Scalars['Float']['input']>;
  latitudeLTE?: InputMaybe<Scalars['Float']['input']>;
  latitudeNEQ?: InputMaybe<Scalars['Float']['input']>;
  latitudeNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  latitudeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** longitude field predicates */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  longitudeGT?: InputMaybe<Scalars['Float']['input']>;
  longitudeGTE?: InputMaybe<Scalars['Float']['input']>;
  longitudeIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  longitudeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  longitudeLT?: InputMaybe<Scalars['Float']['input']>;
  longitudeLTE?: InputMaybe<Scalars['Float']['input']>;
  longitudeNEQ?: InputMaybe<Scalars['Float']['input']>;
  longitudeNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  longitudeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<EnterpriseWhereInput>;
  or?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** performance_grade field predicates */
  performanceGrade?: InputMaybe<EnterprisePerformanceGrade>;
  performanceGradeIn?: InputMaybe<Array<EnterprisePerformanceGrade>>;
  performanceGradeNEQ?: InputMaybe<EnterprisePerformanceGrade>;
  performanceGradeNotIn?: InputMaybe<Array<EnterprisePerformanceGrade>>;
  /** permit_tier field predicates */
  permitTier?: InputMaybe<EnterprisePermitTier>;
  permitTierIn?: InputMaybe<Array<EnterprisePermitTier>>;
  permitTierNEQ?: InputMaybe<EnterprisePermitTier>;
  permitTierNotIn?: InputMaybe<Array<EnterprisePermitTier>>;
  /** status field predicates */
  status?: InputMaybe<EnterpriseStatus>;
  statusIn?: InputMaybe<Array<EnterpriseStatus>>;
  statusNEQ?: InputMaybe<EnterpriseStatus>;
  statusNotIn?: InputMaybe<Array<EnterpriseStatus>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** voc_user field predicates */
  vocUser?: InputMaybe<Scalars['Boolean']['input']>;
  vocUserNEQ?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Expert = Node & {
  __typename?: 'Expert';
  createdAt: Scalars['Time']['output'];
  districts?: Maybe<Array<District>>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Scalars['String']['output'];
  specialties?: Maybe<Array<Scalars['String']['output']>>;
  /** e.g. 高级工程师 */
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  user?: Maybe<User>;
  userID?: Maybe<Scalars['ID']['output']>;
};

/** A connection to a list of items. */
export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ExpertEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Expert>;
};

/** Ordering options for Expert connections */
export type ExpertOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Experts. */
  field: ExpertOrderField;
};

/** Properties by which Expert connections can be ordered. */
export type ExpertOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/**
 * ExpertWhereInput is used for filtering Expert objects.
 * Input was generated by ent.
 */
export type ExpertWhereInput = {
  and?: InputMaybe<Array<ExpertWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** districts edge predicates */
  hasDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictsWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<ExpertWhereInput>;
  or?: InputMaybe<Array<ExpertWhereInput>>;
  /** organization field predicates */
  organization?: InputMaybe<Scalars['String']['input']>;
  organizationContains?: InputMaybe<Scalars['String']['input']>;
  organizationContainsFold?: InputMaybe<Scalars['String']['input']>;
  organizationEqualFold?: InputMaybe<Scalars['String']['input']>;
  organizationGT?: InputMaybe<Scalars['String']['input']>;
  organizationGTE?: InputMaybe<Scalars['String']['input']>;
  organizationHasPrefix?: InputMaybe<Scalars['String']['input']>;
  organizationHasSuffix?: InputMaybe<Scalars['String']['input']>;
  organizationIn?: InputMaybe<Array<Scalars['String']['input']>>;
  organizationLT?: InputMaybe<Scalars['String']['input']>;
  organizationLTE?: InputMaybe<Scalars['String']['input']>;
  organizationNEQ?: InputMaybe<Scalars['String']['input']>;
  organizationNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ExportApiKeysInput = {
  orderBy?: InputMaybe<ApiKeyOrder>;
  where?: InputMaybe<ApiKeyWhereInput>;
};

export type ExportEnterprisesInput = {
  orderBy?: InputMaybe<EnterpriseOrder>;
  where?: InputMaybe<EnterpriseWhereInput>;
};

export type ExportFindingsInput = {
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhereInput>;
};

export type ExportJob = Node & {
  __typename?: 'ExportJob';
  /** written after the request (more rows than are written within it) */
  background: Scalars['Boolean']['output'];
  createdAt: Scalars['Time']['output'];
  /** Why it failed, in the caller's language; null unless FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  /** the file is removed then (7 days after it started) */
  expiresAt: Scalars['Time']['output'];
  /** the download's name */
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['Time']['output']>;
  format: ExportJobFormat;
  id: Scalars['ID']['output'];
  /** what is exported: a list of the SPA, or a report */
  list: ExportJobList;
  /** percent of the rows written */
  progress: Scalars['Int']['output'];
  /** rows written so far */
  rows: Scalars['Int']['output'];
  /** bytes of the file */
  size: Scalars['Int']['output'];
  status: ExportJobStatus;
  /** rows the export holds (counted when it started) */
  total: Scalars['Int']['output'];
  updatedAt: Scalars['Time']['output'];
  /** Where the file is downloaded (GET with the owner's session, kept 7 days); null until DONE. */
  url?: Maybe<Scalars['String']['output']>;
  user: User;
  /** its owner, who alone reads it */
  userID: Scalars['ID']['output'];
};

/** A connection to a list of items. */
export type ExportJobConnection = {
  __typename?: 'ExportJobConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ExportJobEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ExportJobEdge = {
  __typename?: 'ExportJobEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ExportJob>;
};

/** ExportJobFormat is enum for the field format */
export type ExportJobFormat =
  | 'CSV'
  | 'XLSX';

/** ExportJobList is enum for the field list */
export type ExportJobList =
  | 'API_KEYS'
  | 'ENTERPRISES'
  | 'FINDINGS'
  | 'NOTICES'
  | 'PROBLEMS'
  | 'QUESTIONS'
  | 'REPORT'
  | 'TASKS'
  | 'TRAININGS'
  | 'USERS'
  | 'VISITS'
  | 'WARNINGS';

/** Ordering options for ExportJob connections */
export type ExportJobOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ExportJobs. */
  field: ExportJobOrderField;
};

/** Properties by which ExportJob connections can be ordered. */
export type ExportJobOrderField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** ExportJobStatus is enum for the field status */
export type ExportJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/**
 * ExportJobWhereInput is used for filtering ExportJob objects.
 * Input was generated by ent.
 */
export type ExportJobWhereInput = {
  and?: InputMaybe<Array<ExportJobWhereInput>>;
  /** background field predicates */
  background?: InputMaybe<Scalars['Boolean']['input']>;
  backgroundNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** file_name field predicates */
  fileName?: InputMaybe<Scalars['String']['input']>;
  fileNameContains?: InputMaybe<Scalars['String']['input']>;
  fileNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  fileNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  fileNameGT?: InputMaybe<Scalars['String']['input']>;
  fileNameGTE?: InputMaybe<Scalars['String']['input']>;
  fileNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  fileNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  fileNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  fileNameLT?: InputMaybe<Scalars['String']['input']>;
  fileNameLTE?: InputMaybe<Scalars['String']['input']>;
  fileNameNEQ?: InputMaybe<Scalars['String']['input']>;
  fileNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** finished_at field predicates */
  finishedAt?: InputMaybe<Scalars['Time']['input']>;
  finishedAtGT?: InputMaybe<Scalars['Time']['input']>;
  finishedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  finishedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  finishedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  finishedAtLT?: InputMaybe<Scalars['Time']['input']>;
  finishedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  finishedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  finishedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  finishedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** format field predicates */
  format?: InputMaybe<ExportJobFormat>;
  formatIn?: InputMaybe<Array<ExportJobFormat>>;
  formatNEQ?: InputMaybe<ExportJobFormat>;
  formatNotIn?: InputMaybe<Array<ExportJobFormat>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** list field predicates */
  list?: InputMaybe<ExportJobList>;
  listIn?: InputMaybe<Array<ExportJobList>>;
  listNEQ?: InputMaybe<ExportJobList>;
  listNotIn?: InputMaybe<Array<ExportJobList>>;
  not?: InputMaybe<ExportJobWhereInput>;
  or?: InputMaybe<Array<ExportJobWhereInput>>;
  /** progress field predicates */
  progress?: InputMaybe<Scalars['Int']['input']>;
  progressGT?: InputMaybe<Scalars['Int']['input']>;
  progressGTE?: InputMaybe<Scalars['Int']['input']>;
  progressIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  progressLT?: InputMaybe<Scalars['Int']['input']>;
  progressLTE?: InputMaybe<Scalars['Int']['input']>;
  progressNEQ?: InputMaybe<Scalars['Int']['input']>;
  progressNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** rows field predicates */
  rows?: InputMaybe<Scalars['Int']['input']>;
  rowsGT?: InputMaybe<Scalars['Int']['input']>;
  rowsGTE?: InputMaybe<Scalars['Int']['input']>;
  rowsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rowsLT?: InputMaybe<Scalars['Int']['input']>;
  rowsLTE?: InputMaybe<Scalars['Int']['input']>;
  rowsNEQ?: InputMaybe<Scalars['Int']['input']>;
  rowsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** status field predicates */
  status?: InputMaybe<ExportJobStatus>;
  statusIn?: InputMaybe<Array<ExportJobStatus>>;
  statusNEQ?: InputMaybe<ExportJobStatus>;
  statusNotIn?: InputMaybe<Array<ExportJobStatus>>;
  /** total field predicates */
  total?: InputMaybe<Scalars['Int']['input']>;
  totalGT?: InputMaybe<Scalars['Int']['input']>;
  totalGTE?: InputMaybe<Scalars['Int']['input']>;
  totalIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  totalLT?: InputMaybe<Scalars['Int']['input']>;
  totalLTE?: InputMaybe<Scalars['Int']['input']>;
  totalNEQ?: InputMaybe<Scalars['Int']['input']>;
  totalNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * One list to export: its filters and order exactly as its connection takes
 * them (the same rows, in the viewer's privacy scope). Set exactly one.
 */
export type ExportListInput = {
  /** 开放接口密钥 (city administrators) */
  apiKeys?: InputMaybe<ExportApiKeysInput>;
  /** Idempotency key (≤ 64 characters): a retried request returns the export it started. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** 企业管理 */
  enterprises?: InputMaybe<ExportEnterprisesInput>;
  /** 整改台账 (the findings list) */
  findings?: InputMaybe<ExportFindingsInput>;
  /** XLSX (Excel 2007 and later) or CSV (UTF-8 with a byte-order mark). */
  format?: ExportJobFormat;
  /** 预警响应台账 (a warning's notices) */
  notices?: InputMaybe<ExportNoticesInput>;
  /** 帮扶清单 (problemList): one row per enterprise, its records per reason, its planned and latest visit; the list's order */
  problems?: InputMaybe<ExportProblemsInput>;
  /** 在线答疑 */
  questions?: InputMaybe<ExportQuestionsInput>;
  /** 自查任务 */
  tasks?: InputMaybe<ExportTasksInput>;
  /** 培训 */
  trainings?: InputMaybe<ExportTrainingsInput>;
  /** 用户管理 */
  users?: InputMaybe<ExportUsersInput>;
  /** 帮扶记录 */
  visits?: InputMaybe<ExportVisitsInput>;
  /** 重污染天气预警 */
  warnings?: InputMaybe<ExportWarningsInput>;
};

export type ExportNoticesInput = {
  orderBy?: InputMaybe<WarningNoticeOrder>;
  where?: InputMaybe<WarningNoticeWhereInput>;
};

export type ExportProblemsInput = {
  districtID?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<ProblemReason>;
};

export type ExportQuestionsInput = {
  orderBy?: InputMaybe<QuestionOrder>;
  where?: InputMaybe<QuestionWhereInput>;
};

export type ExportTasksInput = {
  orderBy?: InputMaybe<InspectionTaskOrder>;
  where?: InputMaybe<InspectionTaskWhereInput>;
};

export type ExportTrainingsInput = {
  orderBy?: InputMaybe<TrainingOrder>;
  where?: InputMaybe<TrainingWhereInput>;
};

export type ExportUsersInput = {
  orderBy?: InputMaybe<UserOrder>;
  where?: InputMaybe<UserWhereInput>;
};

export type ExportVisitsInput = {
  orderBy?: InputMaybe<VisitOrder>;
  where?: InputMaybe<VisitWhereInput>;
};

export type ExportWarningsInput = {
  orderBy?: InputMaybe<WarningOrder>;
  where?: InputMaybe<WarningWhereInput>;
};

export type ExtensionPayload = {
  __typename?: 'ExtensionPayload';
  finding: Finding;
  request: ExtensionRequest;
};

export type ExtensionRequest = Node & {
  __typename?: 'ExtensionRequest';
  /** the district's reply; required when refusing */
  answer: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  decidedAt?: Maybe<Scalars['Time']['output']>;
  decidedBy?: Maybe<User>;
  decidedByID?: Maybe<Scalars['ID']['output']>;
  finding: Finding;
  findingID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** the deadline when it was asked */
  previousDueAt: Scalars['Time']['output'];
  reason: Scalars['String']['output'];
  requestedBy?: Maybe<User>;
  requestedByID?: Maybe<Scalars['ID']['output']>;
  requestedDueAt: Scalars['Time']['output'];
  status: ExtensionRequestStatus;
  updatedAt: Scalars['Time']['output'];
  viewerCan: ExtensionRequestViewerCan;
};

/** A connection to a list of items. */
export type ExtensionRequestConnection = {
  __typename?: 'ExtensionRequestConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ExtensionRequestEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ExtensionRequestEdge = {
  __typename?: 'ExtensionRequestEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ExtensionRequest>;
};

/** Ordering options for ExtensionRequest connections */
export type ExtensionRequestOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ExtensionRequests. */
  field: ExtensionRequestOrderField;
};

/** Properties by which ExtensionRequest connections can be ordered. */
export type ExtensionRequestOrderField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** ExtensionRequestStatus is enum for the field status */
export type ExtensionRequestStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

/** What the viewer may do to this extension request (延期申请). */
export type ExtensionRequestViewerCan = {
  __typename?: 'ExtensionRequestViewerCan';
  /** 延期审批: the request is pending, its finding still open, and the viewer may grant or refuse it. */
  decide: Scalars['Boolean']['output'];
};

/**
 * ExtensionRequestWhereInput is used for filtering ExtensionRequest objects.
 * Input was generated by ent.
 */
export type ExtensionRequestWhereInput = {
  and?: InputMaybe<Array<ExtensionRequestWhereInput>>;
  /** answer field predicates */
  answer?: InputMaybe<Scalars['String']['input']>;
  answerContains?: InputMaybe<Scalars['String']['input']>;
  answerContainsFold?: InputMaybe<Scalars['String']['input']>;
  answerEqualFold?: InputMaybe<Scalars['String']['input']>;
  answerGT?: InputMaybe<Scalars['String']['input']>;
  answerGTE?: InputMaybe<Scalars['String']['input']>;
  answerHasPrefix?: InputMaybe<Scalars['String']['input']>;
  answerHasSuffix?: InputMaybe<Scalars['String']['input']>;
  answerIn?: InputMaybe<Array<Scalars['String']['input']>>;
  answerLT?: InputMaybe<Scalars['String']['input']>;
  answerLTE?: InputMaybe<Scalars['String']['input']>;
  answerNEQ?: InputMaybe<Scalars['String']['input']>;
  answerNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** decided_at field predicates */
  decidedAt?: InputMaybe<Scalars['Time']['input']>;
  decidedAtGT?: InputMaybe<Scalars['Time']['input']>;
  decidedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  decidedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  decidedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  decidedAtLT?: InputMaybe<Scalars['Time']['input']>;
  decidedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  decidedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  decidedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  decidedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** decided_by_id field predicates */
  decidedByID?: InputMaybe<Scalars['ID']['input']>;
  decidedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  decidedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  decidedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  decidedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  decidedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** finding_id field predicates */
  findingID?: InputMaybe<Scalars['ID']['input']>;
  findingIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  findingIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  findingIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** decided_by edge predicates */
  hasDecidedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasDecidedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** finding edge predicates */
  hasFinding?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingWith?: InputMaybe<Array<FindingWhereInput>>;
  /** requested_by edge predicates */
  hasRequestedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasRequestedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<ExtensionRequestWhereInput>;
  or?: InputMaybe<Array<ExtensionRequestWhereInput>>;
  /** previous_due_at field predicates */
  previousDueAt?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtGT?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  previousDueAtLT?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  previousDueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** requested_by_id field predicates */
  requestedByID?: InputMaybe<Scalars['ID']['input']>;
  requestedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  requestedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  requestedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  requestedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  requestedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** requested_due_at field predicates */
  requestedDueAt?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtGT?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  requestedDueAtLT?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  requestedDueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** status field predicates */
  status?: InputMaybe<ExtensionRequestStatus>;
  statusIn?: InputMaybe<Array<ExtensionRequestStatus>>;
  statusNEQ?: InputMaybe<ExtensionRequestStatus>;
  statusNotIn?: InputMaybe<Array<ExtensionRequestStatus>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** What publishing a question as an FAQ entry would write when no text is given: anonymised, to review and edit first. */
export type FaqDraft = {
  __typename?: 'FAQDraft';
  /** Its answers, in order. */
  answer: Scalars['String']['output'];
  /** The question as the FAQ would show it. */
  body: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type FaqEntry = Node & {
  __typename?: 'FAQEntry';
  answer: Scalars['String']['output'];
  /** the question, anonymised */
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  item?: Maybe<ChecklistItem>;
  itemID?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type FaqEntryConnection = {
  __typename?: 'FAQEntryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<FaqEntryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FaqEntryEdge = {
  __typename?: 'FAQEntryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<FaqEntry>;
};

/** Ordering options for FAQEntry connections */
export type FaqEntryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order FAQEntries. */
  field: FaqEntryOrderField;
};

/** Properties by which FAQEntry connections can be ordered. */
export type FaqEntryOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * FAQEntryWhereInput is used for filtering FAQEntry objects.
 * Input was generated by ent.
 */
export type FaqEntryWhereInput = {
  and?: InputMaybe<Array<FaqEntryWhereInput>>;
  /** answer field predicates */
  answer?: InputMaybe<Scalars['String']['input']>;
  answerContains?: InputMaybe<Scalars['String']['input']>;
  answerContainsFold?: InputMaybe<Scalars['String']['input']>;
  answerEqualFold?: InputMaybe<Scalars['String']['input']>;
  answerGT?: InputMaybe<Scalars['String']['input']>;
  answerGTE?: InputMaybe<Scalars['String']['input']>;
  answerHasPrefix?: InputMaybe<Scalars['String']['input']>;
  answerHasSuffix?: InputMaybe<Scalars['String']['input']>;
  answerIn?: InputMaybe<Array<Scalars['String']['input']>>;
  answerLT?: InputMaybe<Scalars['String']['input']>;
  answerLTE?: InputMaybe<Scalars['String']['input']>;
  answerNEQ?: InputMaybe<Scalars['String']['input']>;
  answerNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** body field predicates */
  body?: InputMaybe<Scalars['String']['input']>;
  bodyContains?: InputMaybe<Scalars['String']['input']>;
  bodyContainsFold?: InputMaybe<Scalars['String']['input']>;
  bodyEqualFold?: InputMaybe<Scalars['String']['input']>;
  bodyGT?: InputMaybe<Scalars['String']['input']>;
  bodyGTE?: InputMaybe<Scalars['String']['input']>;
  bodyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  bodyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  bodyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  bodyLT?: InputMaybe<Scalars['String']['input']>;
  bodyLTE?: InputMaybe<Scalars['String']['input']>;
  bodyNEQ?: InputMaybe<Scalars['String']['input']>;
  bodyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  hasItemWith?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<FaqEntryWhereInput>;
  or?: InputMaybe<Array<FaqEntryWhereInput>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type Facility = Node & {
  __typename?: 'Facility';
  capacity?: Maybe<Scalars['Float']['output']>;
  capacityUnit: Scalars['String']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: FacilityKind;
  name: Scalars['String']['output'];
  status: FacilityStatus;
  /** e.g. activated carbon + catalytic combustion */
  technology: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<FacilityEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Facility>;
};

/** FacilityKind is enum for the field kind */
export type FacilityKind =
  | 'CONTROL_FACILITY'
  | 'PRODUCTION_LINE';

/** Ordering options for Facility connections */
export type FacilityOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Facilities. */
  field: FacilityOrderField;
};

/** Properties by which Facility connections can be ordered. */
export type FacilityOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type FacilityPayload = {
  __typename?: 'FacilityPayload';
  facility: Facility;
};

/** FacilityStatus is enum for the field status */
export type FacilityStatus =
  | 'DISMANTLED'
  | 'IDLE'
  | 'RUNNING';

/**
 * FacilityWhereInput is used for filtering Facility objects.
 * Input was generated by ent.
 */
export type FacilityWhereInput = {
  and?: InputMaybe<Array<FacilityWhereInput>>;
  /** capacity field predicates */
  capacity?: InputMaybe<Scalars['Float']['input']>;
  capacityGT?: InputMaybe<Scalars['Float']['input']>;
  capacityGTE?: InputMaybe<Scalars['Float']['input']>;
  capacityIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  capacityIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  capacityLT?: InputMaybe<Scalars['Float']['input']>;
  capacityLTE?: InputMaybe<Scalars['Float']['input']>;
  capacityNEQ?: InputMaybe<Scalars['Float']['input']>;
  capacityNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  capacityNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** capacity_unit field predicates */
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  capacityUnitContains?: InputMaybe<Scalars['String']['input']>;
  capacityUnitContainsFold?: InputMaybe<Scalars['String']['input']>;
  capacityUnitEqualFold?: InputMaybe<Scalars['String']['input']>;
  capacityUnitGT?: InputMaybe<Scalars['String']['input']>;
  capacityUnitGTE?: InputMaybe<Scalars['String']['input']>;
  capacityUnitHasPrefix?: InputMaybe<Scalars['String']['input']>;
  capacityUnitHasSuffix?: InputMaybe<Scalars['String']['input']>;
  capacityUnitIn?: InputMaybe<Array<Scalars['String']['input']>>;
  capacityUnitLT?: InputMaybe<Scalars['String']['input']>;
  capacityUnitLTE?: InputMaybe<Scalars['String']['input']>;
  capacityUnitNEQ?: InputMaybe<Scalars['String']['input']>;
  capacityUnitNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  codeContains?: InputMaybe<Scalars['String']['input']>;
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  codeGT?: InputMaybe<Scalars['String']['input']>;
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  codeLT?: InputMaybe<Scalars['String']['input']>;
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<FacilityKind>;
  kindIn?: InputMaybe<Array<FacilityKind>>;
  kindNEQ?: InputMaybe<FacilityKind>;
  kindNotIn?: InputMaybe<Array<FacilityKind>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<FacilityWhereInput>;
  or?: InputMaybe<Array<FacilityWhereInput>>;
  /** status field predicates */
  status?: InputMaybe<FacilityStatus>;
  statusIn?: InputMaybe<Array<FacilityStatus>>;
  statusNEQ?: InputMaybe<FacilityStatus>;
  statusNotIn?: InputMaybe<Array<FacilityStatus>>;
  /** technology field predicates */
  technology?: InputMaybe<Scalars['String']['input']>;
  technologyContains?: InputMaybe<Scalars['String']['input']>;
  technologyContainsFold?: InputMaybe<Scalars['String']['input']>;
  technologyEqualFold?: InputMaybe<Scalars['String']['input']>;
  technologyGT?: InputMaybe<Scalars['String']['input']>;
  technologyGTE?: InputMaybe<Scalars['String']['input']>;
  technologyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  technologyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  technologyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  technologyLT?: InputMaybe<Scalars['String']['input']>;
  technologyLTE?: InputMaybe<Scalars['String']['input']>;
  technologyNEQ?: InputMaybe<Scalars['String']['input']>;
  technologyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type Finding = Node & {
  __typename?: 'Finding';
  answer?: Maybe<Answer>;
  answerID?: Maybe<Scalars['ID']['output']>;
  closedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  delegate?: Maybe<User>;
  /** the expert the district delegated the review to (委托专家核查) */
  delegateID?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /**
   * The description in English where the checklist wrote it (the item's
   * English question and the answer in words); null otherwise.
   */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  extensionRequests: ExtensionRequestConnection;
  guidanceEn?: Maybe<Array<Scalars['String']['output']>>;
  /** snapshot of the item's guidance */
  guidanceZh?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  item?: Maybe<ChecklistItem>;
  itemID?: Maybe<Scalars['ID']['output']>;
  legalBasis?: Maybe<Array<LegalRef>>;
  /** Not yet resolved (see findingLifecycle): counted as open in every figure. */
  open: Scalars['Boolean']['output'];
  /** past due and not yet verified; set by the overdue job */
  overdue: Scalars['Boolean']['output'];
  rectifications: RectificationConnection;
  selfCheck?: Maybe<SelfCheck>;
  selfCheckID?: Maybe<Scalars['ID']['output']>;
  severity: FindingSeverity;
  source: FindingSource;
  /** 发现 交办 整改中 待核查 核查通过 退回 销号 无效 */
  status: FindingStatus;
  title: Scalars['String']['output'];
  /**
   * The title in English where the checklist wrote it (the item's English
   * finding label); null for a title a person wrote (visits, spot checks).
   */
  titleEn?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['Time']['output'];
  viewerCan: FindingViewerCan;
  visit?: Maybe<Visit>;
  visitID?: Maybe<Scalars['ID']['output']>;
};


export type FindingExtensionRequestsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExtensionRequestOrder>;
  where?: InputMaybe<ExtensionRequestWhereInput>;
};


export type FindingRectificationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationOrder>;
  where?: InputMaybe<RectificationWhereInput>;
};

/** Who makes a lifecycle transition. */
export type FindingActor =
  /** The enterprise's own users. */
  | 'ENTERPRISE'
  /** A district or city administrator, or the expert a review was delegated to. */
  | 'REVIEWER';

/** A connection to a list of items. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<FindingEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Finding>;
};

/** The finding lifecycle, defined once on the server (api/lifecycle). */
export type FindingLifecycle = {
  __typename?: 'FindingLifecycle';
  /** Every status, in workflow order. */
  statuses: Array<FindingStatusInfo>;
  transitions: Array<FindingTransition>;
};

/** Ordering options for Finding connections */
export type FindingOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Findings. */
  field: FindingOrderField;
};

/** Properties by which Finding connections can be ordered. */
export type FindingOrderField =
  | 'CLOSED_AT'
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'SEVERITY'
  | 'STATUS'
  | 'UPDATED_AT';

/** The finding a failing answer will create when the self-check is submitted. */
export type FindingPreview = {
  __typename?: 'FindingPreview';
  dueAt: Scalars['Time']['output'];
  guidanceEn: Array<Scalars['String']['output']>;
  guidanceZh: Array<Scalars['String']['output']>;
  legalBasis: Array<LegalRef>;
  severity: FindingSeverity;
  title: Scalars['String']['output'];
};

/** FindingSeverity is enum for the field severity */
export type FindingSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** FindingSource is enum for the field source */
export type FindingSource =
  | 'CROSS_CHECK'
  | 'MANUAL'
  | 'SELF_CHECK'
  | 'VISIT'
  | 'WARNING_CHECK';

/** FindingStatus is enum for the field status */
export type FindingStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'FOUND'
  | 'INVALID'
  | 'RECTIFYING'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'VERIFIED';

/** One status of the finding lifecycle (整改闭环). */
export type FindingStatusInfo = {
  __typename?: 'FindingStatusInfo';
  /** The enterprise owes a rectification; deadlines and reminders apply. */
  awaitingEnterprise: Scalars['Boolean']['output'];
  /** Not yet resolved: FOUND, ASSIGNED, RECTIFYING, SUBMITTED, REJECTED. */
  open: Scalars['Boolean']['output'];
  status: FindingStatus;
};

/** One step of the finding lifecycle. */
export type FindingTransition = {
  __typename?: 'FindingTransition';
  by: FindingActor;
  from: Array<FindingStatus>;
  name: Scalars['String']['output'];
  to: FindingStatus;
};

/** What the viewer may do to this finding now. */
export type FindingViewerCan = {
  __typename?: 'FindingViewerCan';
  /** 委托专家核查: the finding is open and the viewer may hand its review to a stationed expert. */
  delegate: Scalars['Boolean']['output'];
  /** 申请延期: the enterprise owes a rectification (its deadline runs), no request of it awaits a decision, and the viewer may ask to move the deadline. */
  requestExtension: Scalars['Boolean']['output'];
  /** 核查: a rectification awaits review (SUBMITTED) and the viewer may approve or reject it — a district or city administrator, or the expert the review was delegated to. */
  review: Scalars['Boolean']['output'];
  /** 提交整改: the enterprise owes a rectification (status FOUND, ASSIGNED, RECTIFYING or REJECTED) and the viewer may submit it. */
  submitRectification: Scalars['Boolean']['output'];
};

/**
 * FindingWhereInput is used for filtering Finding objects.
 * Input was generated by ent.
 */
export type FindingWhereInput = {
  and?: InputMaybe<Array<FindingWhereInput>>;
  /** answer_id field predicates */
  answerID?: InputMaybe<Scalars['ID']['input']>;
  answerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  answerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  answerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  answerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  answerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** closed_at field predicates */
  closedAt?: InputMaybe<Scalars['Time']['input']>;
  closedAtGT?: InputMaybe<Scalars['Time']['input']>;
  closedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  closedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  closedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  closedAtLT?: InputMaybe<Scalars['Time']['input']>;
  closedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  closedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  closedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  closedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** delegate_id field predicates */
  delegateID?: InputMaybe<Scalars['ID']['input']>;
  delegateIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  delegateIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  delegateIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  delegateIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  delegateIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** due_at field predicates */
  dueAt?: InputMaybe<Scalars['Time']['input']>;
  dueAtGT?: InputMaybe<Scalars['Time']['input']>;
  dueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  dueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  dueAtLT?: InputMaybe<Scalars['Time']['input']>;
  dueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  dueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  dueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** answer edge predicates */
  hasAnswer?: InputMaybe<Scalars['Boolean']['input']>;
  hasAnswerWith?: InputMaybe<Array<AnswerWhereInput>>;
  /** delegate edge predicates */
  hasDelegate?: InputMaybe<Scalars['Boolean']['input']>;
  hasDelegateWith?: InputMaybe<Array<UserWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** extension_requests edge predicates */
  hasExtensionRequests?: InputMaybe<Scalars['Boolean']['input']>;
  hasExtensionRequestsWith?: InputMaybe<Array<ExtensionRequestWhereInput>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  hasItemWith?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** rectifications edge predicates */
  hasRectifications?: InputMaybe<Scalars['Boolean']['input']>;
  hasRectificationsWith?: InputMaybe<Array<RectificationWhereInput>>;
  /** self_check edge predicates */
  hasSelfCheck?: InputMaybe<Scalars['Boolean']['input']>;
  hasSelfCheckWith?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** visit edge predicates */
  hasVisit?: InputMaybe<Scalars['Boolean']['input']>;
  hasVisitWith?: InputMaybe<Array<VisitWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<FindingWhereInput>;
  /** true: open findings only (see findingLifecycle); false: resolved ones only. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<FindingWhereInput>>;
  /** overdue field predicates */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  overdueNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** self_check_id field predicates */
  selfCheckID?: InputMaybe<Scalars['ID']['input']>;
  selfCheckIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  selfCheckIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  selfCheckIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  selfCheckIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  selfCheckIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** severity field predicates */
  severity?: InputMaybe<FindingSeverity>;
  severityIn?: InputMaybe<Array<FindingSeverity>>;
  severityNEQ?: InputMaybe<FindingSeverity>;
  severityNotIn?: InputMaybe<Array<FindingSeverity>>;
  /** source field predicates */
  source?: InputMaybe<FindingSource>;
  sourceIn?: InputMaybe<Array<FindingSource>>;
  sourceNEQ?: InputMaybe<FindingSource>;
  sourceNotIn?: InputMaybe<Array<FindingSource>>;
  /** status field predicates */
  status?: InputMaybe<FindingStatus>;
  statusIn?: InputMaybe<Array<FindingStatus>>;
  statusNEQ?: InputMaybe<FindingStatus>;
  statusNotIn?: InputMaybe<Array<FindingStatus>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** true: the findings the viewer may review now (待核查 it can decide: its districts', or those delegated to it) — where viewerCan.review is true. */
  viewerCanReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** visit_id field predicates */
  visitID?: InputMaybe<Scalars['ID']['input']>;
  visitIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  visitIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  visitIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  visitIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  visitIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What enterprises of one performance grade must do under a warning. */
export type GradeMeasure = {
  __typename?: 'GradeMeasure';
  grade: Scalars['String']['output'];
  measuresEn?: Maybe<Scalars['String']['output']>;
  measuresZh: Scalars['String']['output'];
};

export type GradeMeasureInput = {
  grade: Scalars['String']['input'];
  measuresEn?: InputMaybe<Scalars['String']['input']>;
  measuresZh: Scalars['String']['input'];
};

/** What an import did, or in a dry run would do, to one sheet's rows: matched by credit code (enterprises) or permit number (permits), an equal row is unchanged. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  created: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A refused cell of an import: its sheet, its row in the sheet (the header is row 1), its column's header and why, in the caller's language. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
};

/** The findings of the viewer's enterprises of one industry class (GB/T 4754-2017, as registered). */
export type IndustryFigures = {
  __typename?: 'IndustryFigures';
  /** The four-digit class code, e.g. 2319. */
  code: Scalars['String']['output'];
  /** Enterprises of the class with findings. */
  enterprises: Scalars['Int']['output'];
  findings: Scalars['Int']['output'];
  /** The class's name as registered (Chinese). */
  name: Scalars['String']['output'];
  /** Not yet resolved (see findingLifecycle). */
  openFindings: Scalars['Int']['output'];
};

export type InspectionTask = Node & {
  __typename?: 'InspectionTask';
  closedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  dueAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['Time']['output'];
  issuedBy?: Maybe<User>;
  issuedByID?: Maybe<Scalars['ID']['output']>;
  scope: TaskScope;
  selfChecks: SelfCheckConnection;
  status: InspectionTaskStatus;
  template: ChecklistTemplate;
  templateID: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: InspectionTaskViewerCan;
};


export type InspectionTaskSelfChecksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SelfCheckOrder>;
  where?: InputMaybe<SelfCheckWhereInput>;
};

/** A connection to a list of items. */
export type InspectionTaskConnection = {
  __typename?: 'InspectionTaskConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<InspectionTaskEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type InspectionTaskEdge = {
  __typename?: 'InspectionTaskEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<InspectionTask>;
};

/** Ordering options for InspectionTask connections */
export type InspectionTaskOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order InspectionTasks. */
  field: InspectionTaskOrderField;
};

/** Properties by which InspectionTask connections can be ordered. */
export type InspectionTaskOrderField =
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'ISSUED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** InspectionTaskStatus is enum for the field status */
export type InspectionTaskStatus =
  | 'CLOSED'
  | 'OPEN';

/** What the viewer may do to this inspection task now. */
export type InspectionTaskViewerCan = {
  __typename?: 'InspectionTaskViewerCan';
  /** 结束任务: as extend. */
  close: Scalars['Boolean']['output'];
  /** 延长期限: the task is open and the viewer manages it (the city, or a district administrator for a task reaching only its districts). */
  extend: Scalars['Boolean']['output'];
};

/**
 * InspectionTaskWhereInput is used for filtering InspectionTask objects.
 * Input was generated by ent.
 */
export type InspectionTaskWhereInput = {
  and?: InputMaybe<Array<InspectionTaskWhereInput>>;
  /** closed_at field predicates */
  closedAt?: InputMaybe<Scalars['Time']['input']>;
  closedAtGT?: InputMaybe<Scalars['Time']['input']>;
  closedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  closedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  closedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  closedAtLT?: InputMaybe<Scalars['Time']['input']>;
  closedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  closedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  closedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  closedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** due_at field predicates */
  dueAt?: InputMaybe<Scalars['Time']['input']>;
  dueAtGT?: InputMaybe<Scalars['Time']['input']>;
  dueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  dueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  dueAtLT?: InputMaybe<Scalars['Time']['input']>;
  dueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  dueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  dueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** issued_by edge predicates */
  hasIssuedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasIssuedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** self_checks edge predicates */
  hasSelfChecks?: InputMaybe<Scalars['Boolean']['input']>;
  hasSelfChecksWith?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** template edge predicates */
  hasTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  hasTemplateWith?: InputMaybe<Array<ChecklistTemplateWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issued_at field predicates */
  issuedAt?: InputMaybe<Scalars['Time']['input']>;
  issuedAtGT?: InputMaybe<Scalars['Time']['input']>;
  issuedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  issuedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  issuedAtLT?: InputMaybe<Scalars['Time']['input']>;
  issuedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  issuedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  issuedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** issued_by_id field predicates */
  issuedByID?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  issuedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<InspectionTaskWhereInput>;
  or?: InputMaybe<Array<InspectionTaskWhereInput>>;
  /** status field predicates */
  status?: InputMaybe<InspectionTaskStatus>;
  statusIn?: InputMaybe<Array<InspectionTaskStatus>>;
  statusNEQ?: InputMaybe<InspectionTaskStatus>;
  statusNotIn?: InputMaybe<Array<InspectionTaskStatus>>;
  /** template_id field predicates */
  templateID?: InputMaybe<Scalars['ID']['input']>;
  templateIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  templateIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  templateIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** An integer setting's range and default. */
export type IntBounds = {
  __typename?: 'IntBounds';
  default: Scalars['Int']['output'];
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

export type IssueInspectionTaskInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt: Scalars['Time']['input'];
  scope: TaskScopeInput;
  /** A published checklist version. */
  templateID: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type IssueInspectionTaskPayload = {
  __typename?: 'IssueInspectionTaskPayload';
  task: InspectionTask;
};

/** One cited article of an instrument and the checklist items citing it. */
export type LegalArticle = {
  __typename?: 'LegalArticle';
  /** The article's number as cited (20), a section (§3.3), or empty for the instrument as a whole. */
  article: Scalars['String']['output'];
  /** As people read it, in the caller's language: 《中华人民共和国大气污染防治法》第二十条. */
  citation: Scalars['String']['output'];
  /** The items of the published checklists citing it, by code. */
  items: Array<ChecklistItem>;
};

/** A law, regulation, rule, standard or document cited by the published checklists' items (citations not verified, confidence U, are left out). */
export type LegalInstrument = {
  __typename?: 'LegalInstrument';
  /** The articles cited, the instrument as a whole first, then by number. */
  articles: Array<LegalArticle>;
  /** As LegalRef.instrument holds it: a code (APL, EPL, EIAL, SWL, CPR, PR), a standard's number (GB 37822) or a document's (环办环评函〔2020〕688号). */
  code: Scalars['String']['output'];
  kind: LegalInstrumentKind;
  /** The full name in the caller's language (中华人民共和国大气污染防治法 / Air Pollution Prevention and Control Law of the PRC); standards and documents are named by their numbers. */
  name: Scalars['String']['output'];
  /** Its own number when it is known by a title too (GB 37822, 环发〔2015〕4号); null for laws and regulations and for what is named by its number alone. */
  number?: Maybe<Scalars['String']['output']>;
  /** Where to read the official text; null when it is not published or its publisher is not known. */
  officialSource?: Maybe<LegalSource>;
};

/** What a cited instrument is: 法律 (law), 行政法规 (administrative regulation), 部门规章 and catalogues (rule), a GB or HJ standard, a normative document numbered 〔year〕N号, or other (a local requirement, a rule of the platform: no published text). */
export type LegalInstrumentKind =
  | 'DOCUMENT'
  | 'LAW'
  | 'OTHER'
  | 'REGULATION'
  | 'RULE'
  | 'STANDARD';

/** A legal basis: instrument, article and how sure we are of it (V, K, U). */
export type LegalRef = {
  __typename?: 'LegalRef';
  /** Article numbers, comma-separated (16,22). */
  article?: Maybe<Scalars['String']['output']>;
  /** As people read it, in the caller's language: 《中华人民共和国大气污染防治法》第二十条 / Article 20 of the Air Pollution Prevention and Control Law of the PRC. */
  citation: Scalars['String']['output'];
  confidence?: Maybe<Scalars['String']['output']>;
  /** A code (EPL, APL, EIAL, SWL, CPR, PR), a standard's number (GB 37822) or a document's (环办环评函〔2020〕688号). */
  instrument: Scalars['String']['output'];
};

export type LegalRefInput = {
  article?: InputMaybe<Scalars['String']['input']>;
  /** V verified, K known, U uncertain */
  confidence?: InputMaybe<Scalars['String']['input']>;
  instrument: Scalars['String']['input'];
};

/** Where an instrument's official text is published: the publisher's site, searched by the instrument's full name. */
export type LegalSource = {
  __typename?: 'LegalSource';
  /** The publisher's site in the caller's language: 国家法律法规数据库 (NPC), 国家标准全文公开系统 (SAMR), 生态环境部, 长沙市人民政府. */
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

/** How one required measure was carried out (措施落实上报). */
export type MeasureReport = {
  __typename?: 'MeasureReport';
  key: Scalars['String']['output'];
  percent?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** DONE (落实), PARTLY (部分落实, with percent) or NOT_POSSIBLE (无法落实, with reason). */
  status: Scalars['String']['output'];
};

export type MeasureReportInput = {
  key: Scalars['String']['input'];
  /** PARTLY: the share of the required reduction achieved, 0–100 %. */
  percent?: InputMaybe<Scalars['Int']['input']>;
  /** NOT_POSSIBLE: why (at most 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** DONE, PARTLY or NOT_POSSIBLE. */
  status: Scalars['String']['input'];
};

/** Findings found and closed in one calendar month (Asia/Shanghai). */
export type MonthFigures = {
  __typename?: 'MonthFigures';
  /** Closed (销号) in the month. */
  closed: Scalars['Int']['output'];
  /** Found (发现) in the month. */
  found: Scalars['Int']['output'];
  /** The month, YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 确认收到 (idempotent): by a user of the notice's enterprise. */
  acknowledgeWarningNotice: WarningNotice;
  /** Add files to a training's materials (培训资料: PDF, JPEG, PNG or WebP by content; at most 10 MB each, 9 at a time, 30 in all): the city, or a district administrator for its districts' own trainings. A retry with the same clientKey adds nothing. */
  addTrainingMaterials: Training;
  /** A new round of an active warning: upgrade, downgrade, extend or lift; each recipient gets a notice to acknowledge. */
  adjustWarning: Warning;
  /** Ask in the enterprise's district channel; the stationed experts and administrators are told at once. */
  askQuestion: Question;
  /** Call off a planned visit; the team and the enterprise are told. */
  cancelVisit: Visit;
  /** Changes the caller's password (clearing mustChangePassword) and ends all its sessions, this one included: sign in again with the new password. */
  changePassword: Scalars['Boolean']['output'];
  /** End a task: unsubmitted self-checks can no longer change. */
  closeInspectionTask: InspectionTask;
  /** The asker confirms the answer solved it; the question takes no more messages. */
  confirmQuestion: Question;
  /** The enterprise confirms it received the visit's record. */
  confirmVisit: Visit;
  /** A partner key (the city's). The secret is in the answer and nowhere else. */
  createAPIKey: ApiKeySecret;
  /** Start a new, empty checklist (draft version 1). */
  createChecklistTemplate: ChecklistTemplate;
  createEIAApproval: EiaApprovalPayload;
  createEnterprise: EnterprisePayload;
  createFacility: FacilityPayload;
  createPermit: PermitPayload;
  createUser: UserPayload;
  deactivateUser: UserPayload;
  decideExtension: ExtensionPayload;
  /** Delegate the review of a finding to an expert stationed in its district (委托专家核查); no expertID takes it back. */
  delegateReview: Finding;
  /** Deletes one of the viewer's saved reports; NOT_FOUND otherwise. Returns its id. */
  deleteSavedReport: Scalars['ID']['output'];
  /** Start a new draft version from a template (returns the existing draft of that name, if any). */
  draftChecklistTemplate: ChecklistTemplate;
  /**
   * Exports a list. Up to 10,000 rows the file is written within the request
   * and the export comes back DONE with its url; beyond (up to 1,000,000), it
   * comes back RUNNING and is written in the background: follow it with
   * exportJobUpdated, or wait for the notification. Errors: CONFLICT
   * (export.running) while another export of the viewer runs; BAD_USER_INPUT
   * (export.one_list, export.too_many) naming the input.
   */
  exportList: ExportJob;
  /**
   * Exports a report's rows (at most 1,000: always within the request), headers in the caller's
   * language; a workbook's second sheet (说明) says what the report counts. name — a saved report's,
   * at most as long as a saved report's name — titles the file (name-YYYYMMDD-HHMMSS.xlsx,
   * Asia/Shanghai) and its sheet instead of 报表; BAD_USER_INPUT at name when too long or holding
   * control characters.
   */
  exportReport: ExportJob;
  /** Move a task's due date later; enterprises that have not submitted are told. */
  extendInspectionTask: InspectionTask;
  /** A new draft from an exported template (JSON or Excel). */
  importChecklistTemplate: ChecklistTemplate;
  /**
   * Imports the year's emission-reduction list (应急减排清单) from Excel: the first sheet, a header row, then one row per
   * enterprise × line or process × level with the columns 统一社会信用代码, 企业名称, 绩效分级 (A级…未分级 or A, B_MINUS…),
   * 预警级别 (黄色/橙色/红色), 生产线/工序, 措施 (停产/限产/正常生产), 限产比例(%), SO2, NOx, PM, VOCs (kg/d), 设施编号 (optional).
   * Each enterprise named gets one plan for the year, replacing its earlier one, all in one transaction. dryRun (the default)
   * only reports. At most 10 MB and 30,000 rows.
   */
  importEmissionPlans: EmissionPlanImport;
  /**
   * Bulk registration (批量导入) from the template at GET /exports/templates/registry.xlsx:
   * the sheets 企业 (enterprises), 排污许可证 (permits), 设施 (facilities) and 环评批复 (EIA
   * approvals), up to 20,000 rows each, 10 MB. Records are matched within their enterprise
   * by permit number, facility code and document number.
   * Every row is checked (credit code with its check character, district within the
   * viewer's, GB/T 4754 class, tiers, grades, dates, duplicates in the file, credit codes
   * registered by another district); with dryRun (the default) nothing is written. The
   * import writes in transactions of 500 rows, each audited; importing the same file again
   * changes nothing. With progressKey (the client's name for this request: 8–64 letters,
   * digits, - or _) its progress goes to the viewer's importProgress(key) subscription.
   * Errors: FORBIDDEN without createEnterprise; BAD_USER_INPUT on file for a file that is
   * not such a workbook, on progressKey for a bad key.
   */
  importRegistry: RegistryImport;
  issueInspectionTask: IssueInspectionTaskPayload;
  /** The viewer joined the live session (registers it when needed). */
  joinTraining: Attendance;
  login: AuthPayload;
  /** Revokes the refresh token's whole session. */
  logout: Scalars['Boolean']['output'];
  /** Marks all the viewer's notifications read; returns how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks one of the viewer's notifications read; marking it again changes nothing. */
  markNotificationRead: Notification;
  /** Records that a user of the enterprise opened the notice (idempotent). */
  markWarningNoticeRead: WarningNotice;
  /** Plan a visit; the team and the enterprise's users are told. */
  planVisit: Visit;
  /** Freeze a draft; the version it replaces is archived. */
  publishChecklistTemplate: ChecklistTemplate;
  /** Publish a resolved question, anonymised, as an FAQ entry (or update the one published from it). */
  publishFAQ: FaqEntry;
  /** Pushes a draft to its recipients in one transaction: one notice each, with the enterprise's own measures for the level. */
  publishWarning: Warning;
  /** Record a planned visit: held, its problems become findings, the enterprise is asked to confirm. */
  recordVisit: Visit;
  /** Records a call on the call list: the notice's district administrators and the city. */
  recordWarningCall: WarningNotice;
  /** Records a spot check; a failed one opens a finding in the same transaction. */
  recordWarningSpotCheck: SpotCheckPayload;
  /** Sends a webhook delivery again now, with the same body and delivery id (after fixing its channel). */
  redeliverWebhook: WebhookDelivery;
  refreshToken: AuthPayload;
  /** Register the viewer (an enterprise user); registering again returns the same attendance. */
  registerForTraining: Attendance;
  /**
   * Registers a query for a key and returns it; its sha256 is what the partner
   * then sends (extensions.persistedQuery.sha256Hash, Apollo's form). The city
   * names apiKeyId; a partner registers for its own key (not when the key is
   * persistedOnly: then the city keeps its list). The same text again returns
   * the same row. BAD_USER_INPUT at query when it does not parse.
   */
  registerPersistedQuery: PersistedQuery;
  /** Remove one of a training's materials (the same people). */
  removeTrainingMaterial: Training;
  /** Answer (experts, administrators) or follow up (the asking enterprise). */
  replyToQuestion: Reply;
  /** Minutes (0-based) of the training the viewer watched; each counts once (a retry adds nothing); completes at the threshold. */
  reportTrainingWatched: Attendance;
  /** 措施落实上报, and its daily updates while the warning is active. */
  reportWarningMeasures: WarningNotice;
  requestExtension: ExtensionPayload;
  resetUserPassword: ResetUserPasswordPayload;
  /** Mark an answered question resolved; the asker is asked to confirm. */
  resolveQuestion: Question;
  reviewRectification: RectificationPayload;
  /** Ends the key and any rotated-out secret from the next request. */
  revokeAPIKey: ApiKey;
  /**
   * A new secret for the key (shown once). The old one keeps working for
   * overlapMinutes (0–10,080; default a day) so the partner can switch without
   * a gap.
   */
  rotateAPIKey: ApiKeySecret;
  saveAnswer: SaveAnswerPayload;
  /** Replace a draft's name, description and items. */
  saveChecklistDraft: ChecklistTemplate;
  /** Creates or replaces an enterprise's emission plan (应急减排清单 / 一厂一策) for a year (see SaveEmissionPlanInput for who may change what). selfDeclared is set when the enterprise itself saved it. */
  saveEmissionPlan: EmissionPlan;
  saveReport: SavedReport;
  /** Creates or changes an outbound channel (the city's). */
  saveWarningChannel: WarningChannel;
  saveWarningDraft: Warning;
  scheduleTraining: Training;
  /** Set (or clear with an empty string) the replay link. */
  setTrainingReplay: Training;
  submitRectification: RectificationPayload;
  submitSelfCheck: SubmitSelfCheckPayload;
  /** Removes a registered query (the city's). Returns the hash. */
  unregisterPersistedQuery: Scalars['String']['output'];
  updateAPIKey: ApiKey;
  updateEIAApproval: EiaApprovalPayload;
  updateEnterprise: EnterprisePayload;
  /** Enterprise users keep their own enterprise's contacts current. */
  updateEnterpriseContacts: EnterprisePayload;
  updateFacility: FacilityPayload;
  updatePermit: PermitPayload;
  uploadFiles: UploadFilesPayload;
};


export type MutationAcknowledgeWarningNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddTrainingMaterialsArgs = {
  clientKey?: InputMaybe<Scalars['String']['input']>;
  files: Array<Scalars['Upload']['input']>;
  trainingID: Scalars['ID']['input'];
};


export type MutationAdjustWarningArgs = {
  input: AdjustWarningInput;
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationCancelVisitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseInspectionTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmVisitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateChecklistTemplateArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateEiaApprovalArgs = {
  input: CreateEiaApprovalInput;
};


export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


export type MutationCreateFacilityArgs = {
  input: CreateFacilityInput;
};


export type MutationCreatePermitArgs = {
  input: CreatePermitInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideExtensionArgs = {
  input: DecideExtensionInput;
};


export type MutationDelegateReviewArgs = {
  expertID?: InputMaybe<Scalars['ID']['input']>;
  findingID: Scalars['ID']['input'];
};


export type MutationDeleteSavedReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftChecklistTemplateArgs = {
  fromID: Scalars['ID']['input'];
};


export type MutationExportListArgs = {
  input: ExportListInput;
};


export type MutationExportReportArgs = {
  clientKey?: InputMaybe<Scalars['String']['input']>;
  format?: ExportJobFormat;
  input: ReportInput;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationExtendInspectionTaskArgs = {
  dueAt: Scalars['Time']['input'];
  id: Scalars['ID']['input'];
};


export type MutationImportChecklistTemplateArgs = {
  file: Scalars['Upload']['input'];
};


export type MutationImportEmissionPlansArgs = {
  dryRun?: Scalars['Boolean']['input'];
  file: Scalars['Upload']['input'];
  year: Scalars['Int']['input'];
};


export type MutationImportRegistryArgs = {
  dryRun?: Scalars['Boolean']['input'];
  file: Scalars['Upload']['input'];
  progressKey?: Scalars['String']['input'];
};


export type MutationIssueInspectionTaskArgs = {
  input: IssueInspectionTaskInput;
};


export type MutationJoinTrainingArgs = {
  trainingID: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkWarningNoticeReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanVisitArgs = {
  input: PlanVisitInput;
};


export type MutationPublishChecklistTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishFaqArgs = {
  input: PublishFaqInput;
};


export type MutationPublishWarningArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordVisitArgs = {
  input: RecordVisitInput;
};


export type MutationRecordWarningCallArgs = {
  input: RecordWarningCallInput;
};


export type MutationRecordWarningSpotCheckArgs = {
  input: RecordWarningSpotCheckInput;
};


export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRegisterForTrainingArgs = {
  trainingID: Scalars['ID']['input'];
};


export type MutationRegisterPersistedQueryArgs = {
  apiKeyId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
};


export type MutationRemoveTrainingMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplyToQuestionArgs = {
  input: ReplyToQuestionInput;
};


export type MutationReportTrainingWatchedArgs = {
  minutes: Array<Scalars['Int']['input']>;
  trainingID: Scalars['ID']['input'];
};


export type MutationReportWarningMeasuresArgs = {
  input: ReportWarningMeasuresInput;
};


export type MutationRequestExtensionArgs = {
  input: RequestExtensionInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetUserPasswordInput;
};


export type MutationResolveQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewRectificationArgs = {
  input: ReviewRectificationInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapMinutes?: Scalars['Int']['input'];
};


export type MutationSaveAnswerArgs = {
  input: SaveAnswerInput;
};


export type MutationSaveChecklistDraftArgs = {
  id: Scalars['ID']['input'];
  input: ChecklistDraftInput;
};


export type MutationSaveEmissionPlanArgs = {
  input: SaveEmissionPlanInput;
};


export type MutationSaveReportArgs = {
  input: SaveReportInput;
};


export type MutationSaveWarningChannelArgs = {
  input: SaveWarningChannelInput;
};


export type MutationSaveWarningDraftArgs = {
  input: SaveWarningDraftInput;
};


export type MutationScheduleTrainingArgs = {
  input: ScheduleTrainingInput;
};


export type MutationSetTrainingReplayArgs = {
  id: Scalars['ID']['input'];
  replayURL: Scalars['String']['input'];
};


export type MutationSubmitRectificationArgs = {
  input: SubmitRectificationInput;
};


export type MutationSubmitSelfCheckArgs = {
  input: SubmitSelfCheckInput;
};


export type MutationUnregisterPersistedQueryArgs = {
  apiKeyId: Scalars['ID']['input'];
  sha256: Scalars['String']['input'];
};


export type MutationUpdateApiKeyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateApiKeyInput;
};


export type MutationUpdateEiaApprovalArgs = {
  input: UpdateEiaApprovalInput;
};


export type MutationUpdateEnterpriseArgs = {
  input: UpdateEnterpriseInput;
};


export type MutationUpdateEnterpriseContactsArgs = {
  input: UpdateEnterpriseContactsInput;
};


export type MutationUpdateFacilityArgs = {
  input: UpdateFacilityInput;
};


export type MutationUpdatePermitArgs = {
  input: UpdatePermitInput;
};


export type MutationUploadFilesArgs = {
  input: UploadFilesInput;
};

/**
 * An object with an ID.
 * Follows the [Relay Global Object Identification Specification](https://relay.dev/graphql/objectidentification.htm)
 */
export type Node = {
  /** The id of the object. */
  id: Scalars['ID']['output'];
};

/** A measure a warning notice requires: from the enterprise's plan for the level, or its grade's default (then only the text). */
export type NoticeMeasure = {
  __typename?: 'NoticeMeasure';
  action?: Maybe<Scalars['String']['output']>;
  facilityID?: Maybe<Scalars['ID']['output']>;
  /** m1, m2, … — what a report names. */
  key: Scalars['String']['output'];
  limitPercent?: Maybe<Scalars['Int']['output']>;
  nox?: Maybe<Scalars['Float']['output']>;
  pm?: Maybe<Scalars['Float']['output']>;
  process?: Maybe<Scalars['String']['output']>;
  so2?: Maybe<Scalars['Float']['output']>;
  textEn?: Maybe<Scalars['String']['output']>;
  textZh: Scalars['String']['output'];
  vocs?: Maybe<Scalars['Float']['output']>;
};

export type Notification = Node & {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  /** e.g. TASK_ISSUED, FINDING_REJECTED, WARNING_PUBLISHED */
  kind: Scalars['String']['output'];
  /** path in the SPA */
  link: Scalars['String']['output'];
  readAt?: Maybe<Scalars['Time']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  user: User;
  userID: Scalars['ID']['output'];
};

/** A connection to a list of items. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<NotificationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Notification>;
};

/** Ordering options for Notification connections */
export type NotificationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Notifications. */
  field: NotificationOrderField;
};

/** Properties by which Notification connections can be ordered. */
export type NotificationOrderField =
  | 'CREATED_AT'
  | 'READ_AT'
  | 'UPDATED_AT';

/**
 * NotificationWhereInput is used for filtering Notification objects.
 * Input was generated by ent.
 */
export type NotificationWhereInput = {
  and?: InputMaybe<Array<NotificationWhereInput>>;
  /** body field predicates */
  body?: InputMaybe<Scalars['String']['input']>;
  bodyContains?: InputMaybe<Scalars['String']['input']>;
  bodyContainsFold?: InputMaybe<Scalars['String']['input']>;
  bodyEqualFold?: InputMaybe<Scalars['String']['input']>;
  bodyGT?: InputMaybe<Scalars['String']['input']>;
  bodyGTE?: InputMaybe<Scalars['String']['input']>;
  bodyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  bodyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  bodyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  bodyLT?: InputMaybe<Scalars['String']['input']>;
  bodyLTE?: InputMaybe<Scalars['String']['input']>;
  bodyNEQ?: InputMaybe<Scalars['String']['input']>;
  bodyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<Scalars['String']['input']>;
  kindContains?: InputMaybe<Scalars['String']['input']>;
  kindContainsFold?: InputMaybe<Scalars['String']['input']>;
  kindEqualFold?: InputMaybe<Scalars['String']['input']>;
  kindGT?: InputMaybe<Scalars['String']['input']>;
  kindGTE?: InputMaybe<Scalars['String']['input']>;
  kindHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kindHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kindIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kindLT?: InputMaybe<Scalars['String']['input']>;
  kindLTE?: InputMaybe<Scalars['String']['input']>;
  kindNEQ?: InputMaybe<Scalars['String']['input']>;
  kindNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** link field predicates */
  link?: InputMaybe<Scalars['String']['input']>;
  linkContains?: InputMaybe<Scalars['String']['input']>;
  linkContainsFold?: InputMaybe<Scalars['String']['input']>;
  linkEqualFold?: InputMaybe<Scalars['String']['input']>;
  linkGT?: InputMaybe<Scalars['String']['input']>;
  linkGTE?: InputMaybe<Scalars['String']['input']>;
  linkHasPrefix?: InputMaybe<Scalars['String']['input']>;
  linkHasSuffix?: InputMaybe<Scalars['String']['input']>;
  linkIn?: InputMaybe<Array<Scalars['String']['input']>>;
  linkLT?: InputMaybe<Scalars['String']['input']>;
  linkLTE?: InputMaybe<Scalars['String']['input']>;
  linkNEQ?: InputMaybe<Scalars['String']['input']>;
  linkNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<NotificationWhereInput>;
  or?: InputMaybe<Array<NotificationWhereInput>>;
  /** read_at field predicates */
  readAt?: InputMaybe<Scalars['Time']['input']>;
  readAtGT?: InputMaybe<Scalars['Time']['input']>;
  readAtGTE?: InputMaybe<Scalars['Time']['input']>;
  readAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  readAtLT?: InputMaybe<Scalars['Time']['input']>;
  readAtLTE?: InputMaybe<Scalars['Time']['input']>;
  readAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  readAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/**
 * Information about pagination in a connection.
 * https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

/**
 * What a partner's API key may read (开放接口). Without a scope, the entities
 * it opens are refused (FORBIDDEN naming the scope); reference data
 * (districts, checklists, experts) is always readable. Within its scopes a
 * key reads as a district administrator of its districts would, read-only.
 */
export type PartnerScope =
  /** Enterprises, permits, facilities, EIA approvals, emission plans (一企一策); the ENTERPRISES report cube. */
  | 'ENTERPRISES'
  /**
   * Personal data unmasked: enterprise contacts' names and phones (otherwise
   * 张* and 138****5678, e-mail dropped) and the users (names, phones) —
   * 《个人信息保护法》: grant it only where the partner's purpose needs it.
   */
  | 'PERSONAL_DATA'
  /** Inspection tasks, self-checks and their answers, findings, rectifications, extension requests; the FINDINGS and SELF_CHECKS cubes. */
  | 'SELF_CHECKS'
  /** Trainings, attendances, questions and answers, visits, the problem list. */
  | 'SERVICES'
  /** Heavy-pollution warnings and their notices; the WARNING_NOTICES cube. */
  | 'WARNINGS';

export type Permit = Node & {
  __typename?: 'Permit';
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Time']['output'];
  number: Scalars['String']['output'];
  /** air outlets DA001…, water outlets DW001…: at most 200 codes of at most 32 characters */
  outlets?: Maybe<Array<Scalars['String']['output']>>;
  status: PermitStatus;
  tier: PermitTier;
  updatedAt: Scalars['Time']['output'];
  validUntil: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type PermitConnection = {
  __typename?: 'PermitConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<PermitEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type PermitEdge = {
  __typename?: 'PermitEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Permit>;
};

/** Ordering options for Permit connections */
export type PermitOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Permits. */
  field: PermitOrderField;
};

/** Properties by which Permit connections can be ordered. */
export type PermitOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT'
  | 'VALID_UNTIL';

export type PermitPayload = {
  __typename?: 'PermitPayload';
  permit: Permit;
};

/** PermitStatus is enum for the field status */
export type PermitStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';

/** PermitTier is enum for the field tier */
export type PermitTier =
  | 'KEY'
  | 'REGISTRATION'
  | 'SIMPLIFIED';

/**
 * PermitWhereInput is used for filtering Permit objects.
 * Input was generated by ent.
 */
export type PermitWhereInput = {
  and?: InputMaybe<Array<PermitWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issued_on field predicates */
  issuedOn?: InputMaybe<Scalars['Time']['input']>;
  issuedOnGT?: InputMaybe<Scalars['Time']['input']>;
  issuedOnGTE?: InputMaybe<Scalars['Time']['input']>;
  issuedOnIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  issuedOnLT?: InputMaybe<Scalars['Time']['input']>;
  issuedOnLTE?: InputMaybe<Scalars['Time']['input']>;
  issuedOnNEQ?: InputMaybe<Scalars['Time']['input']>;
  issuedOnNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  not?: InputMaybe<PermitWhereInput>;
  /** number field predicates */
  number?: InputMaybe<Scalars['String']['input']>;
  numberContains?: InputMaybe<Scalars['String']['input']>;
  numberContainsFold?: InputMaybe<Scalars['String']['input']>;
  numberEqualFold?: InputMaybe<Scalars['String']['input']>;
  numberGT?: InputMaybe<Scalars['String']['input']>;
  numberGTE?: InputMaybe<Scalars['String']['input']>;
  numberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  numberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  numberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  numberLT?: InputMaybe<Scalars['String']['input']>;
  numberLTE?: InputMaybe<Scalars['String']['input']>;
  numberNEQ?: InputMaybe<Scalars['String']['input']>;
  numberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  or?: InputMaybe<Array<PermitWhereInput>>;
  /** status field predicates */
  status?: InputMaybe<PermitStatus>;
  statusIn?: InputMaybe<Array<PermitStatus>>;
  statusNEQ?: InputMaybe<PermitStatus>;
  statusNotIn?: InputMaybe<Array<PermitStatus>>;
  /** tier field predicates */
  tier?: InputMaybe<PermitTier>;
  tierIn?: InputMaybe<Array<PermitTier>>;
  tierNEQ?: InputMaybe<PermitTier>;
  tierNotIn?: InputMaybe<Array<PermitTier>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** valid_until field predicates */
  validUntil?: InputMaybe<Scalars['Time']['input']>;
  validUntilGT?: InputMaybe<Scalars['Time']['input']>;
  validUntilGTE?: InputMaybe<Scalars['Time']['input']>;
  validUntilIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  validUntilLT?: InputMaybe<Scalars['Time']['input']>;
  validUntilLTE?: InputMaybe<Scalars['Time']['input']>;
  validUntilNEQ?: InputMaybe<Scalars['Time']['input']>;
  validUntilNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type PersistedQuery = Node & {
  __typename?: 'PersistedQuery';
  apiKey: ApiKey;
  apiKeyID: Scalars['ID']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  query: Scalars['String']['output'];
  /** hex SHA-256 of the query text */
  sha256: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** Ordering options for PersistedQuery connections */
export type PersistedQueryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order PersistedQueries. */
  field: PersistedQueryOrderField;
};

/** Properties by which PersistedQuery connections can be ordered. */
export type PersistedQueryOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * PersistedQueryWhereInput is used for filtering PersistedQuery objects.
 * Input was generated by ent.
 */
export type PersistedQueryWhereInput = {
  and?: InputMaybe<Array<PersistedQueryWhereInput>>;
  /** api_key_id field predicates */
  apiKeyID?: InputMaybe<Scalars['ID']['input']>;
  apiKeyIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  apiKeyIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  apiKeyIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** api_key edge predicates */
  hasAPIKey?: InputMaybe<Scalars['Boolean']['input']>;
  hasAPIKeyWith?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<PersistedQueryWhereInput>;
  or?: InputMaybe<Array<PersistedQueryWhereInput>>;
  /** query field predicates */
  query?: InputMaybe<Scalars['String']['input']>;
  queryContains?: InputMaybe<Scalars['String']['input']>;
  queryContainsFold?: InputMaybe<Scalars['String']['input']>;
  queryEqualFold?: InputMaybe<Scalars['String']['input']>;
  queryGT?: InputMaybe<Scalars['String']['input']>;
  queryGTE?: InputMaybe<Scalars['String']['input']>;
  queryHasPrefix?: InputMaybe<Scalars['String']['input']>;
  queryHasSuffix?: InputMaybe<Scalars['String']['input']>;
  queryIn?: InputMaybe<Array<Scalars['String']['input']>>;
  queryLT?: InputMaybe<Scalars['String']['input']>;
  queryLTE?: InputMaybe<Scalars['String']['input']>;
  queryNEQ?: InputMaybe<Scalars['String']['input']>;
  queryNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** What an import does to one enterprise's plan: CREATE, UPDATE or UNCHANGED. */
export type PlanImportChange = {
  __typename?: 'PlanImportChange';
  action: Scalars['String']['output'];
  creditCode: Scalars['String']['output'];
  enterpriseID: Scalars['ID']['output'];
  grade: Scalars['String']['output'];
  measures: Scalars['Int']['output'];
  /** Measures of the plan it replaces; 0 when it has none. */
  measuresBefore: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** One refused cell of an imported list: its row in the sheet and its column's header. */
export type PlanImportProblem = {
  __typename?: 'PlanImportProblem';
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

/** A measure of an emission plan (一厂一策) for one level; reductions in kg a day. */
export type PlanMeasure = {
  __typename?: 'PlanMeasure';
  /** STOP (停产), LIMIT (限产 to limitPercent % of normal load) or RUN (正常生产). */
  action: Scalars['String']['output'];
  facilityID?: Maybe<Scalars['ID']['output']>;
  /** YELLOW, ORANGE or RED. */
  level: Scalars['String']['output'];
  limitPercent?: Maybe<Scalars['Int']['output']>;
  nox?: Maybe<Scalars['Float']['output']>;
  pm?: Maybe<Scalars['Float']['output']>;
  /** The production line or process (生产线/工序). */
  process: Scalars['String']['output'];
  so2?: Maybe<Scalars['Float']['output']>;
  vocs?: Maybe<Scalars['Float']['output']>;
};

export type PlanMeasureInput = {
  action: Scalars['String']['input'];
  facilityID?: InputMaybe<Scalars['ID']['input']>;
  level: Scalars['String']['input'];
  limitPercent?: InputMaybe<Scalars['Int']['input']>;
  nox?: InputMaybe<Scalars['Float']['input']>;
  pm?: InputMaybe<Scalars['Float']['input']>;
  process: Scalars['String']['input'];
  so2?: InputMaybe<Scalars['Float']['input']>;
  vocs?: InputMaybe<Scalars['Float']['input']>;
};

/** One measure of the tailored plan (一企一策). */
export type PlanStep = {
  __typename?: 'PlanStep';
  /** By when: an Asia/Shanghai date, YYYY-MM-DD (may be empty). */
  dueOn: Scalars['String']['output'];
  measure: Scalars['String']['output'];
  /** Who answers for it at the enterprise. */
  responsible: Scalars['String']['output'];
};

export type PlanStepInput = {
  /** YYYY-MM-DD (Asia/Shanghai). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  measure: Scalars['String']['input'];
  /** At most 64 characters. */
  responsible?: InputMaybe<Scalars['String']['input']>;
};

export type PlanVisitInput = {
  /** Client-generated key: a retried request plans once. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  enterpriseID: Scalars['ID']['input'];
  kind: VisitKind;
  /** The problem-list reasons the visit answers. */
  reasons?: InputMaybe<Array<ProblemReason>>;
  /** The day of the visit (its Asia/Shanghai date counts), today or later. */
  scheduledOn: Scalars['Time']['input'];
  /** The district's staff and stationed experts who go (1–20; see visitTeamCandidates). */
  teamIDs: Array<Scalars['ID']['input']>;
};

export type ProblemEntry = {
  __typename?: 'ProblemEntry';
  enterprise: Enterprise;
  /** The latest visit held, if any. */
  lastVisit?: Maybe<Visit>;
  /** The next planned visit, if one is. */
  plannedVisit?: Maybe<Visit>;
  /** Its reasons, most pressing first. */
  reasons: Array<ProblemReasonCount>;
};

/** A page of the problem list, most reasons first, then most records. */
export type ProblemList = {
  __typename?: 'ProblemList';
  /** Enterprises per reason over the whole list (the district filter applied, not the reason filter). */
  byReason: Array<ProblemReasonCount>;
  entries: Array<ProblemEntry>;
  totalCount: Scalars['Int']['output'];
};

/** Why an enterprise is on the problem list. The list is computed: an enterprise leaves it when none of its reasons holds. */
export type ProblemReason =
  /** Open high-severity findings past half of the time they were given. */
  | 'HIGH_SEVERITY_PAST_HALF'
  /** Findings past their deadline and not yet resolved. */
  | 'OVERDUE_FINDINGS'
  /** Q&A questions unresolved for 3 days or more. */
  | 'QUESTION_UNRESOLVED'
  /** Open findings whose rectification was rejected twice or more. */
  | 'REPEATED_REJECTIONS'
  /** Self-checks of open tasks not submitted by the due date. */
  | 'SELF_CHECK_OVERDUE'
  /** Warning notices of the last 30 days not acknowledged by their deadline. */
  | 'WARNING_NOT_ACKNOWLEDGED';

export type ProblemReasonCount = {
  __typename?: 'ProblemReasonCount';
  /** Records behind the reason (findings, notices, self-checks, questions); for the list's byReason, enterprises. */
  count: Scalars['Int']['output'];
  reason: ProblemReason;
};

/**
 * Publishing a resolved question as an FAQ entry. Texts left empty are taken
 * from the question and its answers, anonymised (the enterprise's name and
 * credit code, the people in the thread and phone numbers replaced).
 * Publishing the same question again updates its entry.
 */
export type PublishFaqInput = {
  answer?: InputMaybe<Scalars['String']['input']>;
  /** The question as the FAQ shows it. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The checklist item it is filed under; the question's when empty. */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  questionID: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  answers: AnswerConnection;
  apiKeyBounds: ApiKeyBounds;
  /**
   * A key's use per day over the last `days` days (1–366) up to today
   * (Asia/Shanghai), oldest first, days without use as zeros. The city's.
   */
  apiKeyUsage: Array<ApiKeyUsageDay>;
  apiKeys: ApiKeyConnection;
  /** How many active enterprises of the viewer's scope at least one of these rules applies to (the editor's preview). */
  applicabilityReach: Scalars['Int']['output'];
  attachments: AttachmentConnection;
  attendances: AttendanceConnection;
  auditEntries: AuditEntryConnection;
  checklistItems: ChecklistItemConnection;
  checklistTemplates: ChecklistTemplateConnection;
  dashboard: Dashboard;
  /**
   * The viewer's own saved reports pinned to their home (首页看板), by name: at
   * most 8, each with its figures in the viewer's scope.
   */
  dashboardReports: Array<SavedReport>;
  districts: DistrictConnection;
  eiaApprovals: EiaApprovalConnection;
  emissionPlans: EmissionPlanConnection;
  enterprises: EnterpriseConnection;
  /** How many enterprises a task with this scope would reach (within the viewer's scope). */
  enterprisesInScope: Scalars['Int']['output'];
  experts: ExpertConnection;
  exportJobs: ExportJobConnection;
  extensionRequests: ExtensionRequestConnection;
  facilities: FacilityConnection;
  /** The anonymised FAQ entry publishing the question would write (for whoever may publish it). */
  faqDraft: FaqDraft;
  faqEntries: FaqEntryConnection;
  /**
   * FAQ entries holding at least half of the terms of text (Han characters
   * in pairs, Latin words; at most 50 characters), newest first; all entries
   * when text has no term. Narrow with where (e.g. itemIDIn for a self-check's items).
   */
  faqSearch: FaqEntryConnection;
  /** The finding lifecycle: which statuses are open, and the transitions. */
  findingLifecycle: FindingLifecycle;
  /**
   * The viewer's findings found and closed in each of the last `months`
   * calendar months (1–24, Asia/Shanghai), ending with the current one, oldest
   * first. Errors: BAD_USER_INPUT naming months.
   */
  findingTrend: Array<MonthFigures>;
  findings: FindingConnection;
  /**
   * The viewer's findings by their enterprise's industry class, most findings
   * first, at most `limit` rows (1–30). Errors: BAD_USER_INPUT naming limit.
   */
  findingsByIndustry: Array<IndustryFigures>;
  inspectionTasks: InspectionTaskConnection;
  /** One instrument by its code (LegalRef.instrument). NOT_FOUND (field code) when no published item cites it. */
  legalInstrument: LegalInstrument;
  /** Every instrument the published checklists cite: laws, regulations, rules, standards, documents, then others; by code within a kind. Readable by every signed-in user. */
  legalInstruments: Array<LegalInstrument>;
  /** The signed-in user, or null for an anonymous caller. */
  me?: Maybe<Viewer>;
  /** Fetches an object given its ID. */
  node?: Maybe<Node>;
  /** Lookup nodes by a list of IDs. */
  nodes: Array<Maybe<Node>>;
  notifications: NotificationConnection;
  /** The notices the viewer's enterprise must see now (the banner): every round of active warnings and unacknowledged liftings, newest first. Reading them records their delivery. Empty for other roles. */
  pendingWarningNotices: Array<WarningNotice>;
  permits: PermitConnection;
  /** The problem list of the viewer's scope; first 1–100, offset from 0. */
  problemList: ProblemList;
  /**
   * Response figures of the questions asked in [from, to) (Asia/Shanghai times
   * as given; at most 1,098 days) in the viewer's scope.
   */
  questionFigures: QuestionFigures;
  questions: QuestionConnection;
  /** Rectification figures within the viewer's scope, narrowed by any of task, district, enterprise. */
  rectificationFigures: RectificationFigures;
  rectifications: RectificationConnection;
  replies: ReplyConnection;
  /**
   * A report over the rows the viewer may read — one statement, filtered by
   * the same privacy rules as every list (an enterprise sees its own rows, a
   * district its districts'). See ReportInput for the limits and errors.
   */
  report: Report;
  /** What reports can count, group by and bound by time, per cube, labelled in the caller's language. */
  reportSchema: Array<ReportCubeInfo>;
  savedReports: SavedReportConnection;
  selfChecks: SelfCheckConnection;
  /** Progress of a task by district, within the viewer's scope. */
  taskProgress: TaskProgress;
  /** Coverage of one training (every training when empty) within the viewer's scope. */
  trainingCoverage: TrainingCoverageFigures;
  trainingMaterials: TrainingMaterialConnection;
  trainings: TrainingConnection;
  /** How many of the viewer's notifications are unread (the navigation badge). */
  unreadNotificationCount: Scalars['Int']['output'];
  users: UserConnection;
  /** Who may go on a visit to the enterprise: the active administrators and stationed experts of its district. */
  visitTeamCandidates: Array<User>;
  visits: VisitConnection;
  warningChannels: WarningChannelConnection;
  /** What each performance grade must do at a level when it has no emission plan (the technical guide's pattern), in grade order. */
  warningDefaultMeasures: Array<GradeMeasure>;
  warningNotices: WarningNoticeConnection;
  /**
   * The recipients a warning for these districts (none: all the viewer's) would reach, by district and by the grade their notices will carry:
   * the grade of their emission plan for the year of effectiveFrom (Asia/Shanghai; none: this year), else the register's.
   */
  warningRecipients: WarningRecipientPreview;
  warnings: WarningConnection;
  webhookDeliveries: WebhookDeliveryConnection;
};


export type QueryAnswersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AnswerOrder>;
  where?: InputMaybe<AnswerWhereInput>;
};


export type QueryApiKeyUsageArgs = {
  apiKeyId: Scalars['ID']['input'];
  days?: Scalars['Int']['input'];
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApiKeyOrder>;
  where?: InputMaybe<ApiKeyWhereInput>;
};


export type QueryApplicabilityReachArgs = {
  rules: Array<ApplicabilityInput>;
};


export type QueryAttachmentsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttachmentOrder>;
  where?: InputMaybe<AttachmentWhereInput>;
};


export type QueryAttendancesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttendanceOrder>;
  where?: InputMaybe<AttendanceWhereInput>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuditEntryOrder>;
  where?: InputMaybe<AuditEntryWhereInput>;
};


export type QueryChecklistItemsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ChecklistItemOrder>;
  where?: InputMaybe<ChecklistItemWhereInput>;
};


export type QueryChecklistTemplatesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ChecklistTemplateOrder>;
  where?: InputMaybe<ChecklistTemplateWhereInput>;
};


export type QueryDistrictsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DistrictOrder>;
  where?: InputMaybe<DistrictWhereInput>;
};


export type QueryEiaApprovalsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EiaApprovalOrder>;
  where?: InputMaybe<EiaApprovalWhereInput>;
};


export type QueryEmissionPlansArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EmissionPlanOrder>;
  where?: InputMaybe<EmissionPlanWhereInput>;
};


export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
  where?: InputMaybe<EnterpriseWhereInput>;
};


export type QueryEnterprisesInScopeArgs = {
  scope: TaskScopeInput;
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExpertOrder>;
  where?: InputMaybe<ExpertWhereInput>;
};


export type QueryExportJobsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExportJobOrder>;
  where?: InputMaybe<ExportJobWhereInput>;
};


export type QueryExtensionRequestsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExtensionRequestOrder>;
  where?: InputMaybe<ExtensionRequestWhereInput>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
  where?: InputMaybe<FacilityWhereInput>;
};


export type QueryFaqDraftArgs = {
  questionID: Scalars['ID']['input'];
};


export type QueryFaqEntriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FaqEntryOrder>;
  where?: InputMaybe<FaqEntryWhereInput>;
};


export type QueryFaqSearchArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  where?: InputMaybe<FaqEntryWhereInput>;
};


export type QueryFindingTrendArgs = {
  months?: Scalars['Int']['input'];
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhereInput>;
};


export type QueryFindingsByIndustryArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryInspectionTasksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InspectionTaskOrder>;
  where?: InputMaybe<InspectionTaskWhereInput>;
};


export type QueryLegalInstrumentArgs = {
  code: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NotificationOrder>;
  where?: InputMaybe<NotificationWhereInput>;
};


export type QueryPermitsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PermitOrder>;
  where?: InputMaybe<PermitWhereInput>;
};


export type QueryProblemListArgs = {
  districtID?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<ProblemReason>;
};


export type QueryQuestionFiguresArgs = {
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrder>;
  where?: InputMaybe<QuestionWhereInput>;
};


export type QueryRectificationFiguresArgs = {
  districtID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  taskID?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRectificationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RectificationOrder>;
  where?: InputMaybe<RectificationWhereInput>;
};


export type QueryRepliesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReplyOrder>;
  where?: InputMaybe<ReplyWhereInput>;
};


export type QueryReportArgs = {
  input: ReportInput;
};


export type QuerySavedReportsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SavedReportOrder>;
  where?: InputMaybe<SavedReportWhereInput>;
};


export type QuerySelfChecksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SelfCheckOrder>;
  where?: InputMaybe<SelfCheckWhereInput>;
};


export type QueryTaskProgressArgs = {
  taskID: Scalars['ID']['input'];
};


export type QueryTrainingCoverageArgs = {
  trainingID?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTrainingMaterialsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrainingMaterialOrder>;
  where?: InputMaybe<TrainingMaterialWhereInput>;
};


export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrainingOrder>;
  where?: InputMaybe<TrainingWhereInput>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UserOrder>;
  where?: InputMaybe<UserWhereInput>;
};


export type QueryVisitTeamCandidatesArgs = {
  enterpriseID: Scalars['ID']['input'];
};


export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VisitOrder>;
  where?: InputMaybe<VisitWhereInput>;
};


export type QueryWarningChannelsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningChannelOrder>;
  where?: InputMaybe<WarningChannelWhereInput>;
};


export type QueryWarningDefaultMeasuresArgs = {
  level: WarningLevel;
};


export type QueryWarningNoticesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningNoticeOrder>;
  where?: InputMaybe<WarningNoticeWhereInput>;
};


export type QueryWarningRecipientsArgs = {
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  effectiveFrom?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryWarningsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningOrder>;
  where?: InputMaybe<WarningWhereInput>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
  where?: InputMaybe<WebhookDeliveryWhereInput>;
};

export type Question = Node & {
  __typename?: 'Question';
  asker?: Maybe<User>;
  askerID?: Maybe<Scalars['ID']['output']>;
  attachments?: Maybe<Array<Attachment>>;
  body: Scalars['String']['output'];
  /** the asker confirmed the answer solved it */
  confirmedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  district: District;
  /** the channel: always the asking enterprise's district */
  districtID: Scalars['ID']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  /** still unanswered after the escalation hours: the district administrators were told */
  escalatedAt?: Maybe<Scalars['Time']['output']>;
  /** Whether an FAQ entry was published from this question. */
  faqPublished: Scalars['Boolean']['output'];
  finding?: Maybe<Finding>;
  findingID?: Maybe<Scalars['ID']['output']>;
  /** the first reply by someone other than the asking enterprise (response figures) */
  firstAnsweredAt?: Maybe<Scalars['Time']['output']>;
  firstAnswerer?: Maybe<User>;
  firstAnswererID?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  item?: Maybe<ChecklistItem>;
  itemID?: Maybe<Scalars['ID']['output']>;
  notice?: Maybe<WarningNotice>;
  noticeID?: Maybe<Scalars['ID']['output']>;
  replies: ReplyConnection;
  resolvedAt?: Maybe<Scalars['Time']['output']>;
  status: QuestionStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: QuestionViewerCan;
};


export type QuestionRepliesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReplyOrder>;
  where?: InputMaybe<ReplyWhereInput>;
};

/** A connection to a list of items. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<QuestionEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Question>;
};

/** Q&A response figures (答疑响应) over the viewer's channels. */
export type QuestionFigures = {
  __typename?: 'QuestionFigures';
  /** Whoever answered first, most answers first. */
  byAnswerer: Array<AnswererQuestionResponse>;
  /** Every district with a question in the period. */
  byDistrict: Array<DistrictQuestionResponse>;
  total: QuestionResponse;
};

/** Ordering options for Question connections */
export type QuestionOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Questions. */
  field: QuestionOrderField;
};

/** Properties by which Question connections can be ordered. */
export type QuestionOrderField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** How fast questions got their first answer. Minutes from asking to the first answer by an expert or administrator. */
export type QuestionResponse = {
  __typename?: 'QuestionResponse';
  /** Of which answered. */
  answered: Scalars['Int']['output'];
  /** Questions asked in the period. */
  asked: Scalars['Int']['output'];
  /** Of which the district administrators were told nobody had answered within 4 hours (督办). */
  escalated: Scalars['Int']['output'];
  /** Median minutes to the first answer; null when none was answered. */
  medianMinutes?: Maybe<Scalars['Float']['output']>;
  /** Of which still waiting for a first answer. */
  open: Scalars['Int']['output'];
  /** 90th percentile (nearest rank) of the minutes to the first answer. */
  p90Minutes?: Maybe<Scalars['Float']['output']>;
};

/** QuestionStatus is enum for the field status */
export type QuestionStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN';

/** What the viewer may do with a question (the data layer's answer). */
export type QuestionViewerCan = {
  __typename?: 'QuestionViewerCan';
  /** Answer as an expert stationed in the channel's district or one of its administrators (the reply form answers rather than follows up). */
  answer: Scalars['Boolean']['output'];
  /** Confirm the answer solved it (the asking enterprise). */
  confirm: Scalars['Boolean']['output'];
  /** Publish the resolved question as an FAQ entry (the city; a district administrator its districts'). */
  publishFAQ: Scalars['Boolean']['output'];
  /** Write in the thread: answer (experts, administrators) or follow up (the asking enterprise), until the asker confirms. */
  reply: Scalars['Boolean']['output'];
  /** Mark an answered question resolved (whoever may answer it). */
  resolve: Scalars['Boolean']['output'];
};

/**
 * QuestionWhereInput is used for filtering Question objects.
 * Input was generated by ent.
 */
export type QuestionWhereInput = {
  and?: InputMaybe<Array<QuestionWhereInput>>;
  /** asker_id field predicates */
  askerID?: InputMaybe<Scalars['ID']['input']>;
  askerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  askerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  askerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  askerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  askerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** body field predicates */
  body?: InputMaybe<Scalars['String']['input']>;
  bodyContains?: InputMaybe<Scalars['String']['input']>;
  bodyContainsFold?: InputMaybe<Scalars['String']['input']>;
  bodyEqualFold?: InputMaybe<Scalars['String']['input']>;
  bodyGT?: InputMaybe<Scalars['String']['input']>;
  bodyGTE?: InputMaybe<Scalars['String']['input']>;
  bodyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  bodyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  bodyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  bodyLT?: InputMaybe<Scalars['String']['input']>;
  bodyLTE?: InputMaybe<Scalars['String']['input']>;
  bodyNEQ?: InputMaybe<Scalars['String']['input']>;
  bodyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** confirmed_at field predicates */
  confirmedAt?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtGT?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  confirmedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  confirmedAtLT?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  confirmedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** escalated_at field predicates */
  escalatedAt?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  escalatedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  escalatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  escalatedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** finding_id field predicates */
  findingID?: InputMaybe<Scalars['ID']['input']>;
  findingIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  findingIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  findingIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  findingIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  findingIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** first_answered_at field predicates */
  firstAnsweredAt?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtGT?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  firstAnsweredAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  firstAnsweredAtLT?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  firstAnsweredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  firstAnsweredAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** first_answerer_id field predicates */
  firstAnswererID?: InputMaybe<Scalars['ID']['input']>;
  firstAnswererIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  firstAnswererIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  firstAnswererIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  firstAnswererIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  firstAnswererIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** asker edge predicates */
  hasAsker?: InputMaybe<Scalars['Boolean']['input']>;
  hasAskerWith?: InputMaybe<Array<UserWhereInput>>;
  /** attachments edge predicates */
  hasAttachments?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttachmentsWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** finding edge predicates */
  hasFinding?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingWith?: InputMaybe<Array<FindingWhereInput>>;
  /** first_answerer edge predicates */
  hasFirstAnswerer?: InputMaybe<Scalars['Boolean']['input']>;
  hasFirstAnswererWith?: InputMaybe<Array<UserWhereInput>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  hasItemWith?: InputMaybe<Array<ChecklistItemWhereInput>>;
  /** notice edge predicates */
  hasNotice?: InputMaybe<Scalars['Boolean']['input']>;
  hasNoticeWith?: InputMaybe<Array<WarningNoticeWhereInput>>;
  /** replies edge predicates */
  hasReplies?: InputMaybe<Scalars['Boolean']['input']>;
  hasRepliesWith?: InputMaybe<Array<ReplyWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<QuestionWhereInput>;
  /** notice_id field predicates */
  noticeID?: InputMaybe<Scalars['ID']['input']>;
  noticeIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  noticeIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  noticeIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  noticeIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  noticeIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<QuestionWhereInput>>;
  /** resolved_at field predicates */
  resolvedAt?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtGT?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  resolvedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  resolvedAtLT?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  resolvedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  resolvedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<QuestionStatus>;
  statusIn?: InputMaybe<Array<QuestionStatus>>;
  statusNEQ?: InputMaybe<QuestionStatus>;
  statusNotIn?: InputMaybe<Array<QuestionStatus>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type RecordVisitInput = {
  /** When it was held (not in the future). */
  heldOn: Scalars['Time']['input'];
  id: Scalars['ID']['input'];
  /** What was seen and advised (at most 5,000 characters). */
  notes: Scalars['String']['input'];
  /** Photos uploaded first with uploadFiles for the enterprise (at most 9). */
  photoIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The tailored plan's summary (一企一策, at most 5,000 characters). */
  plan?: InputMaybe<Scalars['String']['input']>;
  /** Its measures (at most 30). */
  planSteps?: InputMaybe<Array<PlanStepInput>>;
  /** Problems found on site: each becomes a finding (source VISIT, 交办 with its deadline). At most 50. */
  problems?: InputMaybe<Array<VisitProblemInput>>;
};

/** A call to an enterprise that has not acknowledged (电话督促), by its district. */
export type RecordWarningCallInput = {
  contact?: Scalars['String']['input'];
  /** At most 500 characters. */
  note?: Scalars['String']['input'];
  noticeID: Scalars['ID']['input'];
  /** REACHED, NO_ANSWER, WRONG_NUMBER or REFUSED. */
  outcome: Scalars['String']['input'];
  phone?: Scalars['String']['input'];
};

/** A spot check (抽查) of a notice's enterprise by its district. */
export type RecordWarningSpotCheckInput = {
  /** Client-generated key: a retried check returns the first one (and opens no second finding). */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  compliant: Scalars['Boolean']['input'];
  /** ON_SITE (现场) or REMOTE (非现场). */
  mode: Scalars['String']['input'];
  /** What was found; required when not compliant (at most 2,000 characters). */
  note?: Scalars['String']['input'];
  noticeID: Scalars['ID']['input'];
  /** Photos uploaded first with uploadFiles for the notice's enterprise (at most 9). */
  photoIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Rectification = Node & {
  __typename?: 'Rectification';
  createdAt: Scalars['Time']['output'];
  decision: RectificationDecision;
  evidence?: Maybe<Array<Attachment>>;
  finding: Finding;
  findingID: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  measures: Scalars['String']['output'];
  /** why it was rejected */
  reason: Scalars['String']['output'];
  reviewedAt?: Maybe<Scalars['Time']['output']>;
  reviewer?: Maybe<User>;
  reviewerID?: Maybe<Scalars['ID']['output']>;
  submittedAt: Scalars['Time']['output'];
  submittedBy?: Maybe<User>;
  submittedByID?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type RectificationConnection = {
  __typename?: 'RectificationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<RectificationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** RectificationDecision is enum for the field decision */
export type RectificationDecision =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** An edge in a connection. */
export type RectificationEdge = {
  __typename?: 'RectificationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Rectification>;
};

/** Rectification figures of a set of findings (a task, a district, an enterprise). */
export type RectificationFigures = {
  __typename?: 'RectificationFigures';
  closedFindings: Scalars['Int']['output'];
  /** Closed on or before their due date. */
  closedOnTime: Scalars['Int']['output'];
  findings: Scalars['Int']['output'];
  invalidFindings: Scalars['Int']['output'];
  /** Mean days from found to closed; null when none is closed. */
  meanDaysToClose?: Maybe<Scalars['Float']['output']>;
  /** closedOnTime ÷ closed, 0 to 1. */
  onTimeRate: Scalars['Float']['output'];
  openFindings: Scalars['Int']['output'];
  overdueFindings: Scalars['Int']['output'];
  /** closed ÷ (found − invalid), 0 to 1. */
  rectificationRate: Scalars['Float']['output'];
};

/** Ordering options for Rectification connections */
export type RectificationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Rectifications. */
  field: RectificationOrderField;
};

/** Properties by which Rectification connections can be ordered. */
export type RectificationOrderField =
  | 'CREATED_AT'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

export type RectificationPayload = {
  __typename?: 'RectificationPayload';
  finding: Finding;
  rectification: Rectification;
};

/**
 * RectificationWhereInput is used for filtering Rectification objects.
 * Input was generated by ent.
 */
export type RectificationWhereInput = {
  and?: InputMaybe<Array<RectificationWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** decision field predicates */
  decision?: InputMaybe<RectificationDecision>;
  decisionIn?: InputMaybe<Array<RectificationDecision>>;
  decisionNEQ?: InputMaybe<RectificationDecision>;
  decisionNotIn?: InputMaybe<Array<RectificationDecision>>;
  /** finding_id field predicates */
  findingID?: InputMaybe<Scalars['ID']['input']>;
  findingIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  findingIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  findingIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** evidence edge predicates */
  hasEvidence?: InputMaybe<Scalars['Boolean']['input']>;
  hasEvidenceWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** finding edge predicates */
  hasFinding?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingWith?: InputMaybe<Array<FindingWhereInput>>;
  /** reviewer edge predicates */
  hasReviewer?: InputMaybe<Scalars['Boolean']['input']>;
  hasReviewerWith?: InputMaybe<Array<UserWhereInput>>;
  /** submitted_by edge predicates */
  hasSubmittedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasSubmittedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** measures field predicates */
  measures?: InputMaybe<Scalars['String']['input']>;
  measuresContains?: InputMaybe<Scalars['String']['input']>;
  measuresContainsFold?: InputMaybe<Scalars['String']['input']>;
  measuresEqualFold?: InputMaybe<Scalars['String']['input']>;
  measuresGT?: InputMaybe<Scalars['String']['input']>;
  measuresGTE?: InputMaybe<Scalars['String']['input']>;
  measuresHasPrefix?: InputMaybe<Scalars['String']['input']>;
  measuresHasSuffix?: InputMaybe<Scalars['String']['input']>;
  measuresIn?: InputMaybe<Array<Scalars['String']['input']>>;
  measuresLT?: InputMaybe<Scalars['String']['input']>;
  measuresLTE?: InputMaybe<Scalars['String']['input']>;
  measuresNEQ?: InputMaybe<Scalars['String']['input']>;
  measuresNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<RectificationWhereInput>;
  or?: InputMaybe<Array<RectificationWhereInput>>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** reviewed_at field predicates */
  reviewedAt?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtGT?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reviewedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reviewedAtLT?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reviewedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** reviewer_id field predicates */
  reviewerID?: InputMaybe<Scalars['ID']['input']>;
  reviewerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  reviewerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reviewerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  reviewerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  reviewerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** submitted_at field predicates */
  submittedAt?: InputMaybe<Scalars['Time']['input']>;
  submittedAtGT?: InputMaybe<Scalars['Time']['input']>;
  submittedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  submittedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  submittedAtLT?: InputMaybe<Scalars['Time']['input']>;
  submittedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  submittedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  submittedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** submitted_by_id field predicates */
  submittedByID?: InputMaybe<Scalars['ID']['input']>;
  submittedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  submittedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  submittedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  submittedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  submittedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type RefreshTokenInput = {
  refreshToken: Scalars['String']['input'];
};

/** The result of importRegistry. Nothing is written in a dry run or when any row is refused (problemCount > 0). */
export type RegistryImport = {
  __typename?: 'RegistryImport';
  applied: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  eiaApprovals: ImportCounts;
  enterprises: ImportCounts;
  /**
   * The 企业 sheet's row (the header is row 1) holding the template's example enterprise
   * (长沙示例环保科技有限公司, 91430102MA4L0X00Q8) when the file still has it, null otherwise: it
   * imports as any row would — with its permit, facility, EIA approval and account — unless removed.
   */
  exampleRow?: Maybe<Scalars['Int']['output']>;
  facilities: ImportCounts;
  permits: ImportCounts;
  problemCount: Scalars['Int']['output'];
  /** The first 500 problems, in sheet and row order. */
  problems: Array<ImportProblem>;
  /**
   * The enterprises' first accounts (the 企业 sheet's 账号 columns): created without a
   * password — an administrator resets it (resetUserPassword) to hand the account over.
   */
  users: ImportCounts;
};

export type Reply = Node & {
  __typename?: 'Reply';
  attachments?: Maybe<Array<Attachment>>;
  author?: Maybe<User>;
  authorID?: Maybe<Scalars['ID']['output']>;
  /** the author's role when writing: an answer (not ENTERPRISE) or a follow-up */
  authorRole: ReplyAuthorRole;
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  expert?: Maybe<Expert>;
  /** the author's public expert profile, when an expert answered */
  expertID?: Maybe<Scalars['ID']['output']>;
  /** Written by the asking enterprise (a follow-up), not an answer. */
  fromAsker: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  question: Question;
  questionID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** ReplyAuthorRole is enum for the field author_role */
export type ReplyAuthorRole =
  | 'CITY_ADMIN'
  | 'DISTRICT_ADMIN'
  | 'ENTERPRISE'
  | 'EXPERT';

/** A connection to a list of items. */
export type ReplyConnection = {
  __typename?: 'ReplyConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ReplyEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ReplyEdge = {
  __typename?: 'ReplyEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Reply>;
};

/** Ordering options for Reply connections */
export type ReplyOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Replies. */
  field: ReplyOrderField;
};

/** Properties by which Reply connections can be ordered. */
export type ReplyOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type ReplyToQuestionInput = {
  /** Photos and files uploaded first with uploadFiles for the question's enterprise (at most 9). */
  attachmentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 5,000 characters. */
  body: Scalars['String']['input'];
  /** Client-generated key: a retried reply is written once. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  questionID: Scalars['ID']['input'];
};

/**
 * ReplyWhereInput is used for filtering Reply objects.
 * Input was generated by ent.
 */
export type ReplyWhereInput = {
  and?: InputMaybe<Array<ReplyWhereInput>>;
  /** author_id field predicates */
  authorID?: InputMaybe<Scalars['ID']['input']>;
  authorIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  authorIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  authorIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  authorIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  authorIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** author_role field predicates */
  authorRole?: InputMaybe<ReplyAuthorRole>;
  authorRoleIn?: InputMaybe<Array<ReplyAuthorRole>>;
  authorRoleNEQ?: InputMaybe<ReplyAuthorRole>;
  authorRoleNotIn?: InputMaybe<Array<ReplyAuthorRole>>;
  /** body field predicates */
  body?: InputMaybe<Scalars['String']['input']>;
  bodyContains?: InputMaybe<Scalars['String']['input']>;
  bodyContainsFold?: InputMaybe<Scalars['String']['input']>;
  bodyEqualFold?: InputMaybe<Scalars['String']['input']>;
  bodyGT?: InputMaybe<Scalars['String']['input']>;
  bodyGTE?: InputMaybe<Scalars['String']['input']>;
  bodyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  bodyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  bodyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  bodyLT?: InputMaybe<Scalars['String']['input']>;
  bodyLTE?: InputMaybe<Scalars['String']['input']>;
  bodyNEQ?: InputMaybe<Scalars['String']['input']>;
  bodyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** expert_id field predicates */
  expertID?: InputMaybe<Scalars['ID']['input']>;
  expertIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  expertIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  expertIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  expertIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  expertIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** attachments edge predicates */
  hasAttachments?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttachmentsWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** author edge predicates */
  hasAuthor?: InputMaybe<Scalars['Boolean']['input']>;
  hasAuthorWith?: InputMaybe<Array<UserWhereInput>>;
  /** expert edge predicates */
  hasExpert?: InputMaybe<Scalars['Boolean']['input']>;
  hasExpertWith?: InputMaybe<Array<ExpertWhereInput>>;
  /** question edge predicates */
  hasQuestion?: InputMaybe<Scalars['Boolean']['input']>;
  hasQuestionWith?: InputMaybe<Array<QuestionWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<ReplyWhereInput>;
  or?: InputMaybe<Array<ReplyWhereInput>>;
  /** question_id field predicates */
  questionID?: InputMaybe<Scalars['ID']['input']>;
  questionIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  questionIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  questionIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type Report = {
  __typename?: 'Report';
  cube: ReportCube;
  dimensions: Array<ReportDimensionInfo>;
  /** Read from the maintained finding summaries (updated in the transaction of every change) rather than the findings: the same figures. */
  fromSummaries: Scalars['Boolean']['output'];
  granularity?: Maybe<ReportGranularity>;
  /** The columns of `values`, in order. */
  measures: Array<ReportMeasureInfo>;
  /**
   * With a granularity: true when every period of the range is listed (those
   * without data with counts 0, rates null); false when they would not all fit
   * in the limit, so only the periods with data are rows. False without one.
   */
  periodsFilled: Scalars['Boolean']['output'];
  rows: Array<ReportRow>;
  /** Rows before the limit. */
  totalRows: Scalars['Int']['output'];
};

/**
 * PREVIOUS_PERIOD: the range shifted back by its own length (by its number of
 * periods with a granularity). PRECEDING_PERIOD (环比): each period beside the one
 * just before it — January's previous is December, February's January; needs a
 * granularity. SAME_PERIOD_LAST_YEAR (同比): a year back (52 weeks for WEEK).
 */
export type ReportComparison =
  | 'PRECEDING_PERIOD'
  | 'PREVIOUS_PERIOD'
  | 'SAME_PERIOD_LAST_YEAR';

/** What a report counts: every measure, dimension, filter and time of one report belong to one cube. */
export type ReportCube =
  | 'ENTERPRISES'
  | 'FINDINGS'
  | 'QUESTIONS'
  | 'SELF_CHECKS'
  | 'TRAINING_ATTENDANCE'
  | 'VISITS'
  | 'WARNING_NOTICES';

/** A cube and what a report of it may combine: any of its measures with up to 3 of its dimensions and one of its times. */
export type ReportCubeInfo = {
  __typename?: 'ReportCubeInfo';
  cube: ReportCube;
  dimensions: Array<ReportDimensionInfo>;
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  measures: Array<ReportMeasureInfo>;
  timeFields: Array<ReportTimeFieldInfo>;
};

/**
 * A way of grouping rows; which cubes have it is in reportSchema. Values are ids
 * (DISTRICT, TASK, WARNING, TRAINING, EXPERT — 0 for none: a question an
 * administrator answered first, a visit without an expert; a visit counts once for
 * each expert on its team), codes (enumerations; INDUSTRY_SECTION is GB/T
 * 4754-2017's letter, INDUSTRY_DIVISION/GROUP/CLASS its first 2/3/4 digits) or
 * "true"/"false" (AIR_RELATED, KEY_SUPERVISED).
 */
export type ReportDimension =
  | 'AIR_RELATED'
  | 'CHECKLIST_CATEGORY'
  | 'CHECKLIST_ITEM'
  | 'DISTRICT'
  | 'EXPERT'
  | 'FINDING_SOURCE'
  | 'FINDING_STATUS'
  | 'INDUSTRY_CLASS'
  | 'INDUSTRY_DIVISION'
  | 'INDUSTRY_GROUP'
  | 'INDUSTRY_SECTION'
  | 'KEY_SUPERVISED'
  | 'NOTICE_GRADE'
  | 'PERFORMANCE_GRADE'
  | 'PERMIT_TIER'
  | 'QUESTION_STATUS'
  | 'SELF_CHECK_STATUS'
  | 'SEVERITY'
  | 'TASK'
  | 'TRAINING'
  | 'TRAINING_KIND'
  | 'VISIT_KIND'
  | 'VISIT_STATUS'
  | 'WARNING'
  | 'WARNING_LEVEL';

export type ReportDimensionInfo = {
  __typename?: 'ReportDimensionInfo';
  dimension: ReportDimension;
  kind: ReportValueKind;
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
};

/** Keeps the rows whose dimension is one of the values (1–100 values of at most 100 characters, as rows show them). */
export type ReportFilterInput = {
  dimension: ReportDimension;
  values: Array<Scalars['String']['input']>;
};

/** Periods of a time dimension, Asia/Shanghai; weeks start on Monday. */
export type ReportGranularity =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

/**
 * A report: 1–12 measures of one cube, grouped by up to 3 of its dimensions and
 * optionally by period, filtered (up to 10 filters), compared with an earlier
 * period, ordered (up to 5 keys; by default by period then dimension values) and
 * limited to `limit` rows (1–1,000, default 100). Errors (BAD_USER_INPUT, naming
 * the field: input.measures.1, input.dimensions.0, input.filters.2.values.0…):
 * measures of two cubes, a dimension, filter or time of another cube, bad dates,
 * a comparison without a time range, more than 10,000 groups.
 */
export type ReportInput = {
  compareTo?: InputMaybe<ReportComparison>;
  dimensions?: InputMaybe<Array<ReportDimension>>;
  filters?: InputMaybe<Array<ReportFilterInput>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  measures: Array<ReportMeasure>;
  order?: InputMaybe<Array<ReportOrderInput>>;
  timeDimension?: InputMaybe<ReportTimeInput>;
};

/**
 * A figure a report computes per group. Counts are numbers of rows; RATIO
 * measures are 0 to 1 (null when their denominator is 0); DAYS and MINUTES are
 * means or percentiles (null when nothing is counted).
 * Findings: FINDINGS (发现), CLOSED_FINDINGS (销号), OPEN_FINDINGS (not yet
 * resolved), OVERDUE_FINDINGS (open and past due), INVALID_FINDINGS,
 * RECTIFICATION_RATE = closed ÷ (found − invalid), ON_TIME_CLOSURE_RATE = closed by
 * the due date ÷ closed, MEAN_DAYS_TO_CLOSE and P90_DAYS_TO_CLOSE (found → closed,
 * the mean and the 90th percentile, interpolated), ENTERPRISES_WITH_FINDINGS,
 * REJECTIONS (rectifications sent back, 退回). Enterprises: ENTERPRISES. Warning
 * notices (one per enterprise and round): WARNING_NOTICES, DELIVERED, ACKNOWLEDGED,
 * ACKNOWLEDGED_IN_TIME (by the notice's acknowledgement deadline), REPORTED,
 * TIMELY_RESPONSE_RATE = acknowledged in time ÷ notices, REPORT_RATE = reported ÷
 * notices asking for a report, REPORTED_IN_TIME_RATE. Self-checks: SELF_CHECKS
 * (issued), SELF_CHECKS_SUBMITTED, SELF_CHECKS_ON_TIME (by the task's due date),
 * SUBMISSION_RATE. Questions (咨询): QUESTIONS, QUESTIONS_ANSWERED,
 * QUESTIONS_RESOLVED (办结), ANSWER_RATE = answered ÷ questions,
 * MEDIAN_MINUTES_TO_FIRST_ANSWER (asked → first answer). Training attendance (one
 * row per person and training): TRAININGS (distinct trainings attended),
 * TRAINING_REGISTRATIONS, TRAINING_COMPLETIONS (watched or attended long enough),
 * HEADS_TRAINED (distinct people who completed), ENTERPRISES_TRAINED,
 * TRAINING_COMPLETION_RATE = completions ÷ registrations. Visits (帮扶, 会诊):
 * VISITS, VISITS_HELD, VISITS_CONFIRMED (the enterprise confirmed the record),
 * ENTERPRISES_VISITED (distinct enterprises with a visit held). Findings recorded on
 * visits are FINDINGS with FINDING_SOURCE = VISIT.
 */
export type ReportMeasure =
  | 'ACKNOWLEDGED'
  | 'ACKNOWLEDGED_IN_TIME'
  | 'ANSWER_RATE'
  | 'CLOSED_FINDINGS'
  | 'DELIVERED'
  | 'ENTERPRISES'
  | 'ENTERPRISES_TRAINED'
  | 'ENTERPRISES_VISITED'
  | 'ENTERPRISES_WITH_FINDINGS'
  | 'FINDINGS'
  | 'HEADS_TRAINED'
  | 'INVALID_FINDINGS'
  | 'MEAN_DAYS_TO_CLOSE'
  | 'MEDIAN_MINUTES_TO_FIRST_ANSWER'
  | 'ON_TIME_CLOSURE_RATE'
  | 'OPEN_FINDINGS'
  | 'OVERDUE_FINDINGS'
  | 'P90_DAYS_TO_CLOSE'
  | 'QUESTIONS'
  | 'QUESTIONS_ANSWERED'
  | 'QUESTIONS_RESOLVED'
  | 'RECTIFICATION_RATE'
  | 'REJECTIONS'
  | 'REPORTED'
  | 'REPORTED_IN_TIME_RATE'
  | 'REPORT_RATE'
  | 'SELF_CHECKS'
  | 'SELF_CHECKS_ON_TIME'
  | 'SELF_CHECKS_SUBMITTED'
  | 'SUBMISSION_RATE'
  | 'TIMELY_RESPONSE_RATE'
  | 'TRAININGS'
  | 'TRAINING_COMPLETIONS'
  | 'TRAINING_COMPLETION_RATE'
  | 'TRAINING_REGISTRATIONS'
  | 'VISITS'
  | 'VISITS_CONFIRMED'
  | 'VISITS_HELD'
  | 'WARNING_NOTICES';

export type ReportMeasureInfo = {
  __typename?: 'ReportMeasureInfo';
  cube: ReportCube;
  /** In the caller's language (Accept-Language). */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  measure: ReportMeasure;
  unit: ReportUnit;
};

/** One key of a report's order: exactly one of measure, dimension, period (each one the report has). Nulls come last. */
export type ReportOrderInput = {
  dimension?: InputMaybe<ReportDimension>;
  direction?: OrderDirection;
  measure?: InputMaybe<ReportMeasure>;
  period?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReportRow = {
  __typename?: 'ReportRow';
  /** With compareTo: value − previous (in the measure's unit; rates in ratio points). */
  change?: Maybe<Array<Maybe<Scalars['Float']['output']>>>;
  /** The dimensions' values, in the order asked. */
  dimensions: Array<ReportValue>;
  /** The period's first day, YYYY-MM-DD (Asia/Shanghai); null without a granularity. */
  period?: Maybe<Scalars['String']['output']>;
  /** The period as its granularity reads: 2026-06 (MONTH), 2026-Q2 (QUARTER), 2026 (YEAR), the date of a DAY or of a WEEK's Monday; null without a granularity. */
  periodLabel?: Maybe<Scalars['String']['output']>;
  /** With compareTo: the earlier period's values (the same dimensions, the matching period). */
  previous?: Maybe<Array<Maybe<Scalars['Float']['output']>>>;
  /** The measures' values, in the order asked; null when undefined (a rate of nothing). */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

/**
 * A time of a cube's rows: FOUND_AT, CLOSED_AT, DUE_AT (findings), REGISTERED_AT
 * (enterprises), PUSHED_AT (warning notices), SUBMITTED_AT (self-checks), ASKED_AT,
 * ANSWERED_AT (questions: the first answer), ENROLLED_AT, COMPLETED_AT (training
 * attendance), SCHEDULED_ON, HELD_ON (visits).
 */
export type ReportTimeField =
  | 'ANSWERED_AT'
  | 'ASKED_AT'
  | 'CLOSED_AT'
  | 'COMPLETED_AT'
  | 'DUE_AT'
  | 'ENROLLED_AT'
  | 'FOUND_AT'
  | 'HELD_ON'
  | 'PUSHED_AT'
  | 'REGISTERED_AT'
  | 'SCHEDULED_ON'
  | 'SUBMITTED_AT';

export type ReportTimeFieldInfo = {
  __typename?: 'ReportTimeFieldInfo';
  field: ReportTimeField;
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
};

/**
 * Bounds rows by a time from `from` to `to` inclusive (YYYY-MM-DD, Asia/Shanghai
 * dates, years 2000–2100, at most 3,660 days) and with a granularity groups them
 * by period (the range widens to whole periods). Every period of the range has
 * its rows: one without any is listed with counts 0 and rates null, for each
 * combination of dimension values the report has — unless they would not all fit
 * in the report's limit (Report.periodsFilled says which).
 */
export type ReportTimeInput = {
  field: ReportTimeField;
  from: Scalars['String']['input'];
  granularity?: InputMaybe<ReportGranularity>;
  to: Scalars['String']['input'];
};

export type ReportUnit =
  | 'COUNT'
  | 'DAYS'
  | 'MINUTES'
  | 'RATIO';

/** A dimension's value in a row, with its label in the caller's language (a district's name, a code's name). */
export type ReportValue = {
  __typename?: 'ReportValue';
  dimension: ReportDimension;
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ReportValueKind =
  | 'BOOL'
  | 'CODE'
  | 'ID'
  | 'STRING';

export type ReportWarningMeasuresInput = {
  /** Client-generated key: a retried report changes nothing. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Photos and documents uploaded first with uploadFiles (at most 9). */
  evidenceIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** One item per measure the notice requires. */
  items: Array<MeasureReportInput>;
  /** At most 2,000 characters. */
  note?: Scalars['String']['input'];
  noticeID: Scalars['ID']['input'];
};

/** A request for more time (延期申请). */
export type RequestExtensionInput = {
  /** The deadline asked for: later than the current one, by at most 90 days. */
  dueAt: Scalars['Time']['input'];
  findingID: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ResetUserPasswordInput = {
  id: Scalars['ID']['input'];
  /** New password; leave empty to generate one, returned once. */
  newPassword?: InputMaybe<Scalars['String']['input']>;
};

export type ResetUserPasswordPayload = {
  __typename?: 'ResetUserPasswordPayload';
  /** The new password, shown only in this response. */
  temporaryPassword: Scalars['String']['output'];
  user: User;
};

export type ReviewRectificationInput = {
  approve: Scalars['Boolean']['input'];
  /** A new deadline for a rejected finding; the old one stays when empty. */
  dueAt?: InputMaybe<Scalars['Time']['input']>;
  /** The pending rectification. */
  id: Scalars['ID']['input'];
  /** Required when rejecting. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SaveAnswerInput = {
  /** The answer's photos and files, uploaded first; omitted leaves them, empty removes them. */
  attachmentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Client-generated key: a retried save changes nothing. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  itemID: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  selfCheckID: Scalars['ID']['input'];
  /** YES, NO or NA; a number; a date YYYY-MM-DD; or one of the item's choices. */
  value: Scalars['String']['input'];
};

export type SaveAnswerPayload = {
  __typename?: 'SaveAnswerPayload';
  answer: Answer;
  /** Set when the answer is not compliant: the guidance to show at once. */
  preview?: Maybe<FindingPreview>;
  selfCheck: SelfCheck;
};

/**
 * An enterprise's plan for a year. Administrators set everything; an enterprise of grade A, LEADING or
 * GUARANTEE saves the measures and note of its own existing plan (自主减排) and must send the plan's grade
 * unchanged (another grade is FORBIDDEN).
 */
export type SaveEmissionPlanInput = {
  enterpriseID: Scalars['ID']['input'];
  grade: EmissionPlanGrade;
  /** At most 300 measures (lines or processes × levels). */
  measures: Array<PlanMeasureInput>;
  note?: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/**
 * Saves a report: without id a new one of the viewer's; with id the viewer's
 * report changed. The report is checked as report() checks it (errors name
 * report.measures.1…, as the other mutations name their input's fields). A retried save with the same clientKey (≤ 64
 * characters) creates once; reused for another name it is CONFLICT at clientKey.
 */
export type SaveReportInput = {
  chart?: InputMaybe<SavedReportChart>;
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1–100 characters. */
  name: Scalars['String']['input'];
  /** Shown on the owner's home (首页看板); at most 8 reports a user (BAD_USER_INPUT naming pinned). */
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  report: ReportInput;
  /** Readable by every administrator and expert (each sees the figures of their own scope). */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * An outbound channel for warnings (the city's): GENERIC is GreenCheck's JSON, POSTed with the headers
 * X-GreenCheck-Delivery (the delivery id: drop repeats), X-GreenCheck-Event and, with a secret,
 * X-GreenCheck-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>;
 * WECOM and DINGTALK are group robots' markdown messages (DingTalk's 加签 from the secret).
 */
export type SaveWarningChannelInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The channel to change; none creates one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: WarningChannelKind;
  name: Scalars['String']['input'];
  /** Signing secret; unchanged when omitted, never returned. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address; for robots, the robot's webhook address. */
  url: Scalars['String']['input'];
};

export type SaveWarningDraftInput = {
  /** 确认时限: acknowledged in time within this many minutes of the push (and before it takes effect); 1–1,440, default 120. */
  ackSLAMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Escalation: … and after this many minutes → on the district's call list; 1–10,080, default 60. */
  callMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The announcement with the generic city-wide measures (at most 5,000 characters). */
  content: Scalars['String']['input'];
  /** The districts warned; none: all the viewer's (every district for the city, its own for a district administrator). */
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the measures take effect. */
  effectiveFrom: Scalars['Time']['input'];
  /** The planned end, after effectiveFrom. */
  effectiveTo?: InputMaybe<Scalars['Time']['input']>;
  /** The draft to change; none creates one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: WarningLevel;
  /** The warning's own measures for some performance grades, for enterprises without an emission plan for the year; other grades get warningDefaultMeasures(level). */
  measures?: InputMaybe<Array<GradeMeasureInput>>;
  /** 上报时限: measures reported in time within this many minutes after it takes effect; 1–10,080, default 240. */
  reportSLAMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Escalation: not acknowledged this many minutes after the push → pushed again (in-app and channels); 1–1,440, default 30. */
  repushMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** At most 200 characters, e.g. 长沙市重污染天气橙色预警（2026年第1号）. */
  title: Scalars['String']['input'];
};

export type SavedReport = Node & {
  __typename?: 'SavedReport';
  /** how it is drawn; MAP: the districts of the city shaded by the first measure (a report by DISTRICT alone) */
  chart: SavedReportChart;
  createdAt: Scalars['Time']['output'];
  /**
   * The figures now, in the reader's scope and language; at most `limit` rows
   * (1–1,000: fewer than the saved report's own limit cost less — a home's
   * charts draw 60). Errors: BAD_USER_INPUT naming limit.
   */
  figures: Report;
  id: Scalars['ID']['output'];
  /** the ReportInput, JSON */
  input: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** shown on its owner's home (首页看板), at most report.MaxPinned a user */
  pinned: Scalars['Boolean']['output'];
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['Time']['output'];
  user: User;
  /** its owner */
  userID: Scalars['ID']['output'];
  viewerCan: SavedReportViewerCan;
};


export type SavedReportFiguresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** SavedReportChart is enum for the field chart */
export type SavedReportChart =
  | 'BAR'
  | 'LINE'
  | 'MAP'
  | 'PIE'
  | 'TABLE';

/** A connection to a list of items. */
export type SavedReportConnection = {
  __typename?: 'SavedReportConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<SavedReportEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type SavedReportEdge = {
  __typename?: 'SavedReportEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<SavedReport>;
};

/** Ordering options for SavedReport connections */
export type SavedReportOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order SavedReports. */
  field: SavedReportOrderField;
};

/** Properties by which SavedReport connections can be ordered. */
export type SavedReportOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** What the viewer may do to this saved report. */
export type SavedReportViewerCan = {
  __typename?: 'SavedReportViewerCan';
  /** Rename, re-share, redraw or delete it: the viewer owns it. */
  change: Scalars['Boolean']['output'];
};

/**
 * SavedReportWhereInput is used for filtering SavedReport objects.
 * Input was generated by ent.
 */
export type SavedReportWhereInput = {
  and?: InputMaybe<Array<SavedReportWhereInput>>;
  /** chart field predicates */
  chart?: InputMaybe<SavedReportChart>;
  chartIn?: InputMaybe<Array<SavedReportChart>>;
  chartNEQ?: InputMaybe<SavedReportChart>;
  chartNotIn?: InputMaybe<Array<SavedReportChart>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** input field predicates */
  input?: InputMaybe<Scalars['String']['input']>;
  inputContains?: InputMaybe<Scalars['String']['input']>;
  inputContainsFold?: InputMaybe<Scalars['String']['input']>;
  inputEqualFold?: InputMaybe<Scalars['String']['input']>;
  inputGT?: InputMaybe<Scalars['String']['input']>;
  inputGTE?: InputMaybe<Scalars['String']['input']>;
  inputHasPrefix?: InputMaybe<Scalars['String']['input']>;
  inputHasSuffix?: InputMaybe<Scalars['String']['input']>;
  inputIn?: InputMaybe<Array<Scalars['String']['input']>>;
  inputLT?: InputMaybe<Scalars['String']['input']>;
  inputLTE?: InputMaybe<Scalars['String']['input']>;
  inputNEQ?: InputMaybe<Scalars['String']['input']>;
  inputNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<SavedReportWhereInput>;
  or?: InputMaybe<Array<SavedReportWhereInput>>;
  /** pinned field predicates */
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  pinnedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** shared field predicates */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  sharedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ScheduleTrainingInput = {
  audience: TrainingAudience;
  /** Minutes watched that complete it, 1–durationMinutes; 80 % of the duration when empty. */
  completionMinutes?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Empty: the whole city (the city administrator only); a district administrator names its own districts. */
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1–600 minutes. */
  durationMinutes: Scalars['Int']['input'];
  /** The industries it is for: GB/T 4754-2017 code prefixes of 1–4 digits (26 chemicals, 2319 packaging printing), at most 50; empty for every industry. An enterprise sees a training for industries only when its industry code starts with one of them. */
  industryPrefixes?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: TrainingKind;
  /** http(s) link of the live stream. */
  liveURL?: InputMaybe<Scalars['String']['input']>;
  /** http(s) link of the replay (may be set later: setTrainingReplay). */
  replayURL?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['Time']['input'];
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type SelfCheck = Node & {
  __typename?: 'SelfCheck';
  answeredCount: Scalars['Int']['output'];
  answers: AnswerConnection;
  /** items that apply to the enterprise */
  applicableCount: Scalars['Int']['output'];
  /** The checklist items that apply to this enterprise, in order. */
  applicableItems: Array<ChecklistItem>;
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  findings: FindingConnection;
  id: Scalars['ID']['output'];
  /** Answered ÷ applicable, 0 to 1. */
  progress: Scalars['Float']['output'];
  status: SelfCheckStatus;
  submittedAt?: Maybe<Scalars['Time']['output']>;
  submittedBy?: Maybe<User>;
  submittedByID?: Maybe<Scalars['ID']['output']>;
  task: InspectionTask;
  taskID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: SelfCheckViewerCan;
};


export type SelfCheckAnswersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AnswerOrder>;
  where?: InputMaybe<AnswerWhereInput>;
};


export type SelfCheckFindingsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhereInput>;
};

/** A connection to a list of items. */
export type SelfCheckConnection = {
  __typename?: 'SelfCheckConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<SelfCheckEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type SelfCheckEdge = {
  __typename?: 'SelfCheckEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<SelfCheck>;
};

/** Ordering options for SelfCheck connections */
export type SelfCheckOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order SelfChecks. */
  field: SelfCheckOrderField;
};

/** Properties by which SelfCheck connections can be ordered. */
export type SelfCheckOrderField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** SelfCheckStatus is enum for the field status */
export type SelfCheckStatus =
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'SUBMITTED';

/** What the viewer may do to this self-check now. */
export type SelfCheckViewerCan = {
  __typename?: 'SelfCheckViewerCan';
  /** Answer its items: it is not submitted, its task is open, and the viewer may write its answers. */
  answer: Scalars['Boolean']['output'];
  /** Submit it (the answers then become findings): as answer, once every applicable item is answered. */
  submit: Scalars['Boolean']['output'];
};

/**
 * SelfCheckWhereInput is used for filtering SelfCheck objects.
 * Input was generated by ent.
 */
export type SelfCheckWhereInput = {
  and?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** answered_count field predicates */
  answeredCount?: InputMaybe<Scalars['Int']['input']>;
  answeredCountGT?: InputMaybe<Scalars['Int']['input']>;
  answeredCountGTE?: InputMaybe<Scalars['Int']['input']>;
  answeredCountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  answeredCountLT?: InputMaybe<Scalars['Int']['input']>;
  answeredCountLTE?: InputMaybe<Scalars['Int']['input']>;
  answeredCountNEQ?: InputMaybe<Scalars['Int']['input']>;
  answeredCountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** applicable_count field predicates */
  applicableCount?: InputMaybe<Scalars['Int']['input']>;
  applicableCountGT?: InputMaybe<Scalars['Int']['input']>;
  applicableCountGTE?: InputMaybe<Scalars['Int']['input']>;
  applicableCountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  applicableCountLT?: InputMaybe<Scalars['Int']['input']>;
  applicableCountLTE?: InputMaybe<Scalars['Int']['input']>;
  applicableCountNEQ?: InputMaybe<Scalars['Int']['input']>;
  applicableCountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** answers edge predicates */
  hasAnswers?: InputMaybe<Scalars['Boolean']['input']>;
  hasAnswersWith?: InputMaybe<Array<AnswerWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** findings edge predicates */
  hasFindings?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingsWith?: InputMaybe<Array<FindingWhereInput>>;
  /** submitted_by edge predicates */
  hasSubmittedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasSubmittedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** task edge predicates */
  hasTask?: InputMaybe<Scalars['Boolean']['input']>;
  hasTaskWith?: InputMaybe<Array<InspectionTaskWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<SelfCheckWhereInput>;
  or?: InputMaybe<Array<SelfCheckWhereInput>>;
  /** status field predicates */
  status?: InputMaybe<SelfCheckStatus>;
  statusIn?: InputMaybe<Array<SelfCheckStatus>>;
  statusNEQ?: InputMaybe<SelfCheckStatus>;
  statusNotIn?: InputMaybe<Array<SelfCheckStatus>>;
  /** submitted_at field predicates */
  submittedAt?: InputMaybe<Scalars['Time']['input']>;
  submittedAtGT?: InputMaybe<Scalars['Time']['input']>;
  submittedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  submittedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  submittedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  submittedAtLT?: InputMaybe<Scalars['Time']['input']>;
  submittedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  submittedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  submittedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  submittedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** submitted_by_id field predicates */
  submittedByID?: InputMaybe<Scalars['ID']['input']>;
  submittedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  submittedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  submittedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  submittedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  submittedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** task_id field predicates */
  taskID?: InputMaybe<Scalars['ID']['input']>;
  taskIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  taskIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  taskIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** A district's spot check (抽查) of an enterprise's measures during a warning. */
export type SpotCheck = {
  __typename?: 'SpotCheck';
  at: Scalars['Time']['output'];
  byID?: Maybe<Scalars['ID']['output']>;
  compliant: Scalars['Boolean']['output'];
  /** The finding (source WARNING_CHECK) a failed check opened. */
  findingID?: Maybe<Scalars['ID']['output']>;
  /** ON_SITE (现场) or REMOTE (非现场: online monitoring, power meters, video). */
  mode: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  photoIDs?: Maybe<Array<Scalars['ID']['output']>>;
};

export type SpotCheckPayload = {
  __typename?: 'SpotCheckPayload';
  /** The finding (source WARNING_CHECK, item HPW-04) a failed check opened; it enters the rectification loop. */
  finding?: Maybe<Finding>;
  notice: WarningNotice;
};

export type SubmitRectificationInput = {
  /** Client-generated key: a retried submission returns the first one. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Photos and documents uploaded first with uploadFiles (at most 9). */
  evidenceIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  findingID: Scalars['ID']['input'];
  /** What was done, in the enterprise's words. */
  measures: Scalars['String']['input'];
};

export type SubmitSelfCheckInput = {
  clientKey?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type SubmitSelfCheckPayload = {
  __typename?: 'SubmitSelfCheckPayload';
  /** The findings this submission created (none when it was a retry). */
  findings: Array<Finding>;
  selfCheck: SelfCheck;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** An export of the viewer's at once, then on each change of its progress (%) until it is DONE or FAILED. */
  exportJobUpdated: ExportJob;
  /**
   * How far the viewer's own importRegistry with this progressKey has got, in percent
   * (0–100): the enterprises read (20), every sheet checked (40; a dry run or a refused file 100), then
   * each batch of 500 rows written (to 100). Another user's import is never seen, whatever
   * its key. Subscribe before sending the import. Errors: UNAUTHENTICATED; BAD_USER_INPUT
   * on key.
   */
  importProgress: Scalars['Int']['output'];
  /** The viewer's new notifications, as they are sent. */
  notificationAdded: Notification;
  /** Questions the viewer can see, each time one is asked, answered, followed up, resolved, confirmed or escalated; only question id's when given. */
  questionChanged: Question;
  /**
   * A saved report's figures at once, then whenever they change, checked every
   * everySeconds (5–3600) in the subscriber's scope: for wall screens. Ends when
   * the report is deleted, unshared or no longer readable.
   */
  reportUpdated: Report;
  /** Notices pushed to the viewer's enterprise, as they are published (nothing for other roles). */
  warningNoticeReceived: WarningNotice;
  /** The warning whenever its rounds or receipts change (at most once a second): re-read board to update the live board. */
  warningUpdated: Warning;
};


export type SubscriptionExportJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionImportProgressArgs = {
  key: Scalars['String']['input'];
};


export type SubscriptionQuestionChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionReportUpdatedArgs = {
  everySeconds?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type SubscriptionWarningUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** How far the enterprises of a task have got. */
export type TaskProgress = {
  __typename?: 'TaskProgress';
  byDistrict: Array<DistrictTaskProgress>;
  inProgress: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  /** submitted ÷ total, 0 to 1. */
  submittedShare: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** The enterprises an inspection task is issued to. */
export type TaskScope = {
  __typename?: 'TaskScope';
  airRelated?: Maybe<Scalars['Boolean']['output']>;
  districtIDs?: Maybe<Array<Scalars['ID']['output']>>;
  enterpriseIDs?: Maybe<Array<Scalars['ID']['output']>>;
  industryPrefixes?: Maybe<Array<Scalars['String']['output']>>;
  keySupervised?: Maybe<Scalars['Boolean']['output']>;
  permitTiers?: Maybe<Array<Scalars['String']['output']>>;
};

/** The enterprises a task reaches; empty lists match all. */
export type TaskScopeInput = {
  airRelated?: InputMaybe<Scalars['Boolean']['input']>;
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  industryPrefixes?: InputMaybe<Array<Scalars['String']['input']>>;
  keySupervised?: InputMaybe<Scalars['Boolean']['input']>;
  permitTiers?: InputMaybe<Array<EnterprisePermitTier>>;
};

export type Training = Node & {
  __typename?: 'Training';
  attendances: AttendanceConnection;
  audience: TrainingAudience;
  /** minutes watched that complete it; 80 % of the duration when empty */
  completionMinutes?: Maybe<Scalars['Int']['output']>;
  /** Minutes watched that complete it. */
  completionThreshold: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  /** empty: the whole city */
  districts?: Maybe<Array<District>>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The industries it is for (GB/T 4754-2017 code prefixes); empty for every industry. */
  industryPrefixes: Array<Scalars['String']['output']>;
  issuedBy?: Maybe<User>;
  issuedByID?: Maybe<Scalars['ID']['output']>;
  kind: TrainingKind;
  liveURL: Scalars['String']['output'];
  materials?: Maybe<Array<TrainingMaterial>>;
  replayURL: Scalars['String']['output'];
  startsAt: Scalars['Time']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: TrainingViewerCan;
};


export type TrainingAttendancesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AttendanceOrder>;
};

/** TrainingAudience is enum for the field audience */
export type TrainingAudience =
  | 'ADMINISTRATORS'
  | 'ENTERPRISES'
  | 'EVERYONE';

/** A connection to a list of items. */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<TrainingEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** How far trainings reached: enterprises registered, attended (joined or watched) and completed, and distinct enterprise heads who attended. */
export type TrainingCoverage = {
  __typename?: 'TrainingCoverage';
  attended: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  heads: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
};

export type TrainingCoverageFigures = {
  __typename?: 'TrainingCoverageFigures';
  byDistrict: Array<DistrictTrainingCoverage>;
  /** Enterprises in the viewer's scope; of one training, those it is meant for (its districts and industries; 0 for an administrators' training). */
  enterprises: Scalars['Int']['output'];
  total: TrainingCoverage;
  /** The training the figures are of; null for every training. */
  training?: Maybe<Training>;
  /** Of which no training (that training) reached yet — registered counts as reached (list them with enterprises(where: {hasAttendances: false})). */
  uncovered: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Training>;
};

/** TrainingKind is enum for the field kind */
export type TrainingKind =
  | 'LIVE'
  | 'RECORDED';

export type TrainingMaterial = Node & {
  __typename?: 'TrainingMaterial';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  training: Training;
  trainingID: Scalars['ID']['output'];
  updatedAt: Scalars['Time']['output'];
  uploader?: Maybe<User>;
  uploaderID?: Maybe<Scalars['ID']['output']>;
  /** A link to the file for the signed-in viewer, valid for an hour (add &download=1 to save it). */
  url: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type TrainingMaterialConnection = {
  __typename?: 'TrainingMaterialConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<TrainingMaterialEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TrainingMaterialEdge = {
  __typename?: 'TrainingMaterialEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<TrainingMaterial>;
};

/** Ordering options for TrainingMaterial connections */
export type TrainingMaterialOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order TrainingMaterials. */
  field: TrainingMaterialOrderField;
};

/** Properties by which TrainingMaterial connections can be ordered. */
export type TrainingMaterialOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * TrainingMaterialWhereInput is used for filtering TrainingMaterial objects.
 * Input was generated by ent.
 */
export type TrainingMaterialWhereInput = {
  and?: InputMaybe<Array<TrainingMaterialWhereInput>>;
  /** content_type field predicates */
  contentType?: InputMaybe<Scalars['String']['input']>;
  contentTypeContains?: InputMaybe<Scalars['String']['input']>;
  contentTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeGT?: InputMaybe<Scalars['String']['input']>;
  contentTypeGTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contentTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contentTypeLT?: InputMaybe<Scalars['String']['input']>;
  contentTypeLTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  contentTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** training edge predicates */
  hasTraining?: InputMaybe<Scalars['Boolean']['input']>;
  hasTrainingWith?: InputMaybe<Array<TrainingWhereInput>>;
  /** uploader edge predicates */
  hasUploader?: InputMaybe<Scalars['Boolean']['input']>;
  hasUploaderWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<TrainingMaterialWhereInput>;
  or?: InputMaybe<Array<TrainingMaterialWhereInput>>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** training_id field predicates */
  trainingID?: InputMaybe<Scalars['ID']['input']>;
  trainingIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  trainingIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  trainingIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** uploader_id field predicates */
  uploaderID?: InputMaybe<Scalars['ID']['input']>;
  uploaderIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  uploaderIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  uploaderIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  uploaderIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  uploaderIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Ordering options for Training connections */
export type TrainingOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Trainings. */
  field: TrainingOrderField;
};

/** Properties by which Training connections can be ordered. */
export type TrainingOrderField =
  | 'CREATED_AT'
  | 'STARTS_AT'
  | 'UPDATED_AT';

/** What the viewer may do with a training (the Training policy's verdicts). */
export type TrainingViewerCan = {
  __typename?: 'TrainingViewerCan';
  /** Set its replay link, add and remove its materials: the city any training, a district administrator its districts' own. */
  manage: Scalars['Boolean']['output'];
};

/**
 * TrainingWhereInput is used for filtering Training objects.
 * Input was generated by ent.
 */
export type TrainingWhereInput = {
  and?: InputMaybe<Array<TrainingWhereInput>>;
  /** audience field predicates */
  audience?: InputMaybe<TrainingAudience>;
  audienceIn?: InputMaybe<Array<TrainingAudience>>;
  audienceNEQ?: InputMaybe<TrainingAudience>;
  audienceNotIn?: InputMaybe<Array<TrainingAudience>>;
  /** completion_minutes field predicates */
  completionMinutes?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  completionMinutesIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  completionMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  completionMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  completionMinutesNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** duration_minutes field predicates */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  durationMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  durationMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** districts edge predicates */
  hasDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictsWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** issued_by edge predicates */
  hasIssuedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasIssuedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issued_by_id field predicates */
  issuedByID?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  issuedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kind field predicates */
  kind?: InputMaybe<TrainingKind>;
  kindIn?: InputMaybe<Array<TrainingKind>>;
  kindNEQ?: InputMaybe<TrainingKind>;
  kindNotIn?: InputMaybe<Array<TrainingKind>>;
  /** live_url field predicates */
  liveURL?: InputMaybe<Scalars['String']['input']>;
  liveURLContains?: InputMaybe<Scalars['String']['input']>;
  liveURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  liveURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  liveURLGT?: InputMaybe<Scalars['String']['input']>;
  liveURLGTE?: InputMaybe<Scalars['String']['input']>;
  liveURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  liveURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  liveURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  liveURLLT?: InputMaybe<Scalars['String']['input']>;
  liveURLLTE?: InputMaybe<Scalars['String']['input']>;
  liveURLNEQ?: InputMaybe<Scalars['String']['input']>;
  liveURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<TrainingWhereInput>;
  or?: InputMaybe<Array<TrainingWhereInput>>;
  /** replay_url field predicates */
  replayURL?: InputMaybe<Scalars['String']['input']>;
  replayURLContains?: InputMaybe<Scalars['String']['input']>;
  replayURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  replayURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  replayURLGT?: InputMaybe<Scalars['String']['input']>;
  replayURLGTE?: InputMaybe<Scalars['String']['input']>;
  replayURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  replayURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  replayURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  replayURLLT?: InputMaybe<Scalars['String']['input']>;
  replayURLLTE?: InputMaybe<Scalars['String']['input']>;
  replayURLNEQ?: InputMaybe<Scalars['String']['input']>;
  replayURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** starts_at field predicates */
  startsAt?: InputMaybe<Scalars['Time']['input']>;
  startsAtGT?: InputMaybe<Scalars['Time']['input']>;
  startsAtGTE?: InputMaybe<Scalars['Time']['input']>;
  startsAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  startsAtLT?: InputMaybe<Scalars['Time']['input']>;
  startsAtLTE?: InputMaybe<Scalars['Time']['input']>;
  startsAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  startsAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Changes to a key, effective from its next request; what is left out stays. Errors as CreateAPIKeyInput; a revoked key is not changed. */
export type UpdateApiKeyInput = {
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** Remove the expiry. */
  clearExpiresAt?: InputMaybe<Scalars['Boolean']['input']>;
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  persistedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  refillPerSecond?: InputMaybe<Scalars['Int']['input']>;
  scopes?: InputMaybe<Array<PartnerScope>>;
};

export type UpdateEiaApprovalInput = {
  acceptanceOn?: InputMaybe<Scalars['Time']['input']>;
  approvedCapacity?: InputMaybe<Scalars['Float']['input']>;
  approvedOn?: InputMaybe<Scalars['Time']['input']>;
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  projectName?: InputMaybe<Scalars['String']['input']>;
  reportType?: InputMaybe<EiaApprovalReportType>;
};

export type UpdateEnterpriseContactsInput = {
  contacts: Array<ContactInput>;
  enterpriseID: Scalars['ID']['input'];
};

export type UpdateEnterpriseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  airRelated?: InputMaybe<Scalars['Boolean']['input']>;
  contacts?: InputMaybe<Array<ContactInput>>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  districtID?: InputMaybe<Scalars['ID']['input']>;
  hazardousWaste?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  industryCode?: InputMaybe<Scalars['String']['input']>;
  industryName?: InputMaybe<Scalars['String']['input']>;
  keySupervised?: InputMaybe<Scalars['Boolean']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  performanceGrade?: InputMaybe<EnterprisePerformanceGrade>;
  permitTier?: InputMaybe<EnterprisePermitTier>;
  status?: InputMaybe<EnterpriseStatus>;
  vocUser?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateFacilityInput = {
  capacity?: InputMaybe<Scalars['Float']['input']>;
  capacityUnit?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<FacilityKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FacilityStatus>;
  technology?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePermitInput = {
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['Time']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  outlets?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<PermitStatus>;
  tier?: InputMaybe<PermitTier>;
  validUntil?: InputMaybe<Scalars['Time']['input']>;
};

export type UploadFilesInput = {
  /** Client-generated key: a retried upload returns the first one's files. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** The owning enterprise; an enterprise user's own when empty. */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  files: Array<Scalars['Upload']['input']>;
};

export type UploadFilesPayload = {
  __typename?: 'UploadFilesPayload';
  attachments: Array<Attachment>;
};

export type User = Node & {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['Time']['output'];
  displayName: Scalars['String']['output'];
  /** districts served by an administrator or expert */
  districts?: Maybe<Array<District>>;
  enterprise?: Maybe<Enterprise>;
  enterpriseID?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['Time']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  passwordChangedAt?: Maybe<Scalars['Time']['output']>;
  /** personal data */
  phone: Scalars['String']['output'];
  role: UserRole;
  updatedAt: Scalars['Time']['output'];
  username: Scalars['String']['output'];
  viewerCan: UserViewerCan;
};

/** A connection to a list of items. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<UserEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<User>;
};

/** Ordering options for User connections */
export type UserOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Users. */
  field: UserOrderField;
};

/** Properties by which User connections can be ordered. */
export type UserOrderField =
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'LAST_LOGIN_AT'
  | 'ROLE'
  | 'UPDATED_AT'
  | 'USERNAME';

export type UserPayload = {
  __typename?: 'UserPayload';
  user: User;
};

/** UserRole is enum for the field role */
export type UserRole =
  | 'CITY_ADMIN'
  | 'DISTRICT_ADMIN'
  | 'ENTERPRISE'
  | 'EXPERT';

/** What the viewer may do to this user. */
export type UserViewerCan = {
  __typename?: 'UserViewerCan';
  /** Deactivate the account or reset its password. */
  manage: Scalars['Boolean']['output'];
};

/**
 * UserWhereInput is used for filtering User objects.
 * Input was generated by ent.
 */
export type UserWhereInput = {
  /** active field predicates */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  activeNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<UserWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** display_name field predicates */
  displayName?: InputMaybe<Scalars['String']['input']>;
  displayNameContains?: InputMaybe<Scalars['String']['input']>;
  displayNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  displayNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  displayNameGT?: InputMaybe<Scalars['String']['input']>;
  displayNameGTE?: InputMaybe<Scalars['String']['input']>;
  displayNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  displayNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  displayNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  displayNameLT?: InputMaybe<Scalars['String']['input']>;
  displayNameLTE?: InputMaybe<Scalars['String']['input']>;
  displayNameNEQ?: InputMaybe<Scalars['String']['input']>;
  displayNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** districts edge predicates */
  hasDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictsWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** last_login_at field predicates */
  lastLoginAt?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtGT?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtGTE?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastLoginAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  lastLoginAtLT?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtLTE?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  lastLoginAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastLoginAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** must_change_password field predicates */
  mustChangePassword?: InputMaybe<Scalars['Boolean']['input']>;
  mustChangePasswordNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<UserWhereInput>;
  or?: InputMaybe<Array<UserWhereInput>>;
  /** password_changed_at field predicates */
  passwordChangedAt?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtGT?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  passwordChangedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  passwordChangedAtLT?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  passwordChangedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  passwordChangedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** phone field predicates */
  phone?: InputMaybe<Scalars['String']['input']>;
  phoneContains?: InputMaybe<Scalars['String']['input']>;
  phoneContainsFold?: InputMaybe<Scalars['String']['input']>;
  phoneEqualFold?: InputMaybe<Scalars['String']['input']>;
  phoneGT?: InputMaybe<Scalars['String']['input']>;
  phoneGTE?: InputMaybe<Scalars['String']['input']>;
  phoneHasPrefix?: InputMaybe<Scalars['String']['input']>;
  phoneHasSuffix?: InputMaybe<Scalars['String']['input']>;
  phoneIn?: InputMaybe<Array<Scalars['String']['input']>>;
  phoneLT?: InputMaybe<Scalars['String']['input']>;
  phoneLTE?: InputMaybe<Scalars['String']['input']>;
  phoneNEQ?: InputMaybe<Scalars['String']['input']>;
  phoneNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** role field predicates */
  role?: InputMaybe<UserRole>;
  roleIn?: InputMaybe<Array<UserRole>>;
  roleNEQ?: InputMaybe<UserRole>;
  roleNotIn?: InputMaybe<Array<UserRole>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** username field predicates */
  username?: InputMaybe<Scalars['String']['input']>;
  usernameContains?: InputMaybe<Scalars['String']['input']>;
  usernameContainsFold?: InputMaybe<Scalars['String']['input']>;
  usernameEqualFold?: InputMaybe<Scalars['String']['input']>;
  usernameGT?: InputMaybe<Scalars['String']['input']>;
  usernameGTE?: InputMaybe<Scalars['String']['input']>;
  usernameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  usernameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  usernameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  usernameLT?: InputMaybe<Scalars['String']['input']>;
  usernameLTE?: InputMaybe<Scalars['String']['input']>;
  usernameNEQ?: InputMaybe<Scalars['String']['input']>;
  usernameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Viewer = {
  __typename?: 'Viewer';
  can: ViewerCan;
  /** The districts of a DISTRICT_ADMIN or EXPERT. */
  districts: Array<District>;
  /** The enterprise of an ENTERPRISE user. */
  enterprise?: Maybe<Enterprise>;
  /**
   * An administrator chose the password (a new account, a reset): until changePassword, every other operation is refused
   * (FORBIDDEN, auth.password_change_required) — only me, changePassword, logout and refreshToken are answered.
   */
  mustChangePassword: Scalars['Boolean']['output'];
  /** How a new password must be — the rule changePassword applies — in the caller's language. */
  passwordRule: Scalars['String']['output'];
  role: UserRole;
  user: User;
};

/** What the viewer may do at all: menus and 'new' buttons. */
export type ViewerCan = {
  __typename?: 'ViewerCan';
  /** Ask in the district's Q&A channel (enterprise users). */
  askQuestion: Scalars['Boolean']['output'];
  /** The roles of the users the viewer may create; empty when none. */
  creatableRoles: Array<UserRole>;
  /** Register enterprises. */
  createEnterprise: Scalars['Boolean']['output'];
  /** Create, edit and publish checklists (自查清单). */
  editChecklists: Scalars['Boolean']['output'];
  /** Issue inspection tasks (自查任务). */
  issueTask: Scalars['Boolean']['output'];
  /** Edit and import the enterprises' emission plans (应急减排清单): administrators, for their scope. */
  keepEmissionPlans: Scalars['Boolean']['output'];
  /** Create and manage partners' API keys, read their usage, register their queries (the city). */
  managePartnerKeys: Scalars['Boolean']['output'];
  /** Configure the outbound channels and read their delivery log (the city). */
  manageWarningChannels: Scalars['Boolean']['output'];
  /** Plan visits (帮扶 / 会诊) to enterprises of the viewer's scope. */
  planVisit: Scalars['Boolean']['output'];
  /** Draft and publish warnings (the city; a district administrator for its districts). */
  publishWarning: Scalars['Boolean']['output'];
  /** Read the audit trail. */
  readAuditTrail: Scalars['Boolean']['output'];
  /** Review rectifications (the review queue). */
  reviewFindings: Scalars['Boolean']['output'];
  /** Schedule trainings (the city; a district administrator for its own districts). */
  scheduleTraining: Scalars['Boolean']['output'];
};

export type Visit = Node & {
  __typename?: 'Visit';
  /** the enterprise confirmed it received the record */
  confirmedAt?: Maybe<Scalars['Time']['output']>;
  confirmedBy?: Maybe<User>;
  confirmedByID?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['Time']['output'];
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  findings: FindingConnection;
  heldOn?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  kind: VisitKind;
  notes: Scalars['String']['output'];
  photos?: Maybe<Array<Attachment>>;
  /** 一企一策: the plan's summary */
  plan: Scalars['String']['output'];
  /** 一企一策: its measures, each with who answers for it and by when */
  planSteps?: Maybe<Array<PlanStep>>;
  plannedBy?: Maybe<User>;
  plannedByID?: Maybe<Scalars['ID']['output']>;
  /** the problem-list reasons it was planned for */
  reasons?: Maybe<Array<Scalars['String']['output']>>;
  scheduledOn: Scalars['Time']['output'];
  status: VisitStatus;
  team?: Maybe<Array<User>>;
  updatedAt: Scalars['Time']['output'];
  viewerCan: VisitViewerCan;
};


export type VisitFindingsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhereInput>;
};

/** A connection to a list of items. */
export type VisitConnection = {
  __typename?: 'VisitConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<VisitEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Visit>;
};

/** VisitKind is enum for the field kind */
export type VisitKind =
  | 'ASSISTANCE'
  | 'CONSULTATION';

/** Ordering options for Visit connections */
export type VisitOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Visits. */
  field: VisitOrderField;
};

/** Properties by which Visit connections can be ordered. */
export type VisitOrderField =
  | 'CREATED_AT'
  | 'SCHEDULED_ON'
  | 'UPDATED_AT';

export type VisitProblemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The rectification deadline, after the visit. */
  dueAt: Scalars['Time']['input'];
  severity: FindingSeverity;
  /** At most 300 characters. */
  title: Scalars['String']['input'];
};

/** VisitStatus is enum for the field status */
export type VisitStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

/** What the viewer may do with a visit (the data layer's answer). */
export type VisitViewerCan = {
  __typename?: 'VisitViewerCan';
  /** Cancel a planned visit (as record). */
  cancel: Scalars['Boolean']['output'];
  /** Confirm receiving a held visit's record (the enterprise). */
  confirm: Scalars['Boolean']['output'];
  /** Record or cancel a planned visit (the district, the city). */
  record: Scalars['Boolean']['output'];
};

/**
 * VisitWhereInput is used for filtering Visit objects.
 * Input was generated by ent.
 */
export type VisitWhereInput = {
  and?: InputMaybe<Array<VisitWhereInput>>;
  /** confirmed_at field predicates */
  confirmedAt?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtGT?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  confirmedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  confirmedAtLT?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  confirmedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  confirmedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** confirmed_by_id field predicates */
  confirmedByID?: InputMaybe<Scalars['ID']['input']>;
  confirmedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  confirmedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  confirmedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  confirmedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  confirmedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** confirmed_by edge predicates */
  hasConfirmedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasConfirmedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** findings edge predicates */
  hasFindings?: InputMaybe<Scalars['Boolean']['input']>;
  hasFindingsWith?: InputMaybe<Array<FindingWhereInput>>;
  /** photos edge predicates */
  hasPhotos?: InputMaybe<Scalars['Boolean']['input']>;
  hasPhotosWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** planned_by edge predicates */
  hasPlannedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasPlannedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** team edge predicates */
  hasTeam?: InputMaybe<Scalars['Boolean']['input']>;
  hasTeamWith?: InputMaybe<Array<UserWhereInput>>;
  /** held_on field predicates */
  heldOn?: InputMaybe<Scalars['Time']['input']>;
  heldOnGT?: InputMaybe<Scalars['Time']['input']>;
  heldOnGTE?: InputMaybe<Scalars['Time']['input']>;
  heldOnIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  heldOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  heldOnLT?: InputMaybe<Scalars['Time']['input']>;
  heldOnLTE?: InputMaybe<Scalars['Time']['input']>;
  heldOnNEQ?: InputMaybe<Scalars['Time']['input']>;
  heldOnNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  heldOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<VisitKind>;
  kindIn?: InputMaybe<Array<VisitKind>>;
  kindNEQ?: InputMaybe<VisitKind>;
  kindNotIn?: InputMaybe<Array<VisitKind>>;
  not?: InputMaybe<VisitWhereInput>;
  /** notes field predicates */
  notes?: InputMaybe<Scalars['String']['input']>;
  notesContains?: InputMaybe<Scalars['String']['input']>;
  notesContainsFold?: InputMaybe<Scalars['String']['input']>;
  notesEqualFold?: InputMaybe<Scalars['String']['input']>;
  notesGT?: InputMaybe<Scalars['String']['input']>;
  notesGTE?: InputMaybe<Scalars['String']['input']>;
  notesHasPrefix?: InputMaybe<Scalars['String']['input']>;
  notesHasSuffix?: InputMaybe<Scalars['String']['input']>;
  notesIn?: InputMaybe<Array<Scalars['String']['input']>>;
  notesLT?: InputMaybe<Scalars['String']['input']>;
  notesLTE?: InputMaybe<Scalars['String']['input']>;
  notesNEQ?: InputMaybe<Scalars['String']['input']>;
  notesNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  or?: InputMaybe<Array<VisitWhereInput>>;
  /** plan field predicates */
  plan?: InputMaybe<Scalars['String']['input']>;
  planContains?: InputMaybe<Scalars['String']['input']>;
  planContainsFold?: InputMaybe<Scalars['String']['input']>;
  planEqualFold?: InputMaybe<Scalars['String']['input']>;
  planGT?: InputMaybe<Scalars['String']['input']>;
  planGTE?: InputMaybe<Scalars['String']['input']>;
  planHasPrefix?: InputMaybe<Scalars['String']['input']>;
  planHasSuffix?: InputMaybe<Scalars['String']['input']>;
  planIn?: InputMaybe<Array<Scalars['String']['input']>>;
  planLT?: InputMaybe<Scalars['String']['input']>;
  planLTE?: InputMaybe<Scalars['String']['input']>;
  planNEQ?: InputMaybe<Scalars['String']['input']>;
  planNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** planned_by_id field predicates */
  plannedByID?: InputMaybe<Scalars['ID']['input']>;
  plannedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  plannedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  plannedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  plannedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  plannedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** scheduled_on field predicates */
  scheduledOn?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnGT?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnGTE?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  scheduledOnLT?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnLTE?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnNEQ?: InputMaybe<Scalars['Time']['input']>;
  scheduledOnNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** status field predicates */
  status?: InputMaybe<VisitStatus>;
  statusIn?: InputMaybe<Array<VisitStatus>>;
  statusNEQ?: InputMaybe<VisitStatus>;
  statusNotIn?: InputMaybe<Array<VisitStatus>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type Warning = Node & {
  __typename?: 'Warning';
  /** 确认时限: a notice is acknowledged in time when acknowledged within this many minutes of its push and before it takes effect */
  ackSLAMinutes: Scalars['Int']['output'];
  /**
   * Receipts and timeliness, computed by the database in two statements: of one round when round is given (1 to 1,000; a round the
   * warning has not had gives zeros), else of all its notices (each round's notice counts once).
   */
  board: WarningBoard;
  /** escalation: … and after this many minutes its enterprise is on the district's call list */
  callMinutes: Scalars['Int']['output'];
  content: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  districts?: Maybe<Array<District>>;
  effectiveFrom: Scalars['Time']['output'];
  effectiveTo?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  issuedBy?: Maybe<User>;
  issuedByID?: Maybe<Scalars['ID']['output']>;
  /** 黄/橙/红 → 响应 III/II/I */
  level: WarningLevel;
  measures?: Maybe<Array<GradeMeasure>>;
  notices: WarningNoticeConnection;
  publishedAt?: Maybe<Scalars['Time']['output']>;
  /** 上报时限: measures are reported in time within this many minutes after the notice takes effect */
  reportSLAMinutes: Scalars['Int']['output'];
  /** escalation: a notice not acknowledged this many minutes after its push is pushed again (in-app and channels) */
  repushMinutes: Scalars['Int']['output'];
  /** the current round (0: a draft never published) */
  round: Scalars['Int']['output'];
  /** every round so far, in order: publication, upgrades, downgrades, extensions, lifting */
  rounds?: Maybe<Array<WarningRound>>;
  status: WarningStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: WarningViewerCan;
  webhookDeliveries: WebhookDeliveryConnection;
};


export type WarningBoardArgs = {
  round?: InputMaybe<Scalars['Int']['input']>;
};


export type WarningNoticesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WarningNoticeOrder>;
  where?: InputMaybe<WarningNoticeWhereInput>;
};


export type WarningWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
  where?: InputMaybe<WebhookDeliveryWhereInput>;
};

/** A warning's live board: the figures overall and per district, grade and round, over the notices the viewer may read. */
export type WarningBoard = {
  __typename?: 'WarningBoard';
  byDistrict: Array<WarningDistrictFigures>;
  byGrade: Array<WarningGradeFigures>;
  byRound: Array<WarningRoundFigures>;
  figures: WarningFigures;
};

export type WarningChannel = Node & {
  __typename?: 'WarningChannel';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['Time']['output'];
  deliveries: WebhookDeliveryConnection;
  id: Scalars['ID']['output'];
  /** GENERIC: JSON signed with HMAC-SHA256; WECOM / DINGTALK: group-robot markdown messages */
  kind: WarningChannelKind;
  name: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  /** http(s) address the messages are POSTed to */
  url: Scalars['String']['output'];
};


export type WarningChannelDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
  where?: InputMaybe<WebhookDeliveryWhereInput>;
};

/** A connection to a list of items. */
export type WarningChannelConnection = {
  __typename?: 'WarningChannelConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WarningChannelEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WarningChannelEdge = {
  __typename?: 'WarningChannelEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WarningChannel>;
};

/** WarningChannelKind is enum for the field kind */
export type WarningChannelKind =
  | 'DINGTALK'
  | 'GENERIC'
  | 'WECOM';

/** Ordering options for WarningChannel connections */
export type WarningChannelOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WarningChannels. */
  field: WarningChannelOrderField;
};

/** Properties by which WarningChannel connections can be ordered. */
export type WarningChannelOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/**
 * WarningChannelWhereInput is used for filtering WarningChannel objects.
 * Input was generated by ent.
 */
export type WarningChannelWhereInput = {
  /** active field predicates */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  activeNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<WarningChannelWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** deliveries edge predicates */
  hasDeliveries?: InputMaybe<Scalars['Boolean']['input']>;
  hasDeliveriesWith?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<WarningChannelKind>;
  kindIn?: InputMaybe<Array<WarningChannelKind>>;
  kindNEQ?: InputMaybe<WarningChannelKind>;
  kindNotIn?: InputMaybe<Array<WarningChannelKind>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<WarningChannelWhereInput>;
  or?: InputMaybe<Array<WarningChannelWhereInput>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** url field predicates */
  url?: InputMaybe<Scalars['String']['input']>;
  urlContains?: InputMaybe<Scalars['String']['input']>;
  urlContainsFold?: InputMaybe<Scalars['String']['input']>;
  urlEqualFold?: InputMaybe<Scalars['String']['input']>;
  urlGT?: InputMaybe<Scalars['String']['input']>;
  urlGTE?: InputMaybe<Scalars['String']['input']>;
  urlHasPrefix?: InputMaybe<Scalars['String']['input']>;
  urlHasSuffix?: InputMaybe<Scalars['String']['input']>;
  urlIn?: InputMaybe<Array<Scalars['String']['input']>>;
  urlLT?: InputMaybe<Scalars['String']['input']>;
  urlLTE?: InputMaybe<Scalars['String']['input']>;
  urlNEQ?: InputMaybe<Scalars['String']['input']>;
  urlNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A connection to a list of items. */
export type WarningConnection = {
  __typename?: 'WarningConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WarningEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

export type WarningDistrictCount = {
  __typename?: 'WarningDistrictCount';
  count: Scalars['Int']['output'];
  districtID: Scalars['ID']['output'];
};

export type WarningDistrictFigures = {
  __typename?: 'WarningDistrictFigures';
  districtID: Scalars['ID']['output'];
  figures: WarningFigures;
};

/** An edge in a connection. */
export type WarningEdge = {
  __typename?: 'WarningEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Warning>;
};

/**
 * Receipts and timeliness of notices (counts of notices; rates in %).
 * acknowledgedInTime: acknowledgedAt ≤ min(pushedAt + ackSLAMinutes, effectiveAt) — pushedAt + ackSLAMinutes for a round already in effect when pushed (an immediate upgrade, a lifting).
 * reportedInTime: first report ≤ effectiveAt + reportSLAMinutes.
 * timelyResponseRate (及时响应率) = acknowledgedInTime ÷ targeted.
 */
export type WarningFigures = {
  __typename?: 'WarningFigures';
  acknowledged: Scalars['Int']['output'];
  acknowledgedInTime: Scalars['Int']['output'];
  /** Spot-checked (抽查) notices, and those that passed their latest check. */
  checked: Scalars['Int']['output'];
  checkedCompliant: Scalars['Int']['output'];
  delivered: Scalars['Int']['output'];
  deliveryRate: Scalars['Float']['output'];
  /** Median minutes from push to acknowledgement; null before any. */
  medianAckMinutes?: Maybe<Scalars['Float']['output']>;
  /** On the districts' call lists and still not acknowledged. */
  onCallList: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  reportRate: Scalars['Float']['output'];
  reported: Scalars['Int']['output'];
  reportedInTime: Scalars['Int']['output'];
  /** Notices that ask for a report (liftings do not). */
  reportsDue: Scalars['Int']['output'];
  /** Pushed again by the escalation ladder. */
  repushed: Scalars['Int']['output'];
  /** checkedCompliant ÷ checked, %. */
  spotCheckRate: Scalars['Float']['output'];
  targeted: Scalars['Int']['output'];
  timelyResponseRate: Scalars['Float']['output'];
  withEvidence: Scalars['Int']['output'];
};

export type WarningGradeCount = {
  __typename?: 'WarningGradeCount';
  count: Scalars['Int']['output'];
  /** A performance grade (EnterprisePerformanceGrade): the emission plan's, else the register's. */
  grade: Scalars['String']['output'];
};

export type WarningGradeFigures = {
  __typename?: 'WarningGradeFigures';
  figures: WarningFigures;
  grade: Scalars['String']['output'];
};

/** WarningLevel is enum for the field level */
export type WarningLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type WarningNotice = Node & {
  __typename?: 'WarningNotice';
  /** acknowledged in time when by then: min(pushed_at + the warning's ack SLA, effective_at) */
  ackDueAt?: Maybe<Scalars['Time']['output']>;
  /** acknowledged_at − pushed_at */
  ackLatencySeconds?: Maybe<Scalars['Int']['output']>;
  acknowledgedAt?: Maybe<Scalars['Time']['output']>;
  acknowledgedBy?: Maybe<User>;
  acknowledgedByID?: Maybe<Scalars['ID']['output']>;
  /** the district's calls to the enterprise (督促电话) */
  calls?: Maybe<Array<CallAttempt>>;
  /** the latest spot check's verdict */
  checkCompliant?: Maybe<Scalars['Boolean']['output']>;
  /** the spot checks' photos, taken by the district */
  checkPhotos?: Maybe<Array<Attachment>>;
  /** the latest spot check */
  checkedAt?: Maybe<Scalars['Time']['output']>;
  /** the district's spot checks (抽查) */
  checks?: Maybe<Array<SpotCheck>>;
  createdAt: Scalars['Time']['output'];
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  /** the enterprise's district when pushed (figures per district) */
  districtID?: Maybe<Scalars['Int']['output']>;
  /** when its round takes effect */
  effectiveAt?: Maybe<Scalars['Time']['output']>;
  enterprise: Enterprise;
  enterpriseID: Scalars['ID']['output'];
  /** on its district's call list since (callMinutes) */
  escalatedAt?: Maybe<Scalars['Time']['output']>;
  evidence?: Maybe<Array<Attachment>>;
  /** the first report with evidence */
  evidenceAt?: Maybe<Scalars['Time']['output']>;
  /** the enterprise's performance grade when pushed (绩效分级) */
  grade: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: WarningNoticeKind;
  /** the level in force after its round */
  level?: Maybe<WarningNoticeLevel>;
  /** what it must do: its plan's measures for the level, or its grade's */
  measures?: Maybe<Array<NoticeMeasure>>;
  /** the first report (措施落实上报) */
  measuresReportedAt?: Maybe<Scalars['Time']['output']>;
  pushedAt?: Maybe<Scalars['Time']['output']>;
  readAt?: Maybe<Scalars['Time']['output']>;
  /** the latest report's note */
  report: Scalars['String']['output'];
  reportCount: Scalars['Int']['output'];
  /** reported in time when by then: effective_at + the warning's report SLA */
  reportDueAt?: Maybe<Scalars['Time']['output']>;
  /** the latest report, one item per required measure */
  reportItems?: Maybe<Array<MeasureReport>>;
  /** the latest report (daily updates while active) */
  reportUpdatedAt?: Maybe<Scalars['Time']['output']>;
  /** pushed again, not acknowledged after the warning's repushMinutes */
  repushedAt?: Maybe<Scalars['Time']['output']>;
  /** the warning's round that pushed it */
  round: Scalars['Int']['output'];
  updatedAt: Scalars['Time']['output'];
  viewerCan: WarningNoticeViewerCan;
  warning: Warning;
  warningID: Scalars['ID']['output'];
};

/** A connection to a list of items. */
export type WarningNoticeConnection = {
  __typename?: 'WarningNoticeConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WarningNoticeEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WarningNoticeEdge = {
  __typename?: 'WarningNoticeEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WarningNotice>;
};

/** WarningNoticeKind is enum for the field kind */
export type WarningNoticeKind =
  | 'DOWNGRADE'
  | 'EXTEND'
  | 'LIFT'
  | 'PUBLISH'
  | 'UPGRADE';

/** WarningNoticeLevel is enum for the field level */
export type WarningNoticeLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

/** Ordering options for WarningNotice connections */
export type WarningNoticeOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WarningNotices. */
  field: WarningNoticeOrderField;
};

/** Properties by which WarningNotice connections can be ordered. */
export type WarningNoticeOrderField =
  | 'ACKNOWLEDGED_AT'
  | 'CREATED_AT'
  | 'PUSHED_AT'
  | 'UPDATED_AT';

/** What the viewer may do to this notice now. */
export type WarningNoticeViewerCan = {
  __typename?: 'WarningNoticeViewerCan';
  /** 确认收到: not yet acknowledged, the viewer is of its enterprise, and the warning not lifted (then only the lifting asks to be acknowledged). */
  acknowledge: Scalars['Boolean']['output'];
  /** 电话督促: not yet acknowledged, and the viewer administers its district (or the city). */
  call: Scalars['Boolean']['output'];
  /** 抽查: the viewer administers its district (or the city); not for a lifting. */
  check: Scalars['Boolean']['output'];
  /** 措施落实上报: acknowledged, of the warning's current round, the warning active, and the viewer is of its enterprise. */
  report: Scalars['Boolean']['output'];
};

/**
 * WarningNoticeWhereInput is used for filtering WarningNotice objects.
 * Input was generated by ent.
 */
export type WarningNoticeWhereInput = {
  /** ack_due_at field predicates */
  ackDueAt?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtGT?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  ackDueAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  ackDueAtLT?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  ackDueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  ackDueAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** ack_latency_seconds field predicates */
  ackLatencySeconds?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsGT?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsGTE?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  ackLatencySecondsIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  ackLatencySecondsLT?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsLTE?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsNEQ?: InputMaybe<Scalars['Int']['input']>;
  ackLatencySecondsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  ackLatencySecondsNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** acknowledged_at field predicates */
  acknowledgedAt?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtGT?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acknowledgedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  acknowledgedAtLT?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  acknowledgedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acknowledgedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** acknowledged_by_id field predicates */
  acknowledgedByID?: InputMaybe<Scalars['ID']['input']>;
  acknowledgedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  acknowledgedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  acknowledgedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  acknowledgedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  acknowledgedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<WarningNoticeWhereInput>>;
  /** check_compliant field predicates */
  checkCompliant?: InputMaybe<Scalars['Boolean']['input']>;
  checkCompliantIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  checkCompliantNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  checkCompliantNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** checked_at field predicates */
  checkedAt?: InputMaybe<Scalars['Time']['input']>;
  checkedAtGT?: InputMaybe<Scalars['Time']['input']>;
  checkedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  checkedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  checkedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  checkedAtLT?: InputMaybe<Scalars['Time']['input']>;
  checkedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  checkedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  checkedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  checkedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** delivered_at field predicates */
  deliveredAt?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtGT?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deliveredAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  deliveredAtLT?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deliveredAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['Int']['input']>;
  districtIDGT?: InputMaybe<Scalars['Int']['input']>;
  districtIDGTE?: InputMaybe<Scalars['Int']['input']>;
  districtIDIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  districtIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  districtIDLT?: InputMaybe<Scalars['Int']['input']>;
  districtIDLTE?: InputMaybe<Scalars['Int']['input']>;
  districtIDNEQ?: InputMaybe<Scalars['Int']['input']>;
  districtIDNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  districtIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** effective_at field predicates */
  effectiveAt?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtGT?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtGTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  effectiveAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  effectiveAtLT?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtLTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  effectiveAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  effectiveAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** enterprise_id field predicates */
  enterpriseID?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  enterpriseIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  enterpriseIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** escalated_at field predicates */
  escalatedAt?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  escalatedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  escalatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  escalatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  escalatedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** evidence_at field predicates */
  evidenceAt?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtGT?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtGTE?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  evidenceAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  evidenceAtLT?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtLTE?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  evidenceAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  evidenceAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** grade field predicates */
  grade?: InputMaybe<Scalars['String']['input']>;
  gradeContains?: InputMaybe<Scalars['String']['input']>;
  gradeContainsFold?: InputMaybe<Scalars['String']['input']>;
  gradeEqualFold?: InputMaybe<Scalars['String']['input']>;
  gradeGT?: InputMaybe<Scalars['String']['input']>;
  gradeGTE?: InputMaybe<Scalars['String']['input']>;
  gradeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  gradeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  gradeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  gradeLT?: InputMaybe<Scalars['String']['input']>;
  gradeLTE?: InputMaybe<Scalars['String']['input']>;
  gradeNEQ?: InputMaybe<Scalars['String']['input']>;
  gradeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** acknowledged_by edge predicates */
  hasAcknowledgedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasAcknowledgedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** check_photos edge predicates */
  hasCheckPhotos?: InputMaybe<Scalars['Boolean']['input']>;
  hasCheckPhotosWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** enterprise edge predicates */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  hasEnterpriseWith?: InputMaybe<Array<EnterpriseWhereInput>>;
  /** evidence edge predicates */
  hasEvidence?: InputMaybe<Scalars['Boolean']['input']>;
  hasEvidenceWith?: InputMaybe<Array<AttachmentWhereInput>>;
  /** warning edge predicates */
  hasWarning?: InputMaybe<Scalars['Boolean']['input']>;
  hasWarningWith?: InputMaybe<Array<WarningWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<WarningNoticeKind>;
  kindIn?: InputMaybe<Array<WarningNoticeKind>>;
  kindNEQ?: InputMaybe<WarningNoticeKind>;
  kindNotIn?: InputMaybe<Array<WarningNoticeKind>>;
  /** level field predicates */
  level?: InputMaybe<WarningNoticeLevel>;
  levelIn?: InputMaybe<Array<WarningNoticeLevel>>;
  levelIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  levelNEQ?: InputMaybe<WarningNoticeLevel>;
  levelNotIn?: InputMaybe<Array<WarningNoticeLevel>>;
  levelNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** measures_reported_at field predicates */
  measuresReportedAt?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtGT?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  measuresReportedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  measuresReportedAtLT?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  measuresReportedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  measuresReportedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<WarningNoticeWhereInput>;
  or?: InputMaybe<Array<WarningNoticeWhereInput>>;
  /** pushed_at field predicates */
  pushedAt?: InputMaybe<Scalars['Time']['input']>;
  pushedAtGT?: InputMaybe<Scalars['Time']['input']>;
  pushedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  pushedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  pushedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  pushedAtLT?: InputMaybe<Scalars['Time']['input']>;
  pushedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  pushedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  pushedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  pushedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** read_at field predicates */
  readAt?: InputMaybe<Scalars['Time']['input']>;
  readAtGT?: InputMaybe<Scalars['Time']['input']>;
  readAtGTE?: InputMaybe<Scalars['Time']['input']>;
  readAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  readAtLT?: InputMaybe<Scalars['Time']['input']>;
  readAtLTE?: InputMaybe<Scalars['Time']['input']>;
  readAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  readAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notices a figure of the board counts (see WarningReceipt). */
  receipt?: InputMaybe<WarningReceipt>;
  /** report field predicates */
  report?: InputMaybe<Scalars['String']['input']>;
  reportContains?: InputMaybe<Scalars['String']['input']>;
  reportContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** report_count field predicates */
  reportCount?: InputMaybe<Scalars['Int']['input']>;
  reportCountGT?: InputMaybe<Scalars['Int']['input']>;
  reportCountGTE?: InputMaybe<Scalars['Int']['input']>;
  reportCountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  reportCountLT?: InputMaybe<Scalars['Int']['input']>;
  reportCountLTE?: InputMaybe<Scalars['Int']['input']>;
  reportCountNEQ?: InputMaybe<Scalars['Int']['input']>;
  reportCountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** report_due_at field predicates */
  reportDueAt?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtGT?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reportDueAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reportDueAtLT?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  reportDueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reportDueAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  reportEqualFold?: InputMaybe<Scalars['String']['input']>;
  reportGT?: InputMaybe<Scalars['String']['input']>;
  reportGTE?: InputMaybe<Scalars['String']['input']>;
  reportHasPrefix?: InputMaybe<Scalars['String']['input']>;
  reportHasSuffix?: InputMaybe<Scalars['String']['input']>;
  reportIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reportLT?: InputMaybe<Scalars['String']['input']>;
  reportLTE?: InputMaybe<Scalars['String']['input']>;
  reportNEQ?: InputMaybe<Scalars['String']['input']>;
  reportNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** report_updated_at field predicates */
  reportUpdatedAt?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reportUpdatedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reportUpdatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  reportUpdatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reportUpdatedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** repushed_at field predicates */
  repushedAt?: InputMaybe<Scalars['Time']['input']>;
  repushedAtGT?: InputMaybe<Scalars['Time']['input']>;
  repushedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  repushedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  repushedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  repushedAtLT?: InputMaybe<Scalars['Time']['input']>;
  repushedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  repushedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  repushedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  repushedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** round field predicates */
  round?: InputMaybe<Scalars['Int']['input']>;
  roundGT?: InputMaybe<Scalars['Int']['input']>;
  roundGTE?: InputMaybe<Scalars['Int']['input']>;
  roundIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  roundLT?: InputMaybe<Scalars['Int']['input']>;
  roundLTE?: InputMaybe<Scalars['Int']['input']>;
  roundNEQ?: InputMaybe<Scalars['Int']['input']>;
  roundNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** warning_id field predicates */
  warningID?: InputMaybe<Scalars['ID']['input']>;
  warningIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  warningIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  warningIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for Warning connections */
export type WarningOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Warnings. */
  field: WarningOrderField;
};

/** Properties by which Warning connections can be ordered. */
export type WarningOrderField =
  | 'CREATED_AT'
  | 'EFFECTIVE_FROM'
  | 'LEVEL'
  | 'UPDATED_AT';

/**
 * A stage of a notice's response, as the board's figures count it: the receipts table filtered by one selects exactly the notices of that figure.
 * NOT_DELIVERED, NOT_READ, NOT_ACKNOWLEDGED are the complements; ACKNOWLEDGED_LATE = acknowledged after ackDueAt; NOT_REPORTED = a report is due (not a lifting) and none came; CHECK_FAILED = the latest spot check found it not compliant.
 */
export type WarningReceipt =
  | 'ACKNOWLEDGED'
  | 'ACKNOWLEDGED_IN_TIME'
  | 'ACKNOWLEDGED_LATE'
  | 'CHECKED'
  | 'CHECK_FAILED'
  | 'CHECK_PASSED'
  | 'DELIVERED'
  | 'NOT_ACKNOWLEDGED'
  | 'NOT_DELIVERED'
  | 'NOT_READ'
  | 'NOT_REPORTED'
  | 'ON_CALL_LIST'
  | 'READ'
  | 'REPORTED'
  | 'REPORTED_IN_TIME'
  | 'REPUSHED'
  | 'WITH_EVIDENCE';

/** The recipients a warning would reach: air-related (涉气), active enterprises of its districts. */
export type WarningRecipientPreview = {
  __typename?: 'WarningRecipientPreview';
  byDistrict: Array<WarningDistrictCount>;
  byGrade: Array<WarningGradeCount>;
  total: Scalars['Int']['output'];
};

/** One round of a warning: its publication, then each upgrade, downgrade, extension or lifting. */
export type WarningRound = {
  __typename?: 'WarningRound';
  content?: Maybe<Scalars['String']['output']>;
  /** When the round takes effect (for LIFT: when the warning ended). */
  effectiveFrom: Scalars['Time']['output'];
  effectiveTo?: Maybe<Scalars['Time']['output']>;
  /** PUBLISH, UPGRADE, DOWNGRADE, EXTEND or LIFT (see WarningNoticeKind). */
  kind: Scalars['String']['output'];
  /** The level in force after the round: YELLOW, ORANGE or RED (see WarningLevel). */
  level: Scalars['String']['output'];
  /** 1, 2, … */
  number: Scalars['Int']['output'];
  publishedAt: Scalars['Time']['output'];
  publishedByID?: Maybe<Scalars['ID']['output']>;
  /** Notices pushed in the round. */
  recipients: Scalars['Int']['output'];
};

export type WarningRoundFigures = {
  __typename?: 'WarningRoundFigures';
  figures: WarningFigures;
  round: Scalars['Int']['output'];
};

/** WarningStatus is enum for the field status */
export type WarningStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'LIFTED';

/** What the viewer may do to this warning now. */
export type WarningViewerCan = {
  __typename?: 'WarningViewerCan';
  /** Upgrade, downgrade, extend or lift the active warning. */
  adjust: Scalars['Boolean']['output'];
  /** Change the draft. */
  edit: Scalars['Boolean']['output'];
  /** Publish the draft to its recipients. */
  publish: Scalars['Boolean']['output'];
};

/**
 * WarningWhereInput is used for filtering Warning objects.
 * Input was generated by ent.
 */
export type WarningWhereInput = {
  /** ack_sla_minutes field predicates */
  ackSLAMinutes?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  ackSLAMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  ackSLAMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  and?: InputMaybe<Array<WarningWhereInput>>;
  /** call_minutes field predicates */
  callMinutes?: InputMaybe<Scalars['Int']['input']>;
  callMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  callMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  callMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  callMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  callMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  callMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  callMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** content field predicates */
  content?: InputMaybe<Scalars['String']['input']>;
  contentContains?: InputMaybe<Scalars['String']['input']>;
  contentContainsFold?: InputMaybe<Scalars['String']['input']>;
  contentEqualFold?: InputMaybe<Scalars['String']['input']>;
  contentGT?: InputMaybe<Scalars['String']['input']>;
  contentGTE?: InputMaybe<Scalars['String']['input']>;
  contentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contentLT?: InputMaybe<Scalars['String']['input']>;
  contentLTE?: InputMaybe<Scalars['String']['input']>;
  contentNEQ?: InputMaybe<Scalars['String']['input']>;
  contentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** effective_from field predicates */
  effectiveFrom?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromGT?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromGTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  effectiveFromLT?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromLTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromNEQ?: InputMaybe<Scalars['Time']['input']>;
  effectiveFromNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** effective_to field predicates */
  effectiveTo?: InputMaybe<Scalars['Time']['input']>;
  effectiveToGT?: InputMaybe<Scalars['Time']['input']>;
  effectiveToGTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveToIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  effectiveToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  effectiveToLT?: InputMaybe<Scalars['Time']['input']>;
  effectiveToLTE?: InputMaybe<Scalars['Time']['input']>;
  effectiveToNEQ?: InputMaybe<Scalars['Time']['input']>;
  effectiveToNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  effectiveToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** districts edge predicates */
  hasDistricts?: InputMaybe<Scalars['Boolean']['input']>;
  hasDistrictsWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** issued_by edge predicates */
  hasIssuedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasIssuedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** notices edge predicates */
  hasNotices?: InputMaybe<Scalars['Boolean']['input']>;
  hasNoticesWith?: InputMaybe<Array<WarningNoticeWhereInput>>;
  /** webhook_deliveries edge predicates */
  hasWebhookDeliveries?: InputMaybe<Scalars['Boolean']['input']>;
  hasWebhookDeliveriesWith?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issued_by_id field predicates */
  issuedByID?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  issuedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  issuedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** level field predicates */
  level?: InputMaybe<WarningLevel>;
  levelIn?: InputMaybe<Array<WarningLevel>>;
  levelNEQ?: InputMaybe<WarningLevel>;
  levelNotIn?: InputMaybe<Array<WarningLevel>>;
  not?: InputMaybe<WarningWhereInput>;
  or?: InputMaybe<Array<WarningWhereInput>>;
  /** published_at field predicates */
  publishedAt?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  publishedAtLT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** report_sla_minutes field predicates */
  reportSLAMinutes?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  reportSLAMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  reportSLAMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** repush_minutes field predicates */
  repushMinutes?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  repushMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  repushMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** round field predicates */
  round?: InputMaybe<Scalars['Int']['input']>;
  roundGT?: InputMaybe<Scalars['Int']['input']>;
  roundGTE?: InputMaybe<Scalars['Int']['input']>;
  roundIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  roundLT?: InputMaybe<Scalars['Int']['input']>;
  roundLTE?: InputMaybe<Scalars['Int']['input']>;
  roundNEQ?: InputMaybe<Scalars['Int']['input']>;
  roundNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** status field predicates */
  status?: InputMaybe<WarningStatus>;
  statusIn?: InputMaybe<Array<WarningStatus>>;
  statusNEQ?: InputMaybe<WarningStatus>;
  statusNotIn?: InputMaybe<Array<WarningStatus>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  channel: WarningChannel;
  channelID: Scalars['ID']['output'];
  createdAt: Scalars['Time']['output'];
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  log?: Maybe<Array<DeliveryAttempt>>;
  /** when the next attempt is due (a lease while one is in flight) */
  nextAttemptAt: Scalars['Time']['output'];
  round: Scalars['Int']['output'];
  /** FAILED: given up after the last retry; redeliverable by hand */
  status: WebhookDeliveryStatus;
  updatedAt: Scalars['Time']['output'];
  warning: Warning;
  warningID: Scalars['ID']['output'];
};

/** A connection to a list of items. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WebhookDeliveryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WebhookDelivery>;
};

/** Ordering options for WebhookDelivery connections */
export type WebhookDeliveryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WebhookDeliveries. */
  field: WebhookDeliveryOrderField;
};

/** Properties by which WebhookDelivery connections can be ordered. */
export type WebhookDeliveryOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** WebhookDeliveryStatus is enum for the field status */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/**
 * WebhookDeliveryWhereInput is used for filtering WebhookDelivery objects.
 * Input was generated by ent.
 */
export type WebhookDeliveryWhereInput = {
  and?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** attempts field predicates */
  attempts?: InputMaybe<Scalars['Int']['input']>;
  attemptsGT?: InputMaybe<Scalars['Int']['input']>;
  attemptsGTE?: InputMaybe<Scalars['Int']['input']>;
  attemptsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  attemptsLT?: InputMaybe<Scalars['Int']['input']>;
  attemptsLTE?: InputMaybe<Scalars['Int']['input']>;
  attemptsNEQ?: InputMaybe<Scalars['Int']['input']>;
  attemptsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** channel_id field predicates */
  channelID?: InputMaybe<Scalars['ID']['input']>;
  channelIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  channelIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  channelIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** delivered_at field predicates */
  deliveredAt?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtGT?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deliveredAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  deliveredAtLT?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  deliveredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deliveredAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** channel edge predicates */
  hasChannel?: InputMaybe<Scalars['Boolean']['input']>;
  hasChannelWith?: InputMaybe<Array<WarningChannelWhereInput>>;
  /** warning edge predicates */
  hasWarning?: InputMaybe<Scalars['Boolean']['input']>;
  hasWarningWith?: InputMaybe<Array<WarningWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** next_attempt_at field predicates */
  nextAttemptAt?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtGT?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtGTE?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  nextAttemptAtLT?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtLTE?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  nextAttemptAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  not?: InputMaybe<WebhookDeliveryWhereInput>;
  or?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** round field predicates */
  round?: InputMaybe<Scalars['Int']['input']>;
  roundGT?: InputMaybe<Scalars['Int']['input']>;
  roundGTE?: InputMaybe<Scalars['Int']['input']>;
  roundIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  roundLT?: InputMaybe<Scalars['Int']['input']>;
  roundLTE?: InputMaybe<Scalars['Int']['input']>;
  roundNEQ?: InputMaybe<Scalars['Int']['input']>;
  roundNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** status field predicates */
  status?: InputMaybe<WebhookDeliveryStatus>;
  statusIn?: InputMaybe<Array<WebhookDeliveryStatus>>;
  statusNEQ?: InputMaybe<WebhookDeliveryStatus>;
  statusNotIn?: InputMaybe<Array<WebhookDeliveryStatus>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** warning_id field predicates */
  warningID?: InputMaybe<Scalars['ID']['input']>;
  warningIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  warningIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  warningIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', role: UserRole, mustChangePassword: boolean, passwordRule: string, user: { __typename?: 'User', id: string, username: string, displayName: string, enterpriseID?: string | null }, enterprise?: { __typename?: 'Enterprise', id: string, name: string } | null, districts: Array<{ __typename?: 'District', id: string, code: string, nameZh: string, nameEn: string }>, can: { __typename?: 'ViewerCan', issueTask: boolean, createEnterprise: boolean, editChecklists: boolean, reviewFindings: boolean, readAuditTrail: boolean, publishWarning: boolean, manageWarningChannels: boolean, keepEmissionPlans: boolean, askQuestion: boolean, planVisit: boolean, scheduleTraining: boolean, managePartnerKeys: boolean, creatableRoles: Array<UserRole> } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, enterpriseID?: string | null } } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, title: string } };

export type UpdateEnterpriseContactsMutationVariables = Exact<{
  input: UpdateEnterpriseContactsInput;
}>;


export type UpdateEnterpriseContactsMutation = { __typename?: 'Mutation', updateEnterpriseContacts: { __typename?: 'EnterprisePayload', enterprise: { __typename?: 'Enterprise', id: string, contacts?: Array<{ __typename?: 'Contact', name: string, role?: string | null, phone?: string | null, email?: string | null }> | null } } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string, code: string, nameZh: string, nameEn: string } | null } | null> | null } };

export type EnterpriseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnterpriseQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise', id: string, name: string, creditCode: string, address: string, industryCode: string, industryName: string, permitTier: EnterprisePermitTier, performanceGrade: EnterprisePerformanceGrade, airRelated: boolean, keySupervised: boolean, vocUser: boolean, hazardousWaste: boolean, status: EnterpriseStatus, longitude?: number | null, latitude?: number | null, districtID: string, viewerCan: { __typename?: 'EnterpriseViewerCan', update: boolean, updateContacts: boolean, editRegistry: boolean }, district: { __typename?: 'District', nameZh: string, nameEn: string }, contacts?: Array<{ __typename?: 'Contact', name: string, role?: string | null, phone?: string | null, email?: string | null }> | null, permits: { __typename?: 'PermitConnection', edges?: Array<{ __typename?: 'PermitEdge', node?: { __typename?: 'Permit', id: string, number: string, tier: PermitTier, issuedOn: string, validUntil: string, status: PermitStatus, outlets?: Array<string> | null } | null } | null> | null }, eiaApprovals: { __typename?: 'EIAApprovalConnection', edges?: Array<{ __typename?: 'EIAApprovalEdge', node?: { __typename?: 'EIAApproval', id: string, projectName: string, documentNumber: string, reportType: EiaApprovalReportType, approvedOn: string, acceptanceOn?: string | null } | null } | null> | null }, facilities: { __typename?: 'FacilityConnection', edges?: Array<{ __typename?: 'FacilityEdge', node?: { __typename?: 'Facility', id: string, code: string, name: string, kind: FacilityKind, capacity?: number | null, capacityUnit: string, technology: string, status: FacilityStatus } | null } | null> | null }, findings: { __typename?: 'FindingConnection', totalCount: number, edges?: Array<{ __typename?: 'FindingEdge', node?: { __typename?: 'Finding', id: string, title: string, titleEn?: string | null, status: FindingStatus, open: boolean, severity: FindingSeverity, dueAt: string } | null } | null> | null }, visits: { __typename?: 'VisitConnection', totalCount: number, edges?: Array<{ __typename?: 'VisitEdge', node?: { __typename?: 'Visit', id: string, kind: VisitKind, status: VisitStatus, scheduledOn: string, heldOn?: string | null, confirmedAt?: string | null } | null } | null> | null } }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { __typename?: 'Mutation', createEnterprise: { __typename?: 'EnterprisePayload', enterprise: { __typename?: 'Enterprise', id: string } } };

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { __typename?: 'Mutation', updateEnterprise: { __typename?: 'EnterprisePayload', enterprise: { __typename?: 'Enterprise', id: string, name: string } } };

export type EnterprisesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<EnterpriseWhereInput>;
  orderBy?: InputMaybe<EnterpriseOrder>;
}>;


export type EnterprisesQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterpriseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'EnterpriseEdge', node?: { __typename?: 'Enterprise', id: string, name: string, creditCode: string, industryCode: string, industryName: string, permitTier: EnterprisePermitTier, performanceGrade: EnterprisePerformanceGrade, openFindings: number, overdueFindings: number, district: { __typename?: 'District', nameZh: string, nameEn: string } } | null } | null> | null } };

export type EnterpriseListTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnterpriseListTaskQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask', id: string, title: string }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type CreatePermitMutationVariables = Exact<{
  input: CreatePermitInput;
}>;


export type CreatePermitMutation = { __typename?: 'Mutation', createPermit: { __typename?: 'PermitPayload', permit: { __typename?: 'Permit', id: string } } };

export type CreateFacilityMutationVariables = Exact<{
  input: CreateFacilityInput;
}>;


export type CreateFacilityMutation = { __typename?: 'Mutation', createFacility: { __typename?: 'FacilityPayload', facility: { __typename?: 'Facility', id: string } } };

export type CreateEiaApprovalMutationVariables = Exact<{
  input: CreateEiaApprovalInput;
}>;


export type CreateEiaApprovalMutation = { __typename?: 'Mutation', createEIAApproval: { __typename?: 'EIAApprovalPayload', eiaApproval: { __typename?: 'EIAApproval', id: string } } };

export type UpdatePermitMutationVariables = Exact<{
  input: UpdatePermitInput;
}>;


export type UpdatePermitMutation = { __typename?: 'Mutation', updatePermit: { __typename?: 'PermitPayload', permit: { __typename?: 'Permit', id: string } } };

export type UpdateFacilityMutationVariables = Exact<{
  input: UpdateFacilityInput;
}>;


export type UpdateFacilityMutation = { __typename?: 'Mutation', updateFacility: { __typename?: 'FacilityPayload', facility: { __typename?: 'Facility', id: string } } };

export type UpdateEiaApprovalMutationVariables = Exact<{
  input: UpdateEiaApprovalInput;
}>;


export type UpdateEiaApprovalMutation = { __typename?: 'Mutation', updateEIAApproval: { __typename?: 'EIAApprovalPayload', eiaApproval: { __typename?: 'EIAApproval', id: string } } };

export type ImportRegistryMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  dryRun: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
}>;


export type ImportRegistryMutation = { __typename?: 'Mutation', importRegistry: { __typename?: 'RegistryImport', dryRun: boolean, applied: boolean, problemCount: number, exampleRow?: number | null, enterprises: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, unchanged: number }, permits: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, unchanged: number }, facilities: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, unchanged: number }, eiaApprovals: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, unchanged: number }, users: { __typename?: 'ImportCounts', rows: number, created: number, updated: number, unchanged: number }, problems: Array<{ __typename?: 'ImportProblem', sheet: string, row: number, column: string, message: string }> } };

export type ImportProgressSubscriptionVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type ImportProgressSubscription = { __typename?: 'Subscription', importProgress: number };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<UserWhereInput>;
  orderBy?: InputMaybe<UserOrder>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'UserEdge', node?: { __typename?: 'User', id: string, username: string, displayName: string, phone: string, role: UserRole, active: boolean, mustChangePassword: boolean, lastLoginAt?: string | null, enterprise?: { __typename?: 'Enterprise', id: string, name: string } | null, districts?: Array<{ __typename?: 'District', id: string, nameZh: string, nameEn: string }> | null, viewerCan: { __typename?: 'UserViewerCan', manage: boolean } } | null } | null> | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string } } };

export type DeactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, active: boolean } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'ResetUserPasswordPayload', temporaryPassword: string } };

export type EnterpriseSearchQueryVariables = Exact<{
  q: Scalars['String']['input'];
}>;


export type EnterpriseSearchQuery = { __typename?: 'Query', enterprises: { __typename?: 'EnterpriseConnection', edges?: Array<{ __typename?: 'EnterpriseEdge', node?: { __typename?: 'Enterprise', id: string, name: string } | null } | null> | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type AskSubjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AskSubjectQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem', id: string, code: string, questionZh: string, questionEn: string }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding', id: string, title: string, titleEn?: string | null }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice', id: string, warning: { __typename?: 'Warning', id: string, title: string } }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { __typename?: 'Mutation', askQuestion: { __typename?: 'Question', id: string } };

export type MyQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQuestionsQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', totalCount: number, edges?: Array<{ __typename?: 'QuestionEdge', node?: { __typename?: 'Question', id: string, title: string, status: QuestionStatus, createdAt: string, updatedAt: string, confirmedAt?: string | null, viewerCan: { __typename?: 'QuestionViewerCan', confirm: boolean } } | null } | null> | null } };

export type AnyQuestionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AnyQuestionChangedSubscription = { __typename?: 'Subscription', questionChanged: { __typename?: 'Question', id: string, status: QuestionStatus, updatedAt: string } };

export type FaqSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  where?: InputMaybe<FaqEntryWhereInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FaqSearchQuery = { __typename?: 'Query', faqSearch: { __typename?: 'FAQEntryConnection', totalCount: number, edges?: Array<{ __typename?: 'FAQEntryEdge', node?: { __typename?: 'FAQEntry', id: string, title: string, body: string, answer: string, item?: { __typename?: 'ChecklistItem', id: string, code: string } | null } | null } | null> | null } };

export type QuestionThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionThreadQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question', id: string, title: string, body: string, status: QuestionStatus, createdAt: string, firstAnsweredAt?: string | null, resolvedAt?: string | null, confirmedAt?: string | null, escalatedAt?: string | null, faqPublished: boolean, district: { __typename?: 'District', id: string, nameZh: string, nameEn: string }, enterprise: { __typename?: 'Enterprise', id: string, name: string }, item?: { __typename?: 'ChecklistItem', id: string, code: string, questionZh: string, questionEn: string } | null, finding?: { __typename?: 'Finding', id: string, title: string, titleEn?: string | null } | null, notice?: { __typename?: 'WarningNotice', id: string, warning: { __typename?: 'Warning', id: string, title: string } } | null, attachments?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null, viewerCan: { __typename?: 'QuestionViewerCan', answer: boolean, reply: boolean, resolve: boolean, confirm: boolean, publishFAQ: boolean }, replies: { __typename?: 'ReplyConnection', edges?: Array<{ __typename?: 'ReplyEdge', node?: { __typename?: 'Reply', id: string, body: string, createdAt: string, authorRole: ReplyAuthorRole, fromAsker: boolean, expert?: { __typename?: 'Expert', id: string, name: string, organization: string, title: string } | null, attachments?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null } | null } | null> | null } }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type QuestionChangedSubscriptionVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QuestionChangedSubscription = { __typename?: 'Subscription', questionChanged: { __typename?: 'Question', id: string, status: QuestionStatus, updatedAt: string } };

export type ReplyToQuestionMutationVariables = Exact<{
  input: ReplyToQuestionInput;
}>;


export type ReplyToQuestionMutation = { __typename?: 'Mutation', replyToQuestion: { __typename?: 'Reply', id: string } };

export type ResolveQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveQuestionMutation = { __typename?: 'Mutation', resolveQuestion: { __typename?: 'Question', id: string, status: QuestionStatus, resolvedAt?: string | null } };

export type ConfirmQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmQuestionMutation = { __typename?: 'Mutation', confirmQuestion: { __typename?: 'Question', id: string, status: QuestionStatus, confirmedAt?: string | null } };

export type FaqDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FaqDraftQuery = { __typename?: 'Query', faqDraft: { __typename?: 'FAQDraft', title: string, body: string, answer: string } };

export type PublishFaqMutationVariables = Exact<{
  input: PublishFaqInput;
}>;


export type PublishFaqMutation = { __typename?: 'Mutation', publishFAQ: { __typename?: 'FAQEntry', id: string, title: string } };

export type QuestionQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<QuestionWhereInput>;
  orderBy?: InputMaybe<QuestionOrder>;
}>;


export type QuestionQueueQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'QuestionEdge', node?: { __typename?: 'Question', id: string, title: string, status: QuestionStatus, createdAt: string, updatedAt: string, firstAnsweredAt?: string | null, escalatedAt?: string | null, enterprise: { __typename?: 'Enterprise', id: string, name: string }, district: { __typename?: 'District', id: string, nameZh: string, nameEn: string } } | null } | null> | null } };

export type QueueQuestionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueQuestionChangedSubscription = { __typename?: 'Subscription', questionChanged: { __typename?: 'Question', id: string, status: QuestionStatus, updatedAt: string } };

export type QuestionFiguresQueryVariables = Exact<{
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
}>;


export type QuestionFiguresQuery = { __typename?: 'Query', questionFigures: { __typename?: 'QuestionFigures', total: { __typename?: 'QuestionResponse', asked: number, answered: number, open: number, escalated: number, medianMinutes?: number | null, p90Minutes?: number | null }, byDistrict: Array<{ __typename?: 'DistrictQuestionResponse', district: { __typename?: 'District', id: string, nameZh: string, nameEn: string }, response: { __typename?: 'QuestionResponse', asked: number, answered: number, open: number, medianMinutes?: number | null, p90Minutes?: number | null } }>, byAnswerer: Array<{ __typename?: 'AnswererQuestionResponse', user?: { __typename?: 'User', id: string, displayName: string } | null, response: { __typename?: 'QuestionResponse', answered: number, medianMinutes?: number | null, p90Minutes?: number | null } }> } };

export type ExportListMutationVariables = Exact<{
  input: ExportListInput;
}>;


export type ExportListMutation = { __typename?: 'Mutation', exportList: { __typename?: 'ExportJob', id: string, status: ExportJobStatus, rows: number, total: number, url?: string | null } };

export type ExportReportMutationVariables = Exact<{
  input: ReportInput;
  format: ExportJobFormat;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportReportMutation = { __typename?: 'Mutation', exportReport: { __typename?: 'ExportJob', id: string, status: ExportJobStatus, rows: number, total: number, url?: string | null } };

export type ExportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportJobsQuery = { __typename?: 'Query', exportJobs: { __typename?: 'ExportJobConnection', totalCount: number, edges?: Array<{ __typename?: 'ExportJobEdge', node?: { __typename?: 'ExportJob', id: string, list: ExportJobList, format: ExportJobFormat, status: ExportJobStatus, progress: number, rows: number, total: number, fileName: string, url?: string | null, error?: string | null, createdAt: string, expiresAt: string } | null } | null> | null } };

export type ExportJobUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportJobUpdatedSubscription = { __typename?: 'Subscription', exportJobUpdated: { __typename?: 'ExportJob', id: string, status: ExportJobStatus, progress: number, rows: number, total: number, url?: string | null, error?: string | null } };

export type UploadFilesMutationVariables = Exact<{
  input: UploadFilesInput;
}>;


export type UploadFilesMutation = { __typename?: 'Mutation', uploadFiles: { __typename?: 'UploadFilesPayload', attachments: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, url: string, takenAt?: string | null }> } };

export type EnterpriseHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseHomeQuery = { __typename?: 'Query', selfChecks: { __typename?: 'SelfCheckConnection', edges?: Array<{ __typename?: 'SelfCheckEdge', node?: { __typename?: 'SelfCheck', id: string, status: SelfCheckStatus, applicableCount: number, answeredCount: number, task: { __typename?: 'InspectionTask', id: string, title: string, dueAt: string } } | null } | null> | null }, findings: { __typename?: 'FindingConnection', totalCount: number, edges?: Array<{ __typename?: 'FindingEdge', node?: { __typename?: 'Finding', id: string, title: string, titleEn?: string | null, status: FindingStatus, severity: FindingSeverity, dueAt: string, overdue: boolean } | null } | null> | null }, notifications: { __typename?: 'NotificationConnection', totalCount: number, edges?: Array<{ __typename?: 'NotificationEdge', node?: { __typename?: 'Notification', id: string, title: string, createdAt: string } | null } | null> | null } };

export type LegalInstrumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalInstrumentsQuery = { __typename?: 'Query', legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, number?: string | null, kind: LegalInstrumentKind, articles: Array<{ __typename?: 'LegalArticle', article: string, items: Array<{ __typename?: 'ChecklistItem', id: string }> }> }> };

export type LegalInstrumentQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type LegalInstrumentQuery = { __typename?: 'Query', legalInstrument: { __typename?: 'LegalInstrument', code: string, name: string, number?: string | null, kind: LegalInstrumentKind, officialSource?: { __typename?: 'LegalSource', name: string, url: string } | null, articles: Array<{ __typename?: 'LegalArticle', article: string, citation: string, items: Array<{ __typename?: 'ChecklistItem', id: string, code: string, questionZh: string, questionEn: string }> }> } };

export type NotificationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unread: { __typename?: 'NotificationConnection', edges?: Array<{ __typename?: 'NotificationEdge', node?: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, link: string, createdAt: string, readAt?: string | null } | null } | null> | null }, read: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'NotificationEdge', node?: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, link: string, createdAt: string, readAt?: string | null } | null } | null> | null } };

export type MarkReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, readAt?: string | null } };

export type MarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<ApiKeyWhereInput>;
  orderBy?: InputMaybe<ApiKeyOrder>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'APIKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'APIKeyEdge', node?: { __typename?: 'APIKey', id: string, name: string, prefix: string, scopes: Array<PartnerScope>, budget: number, refillPerSecond: number, persistedOnly: boolean, expiresAt?: string | null, lastUsedAt?: string | null, createdAt: string, previousValidUntil?: string | null, status: ApiKeyStatus, districts?: Array<{ __typename?: 'District', id: string, nameZh: string, nameEn: string }> | null, viewerCan: { __typename?: 'APIKeyViewerCan', change: boolean, rotate: boolean } } | null } | null> | null } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createAPIKey: { __typename?: 'APIKeySecret', secret: string, apiKey: { __typename?: 'APIKey', id: string, name: string } } };

export type UpdateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateApiKeyInput;
}>;


export type UpdateApiKeyMutation = { __typename?: 'Mutation', updateAPIKey: { __typename?: 'APIKey', id: string, name: string } };

export type RotateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  overlapMinutes: Scalars['Int']['input'];
}>;


export type RotateApiKeyMutation = { __typename?: 'Mutation', rotateAPIKey: { __typename?: 'APIKeySecret', secret: string, apiKey: { __typename?: 'APIKey', id: string, name: string, previousValidUntil?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeAPIKey: { __typename?: 'APIKey', id: string, status: ApiKeyStatus } };

export type ApiKeyBoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyBoundsQuery = { __typename?: 'Query', apiKeyBounds: { __typename?: 'APIKeyBounds', budget: { __typename?: 'IntBounds', min: number, max: number, default: number }, refillPerSecond: { __typename?: 'IntBounds', min: number, max: number, default: number }, overlapMinutes: { __typename?: 'IntBounds', min: number, max: number, default: number } }, districts: { __typename?: 'DistrictConnection', totalCount: number } };

export type ApiKeyUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeyUsageQuery = { __typename?: 'Query', apiKeyUsage: Array<{ __typename?: 'APIKeyUsageDay', day: string, requests: number, cost: number, refused: number }>, node?:
    | { __typename?: 'APIKey', id: string, persistedQueries?: Array<{ __typename?: 'PersistedQuery', id: string, name: string, sha256: string, query: string, createdAt: string }> | null }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type RegisterPersistedQueryMutationVariables = Exact<{
  apiKeyId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterPersistedQueryMutation = { __typename?: 'Mutation', registerPersistedQuery: { __typename?: 'PersistedQuery', id: string, sha256: string } };

export type UnregisterPersistedQueryMutationVariables = Exact<{
  apiKeyId: Scalars['ID']['input'];
  sha256: Scalars['String']['input'];
}>;


export type UnregisterPersistedQueryMutation = { __typename?: 'Mutation', unregisterPersistedQuery: string };

export type ProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProfileQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise', id: string, name: string, creditCode: string, address: string, industryCode: string, industryName: string, permitTier: EnterprisePermitTier, performanceGrade: EnterprisePerformanceGrade, district: { __typename?: 'District', nameZh: string, nameEn: string }, contacts?: Array<{ __typename?: 'Contact', name: string, role?: string | null, phone?: string | null, email?: string | null }> | null, viewerCan: { __typename?: 'EnterpriseViewerCan', updateContacts: boolean }, permits: { __typename?: 'PermitConnection', edges?: Array<{ __typename?: 'PermitEdge', node?: { __typename?: 'Permit', id: string, number: string, tier: PermitTier, validUntil: string, status: PermitStatus, outlets?: Array<string> | null } | null } | null> | null }, eiaApprovals: { __typename?: 'EIAApprovalConnection', edges?: Array<{ __typename?: 'EIAApprovalEdge', node?: { __typename?: 'EIAApproval', id: string, projectName: string, documentNumber: string, approvedOn: string, acceptanceOn?: string | null } | null } | null> | null }, facilities: { __typename?: 'FacilityConnection', edges?: Array<{ __typename?: 'FacilityEdge', node?: { __typename?: 'Facility', id: string, code: string, name: string, kind: FacilityKind, technology: string } | null } | null> | null } }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type FindingAuditTrailQueryVariables = Exact<{
  subjectID: Scalars['Int']['input'];
}>;


export type FindingAuditTrailQuery = { __typename?: 'Query', auditEntries: { __typename?: 'AuditEntryConnection', edges?: Array<{ __typename?: 'AuditEntryEdge', node?: { __typename?: 'AuditEntry', id: string, createdAt: string, actorName: string, action: string, fromValue: string, toValue: string, comment: string } | null } | null> | null } };

export type DistrictExpertsQueryVariables = Exact<{
  districtID: Scalars['ID']['input'];
}>;


export type DistrictExpertsQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges?: Array<{ __typename?: 'UserEdge', node?: { __typename?: 'User', id: string, displayName: string, username: string } | null } | null> | null } };

export type DelegateReviewMutationVariables = Exact<{
  findingID: Scalars['ID']['input'];
  expertID?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DelegateReviewMutation = { __typename?: 'Mutation', delegateReview: { __typename?: 'Finding', id: string, delegate?: { __typename?: 'User', id: string, displayName: string } | null } };

export type RequestExtensionMutationVariables = Exact<{
  input: RequestExtensionInput;
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', requestExtension: { __typename?: 'ExtensionPayload', request: { __typename?: 'ExtensionRequest', id: string, status: ExtensionRequestStatus }, finding: { __typename?: 'Finding', id: string, dueAt: string } } };

export type DecideExtensionMutationVariables = Exact<{
  input: DecideExtensionInput;
}>;


export type DecideExtensionMutation = { __typename?: 'Mutation', decideExtension: { __typename?: 'ExtensionPayload', request: { __typename?: 'ExtensionRequest', id: string, status: ExtensionRequestStatus, answer: string }, finding: { __typename?: 'Finding', id: string, dueAt: string, overdue: boolean } } };

export type SubmitRectificationMutationVariables = Exact<{
  input: SubmitRectificationInput;
}>;


export type SubmitRectificationMutation = { __typename?: 'Mutation', submitRectification: { __typename?: 'RectificationPayload', rectification: { __typename?: 'Rectification', id: string, decision: RectificationDecision }, finding: { __typename?: 'Finding', id: string, status: FindingStatus, open: boolean, viewerCan: { __typename?: 'FindingViewerCan', submitRectification: boolean, requestExtension: boolean, review: boolean, delegate: boolean } } } };

export type ReviewRectificationMutationVariables = Exact<{
  input: ReviewRectificationInput;
}>;


export type ReviewRectificationMutation = { __typename?: 'Mutation', reviewRectification: { __typename?: 'RectificationPayload', rectification: { __typename?: 'Rectification', id: string, decision: RectificationDecision, reason: string }, finding: { __typename?: 'Finding', id: string, status: FindingStatus, open: boolean, dueAt: string, closedAt?: string | null, viewerCan: { __typename?: 'FindingViewerCan', submitRectification: boolean, requestExtension: boolean, review: boolean, delegate: boolean } } } };

export type FindingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FindingQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding', id: string, title: string, titleEn?: string | null, description: string, descriptionEn?: string | null, status: FindingStatus, open: boolean, severity: FindingSeverity, source: FindingSource, dueAt: string, closedAt?: string | null, createdAt: string, guidanceZh?: Array<string> | null, guidanceEn?: Array<string> | null, visit?: { __typename?: 'Visit', id: string, kind: VisitKind, heldOn?: string | null } | null, viewerCan: { __typename?: 'FindingViewerCan', submitRectification: boolean, requestExtension: boolean, review: boolean, delegate: boolean }, legalBasis?: Array<{ __typename?: 'LegalRef', instrument: string, article?: string | null, citation: string, confidence?: string | null }> | null, enterprise: { __typename?: 'Enterprise', id: string, name: string, district: { __typename?: 'District', id: string, nameZh: string, nameEn: string } }, delegate?: { __typename?: 'User', id: string, displayName: string } | null, item?: { __typename?: 'ChecklistItem', code: string } | null, answer?: { __typename?: 'Answer', id: string, valueText: string, note: string, answeredAt: string, attachments?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null } | null, rectifications: { __typename?: 'RectificationConnection', edges?: Array<{ __typename?: 'RectificationEdge', node?: { __typename?: 'Rectification', id: string, measures: string, decision: RectificationDecision, reason: string, submittedAt: string, reviewedAt?: string | null, evidence?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null } | null } | null> | null }, extensionRequests: { __typename?: 'ExtensionRequestConnection', edges?: Array<{ __typename?: 'ExtensionRequestEdge', node?: { __typename?: 'ExtensionRequest', id: string, reason: string, status: ExtensionRequestStatus, answer: string, requestedDueAt: string, previousDueAt: string, createdAt: string, viewerCan: { __typename?: 'ExtensionRequestViewerCan', decide: boolean } } | null } | null> | null } }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type FindingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<FindingWhereInput>;
  orderBy?: InputMaybe<FindingOrder>;
}>;


export type FindingsQuery = { __typename?: 'Query', findings: { __typename?: 'FindingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'FindingEdge', node?: { __typename?: 'Finding', id: string, title: string, titleEn?: string | null, status: FindingStatus, open: boolean, severity: FindingSeverity, dueAt: string, closedAt?: string | null, createdAt: string, overdue: boolean, enterprise: { __typename?: 'Enterprise', id: string, name: string, district: { __typename?: 'District', nameZh: string, nameEn: string } } } | null } | null> | null } };

export type FindingListScopeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FindingListScopeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey', id: string }
    | { __typename?: 'Answer', id: string }
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Attendance', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'ChecklistItem', id: string }
    | { __typename?: 'ChecklistTemplate', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'EIAApproval', id: string }
    | { __typename?: 'EmissionPlan', id: string }
    | { __typename?: 'Enterprise', name: string, id: string }
    | { __typename?: 'Expert', id: string }
    | { __typename?: 'ExportJob', id: string }
    | { __typename?: 'ExtensionRequest', id: string }
    | { __typename?: 'FAQEntry', id: string }
    | { __typename?: 'Facility', id: string }
    | { __typename?: 'Finding', id: string }
    | { __typename?: 'InspectionTask', title: string, id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Permit', id: string }
    | { __typename?: 'PersistedQuery', id: string }
    | { __typename?: 'Question', id: string }
    | { __typename?: 'Rectification', id: string }
    | { __typename?: 'Reply', id: string }
    | { __typename?: 'SavedReport', id: string }
    | { __typename?: 'SelfCheck', id: string }
    | { __typename?: 'Training', id: string }
    | { __typename?: 'TrainingMaterial', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Visit', id: string }
    | { __typename?: 'Warning', id: string }
    | { __typename?: 'WarningChannel', id: string }
    | { __typename?: 'WarningNotice', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type FindingLifecycleQueryVariables = Exact<{ [key: string]: never; }>;


export type FindingLifecycleQuery = { __typename?: 'Query', findingLifecycle: { __typename?: 'FindingLifecycle', statuses: Array<{ __typename?: 'FindingStatusInfo', status: FindingStatus }> } };

export type OpenFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenFindingsQuery = { __typename?: 'Query', findings: { __typename?: 'FindingConnection', totalCount: number, edges?: Array<{ __typename?: 'FindingEdge', node?: { __typename?: 'Finding', id: string, title: string, titleEn?: string | null, status: FindingStatus, severity: FindingSeverity, dueAt: string } | null } | null> | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', enterprises: number, findings: number, closedFindings: number, openFindings: number, overdueFindings: number, rectificationRate: number, warningNotices: number, acknowledgedInTime: number, warningResponseRate: number, byDistrict: Array<{ __typename?: 'DistrictFigures', enterprises: number, findings: number, closedFindings: number, rectificationRate: number, district: { __typename?: 'District', id: string, code: string, nameZh: string, nameEn: string } }>, byCategory: Array<{ __typename?: 'CategoryFigures', category: ChecklistItemCategory, findings: number, closedFindings: number }> } };

export type DashboardTrendQueryVariables = Exact<{
  industries: Scalars['Boolean']['input'];
}>;


export type DashboardTrendQuery = { __typename?: 'Query', findingTrend: Array<{ __typename?: 'MonthFigures', month: string, found: number, closed: number }>, findingsByIndustry?: Array<{ __typename?: 'IndustryFigures', code: string, name: string, enterprises: number, findings: number, openFindings: number }> };

export type DashboardReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardReportsQuery = { __typename?: 'Query', dashboardReports: Array<{ __typename?: 'SavedReport', id: string, name: string, chart: SavedReportChart, input: string, figures: { __typename?: 'Report', cube: ReportCube, granularity?: ReportGranularity | null, totalRows: number, measures: Array<{ __typename?: 'ReportMeasureInfo', label: string, unit: ReportUnit }>, dimensions: Array<{ __typename?: 'ReportDimensionInfo', label: string }>, rows: Array<{ __typename?: 'ReportRow', period?: string | null, periodLabel?: string | null, values: Array<number | null>, previous?: Array<number | null> | null, dimensions: Array<{ __typename?: 'ReportValue', value: string, label: string }> }> } }> };

export type ReportSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSchemaQuery = { __typename?: 'Query', reportSchema: Array<{ __typename?: 'ReportCubeInfo', cube: ReportCube, label: string, measures: Array<{ __typename?: 'ReportMeasureInfo', measure: ReportMeasure, unit: ReportUnit, label: string }>, dimensions: Array<{ __typename?: 'ReportDimensionInfo', dimension: ReportDimension, label: string }>, timeFields: Array<{ __typename?: 'ReportTimeFieldInfo', field: ReportTimeField, label: string }> }> };

export type RunReportQueryVariables = Exact<{
  input: ReportInput;
}>;


export type RunReportQuery = { __typename?: 'Query', report: { __typename?: 'Report', cube: ReportCube, totalRows: number, fromSummaries: boolean, periodsFilled: boolean, granularity?: ReportGranularity | null, measures: Array<{ __typename?: 'ReportMeasureInfo', measure: ReportMeasure, unit: ReportUnit, label: string }>, dimensions: Array<{ __typename?: 'ReportDimensionInfo', dimension: ReportDimension, label: string }>, rows: Array<{ __typename?: 'ReportRow', period?: string | null, periodLabel?: string | null, values: Array<number | null>, previous?: Array<number | null> | null, change?: Array<number | null> | null, dimensions: Array<{ __typename?: 'ReportValue', value: string, label: string }> }> } };

export type ReportValuesQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ReportValuesQuery = { __typename?: 'Query', report: { __typename?: 'Report', rows: Array<{ __typename?: 'ReportRow', dimensions: Array<{ __typename?: 'ReportValue', value: string, label: string }> }> } };

export type SavedReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedReportsQuery = { __typename?: 'Query', savedReports: { __typename?: 'SavedReportConnection', edges?: Array<{ __typename?: 'SavedReportEdge', node?: { __typename?: 'SavedReport', id: string, name: string, input: string, chart: SavedReportChart, shared: boolean, pinned: boolean, viewerCan: { __typename?: 'SavedReportViewerCan', change: boolean } } | null } | null> | null } };

export type SaveReportMutationVariables = Exact<{
  input: SaveReportInput;
}>;


export type SaveReportMutation = { __typename?: 'Mutation', saveReport: { __typename?: 'SavedReport', id: string, name: string, input: string, chart: SavedReportChart, shared: boolean, pinned: boolean, viewerCan: { __typename?: 'SavedReportViewerCan', change: boolean } } };

export type DeleteSavedReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedReportMutation = { __typename?: 'Mutation', deleteSavedReport: string };

export type SelfChecksQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type SelfChecksQuery = { __typename?: 'Query', selfChecks: { __typename?: 'SelfCheckConnection', totalCount: number, edges?: Array<{ __typename?: 'SelfCheckEdge', node?: { __typename?: 'SelfCheck', id: string, status: SelfCheckStatus, applicableCount: number, answeredCount: number, submittedAt?: string | null, task: { __typename?: 'InspectionTask', id: string, title: string, dueAt: string } } | null } | null> | null } };

export type SelfCheckQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfCheckQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck', id: string, status: SelfCheckStatus, applicableCount: number, answeredCount: number, progress: number, viewerCan: { __typename?: 'SelfCheckViewerCan', answer: boolean, submit: boolean }, task: { __typename?: 'InspectionTask', id: string, title: string, dueAt: string }, applicableItems: Array<{ __typename?: 'ChecklistItem', id: string, code: string, category: ChecklistItemCategory, questionZh: string, questionEn: string, answerType: ChecklistItemAnswerType, defaultDeadlineDays: number, severity: ChecklistItemSeverity, findingLabelZh: string, findingLabelEn: string, guidanceZh?: Array<string> | null, guidanceEn?: Array<string> | null, compliance: { __typename?: 'ComplianceRule', choices?: Array<string> | null, min?: number | null, max?: number | null, withinMonths?: number | null, aheadDays?: number | null }, legalRefs?: Array<{ __typename?: 'LegalRef', instrument: string, article?: string | null, citation: string, confidence?: string | null }> | null }>, answers: { __typename?: 'AnswerConnection', edges?: Array<{ __typename?: 'AnswerEdge', node?: { __typename?: 'Answer', id: string, value: string, valueText: string, note: string, compliant?: boolean | null, item: { __typename?: 'ChecklistItem', id: string }, attachments?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null } | null } | null> | null } }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type SubmitSelfCheckMutationVariables = Exact<{
  input: SubmitSelfCheckInput;
}>;


export type SubmitSelfCheckMutation = { __typename?: 'Mutation', submitSelfCheck: { __typename?: 'SubmitSelfCheckPayload', selfCheck: { __typename?: 'SelfCheck', id: string, status: SelfCheckStatus }, findings: Array<{ __typename?: 'Finding', id: string }> } };

export type InspectionTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionTaskQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask', id: string, title: string, description: string, status: InspectionTaskStatus, issuedAt: string, dueAt: string, closedAt?: string | null, viewerCan: { __typename?: 'InspectionTaskViewerCan', extend: boolean, close: boolean }, template: { __typename?: 'ChecklistTemplate', name: string, version: number }, issuedBy?: { __typename?: 'User', displayName: string } | null }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null, taskProgress: { __typename?: 'TaskProgress', total: number, notStarted: number, inProgress: number, submitted: number, submittedShare: number, byDistrict: Array<{ __typename?: 'DistrictTaskProgress', total: number, notStarted: number, inProgress: number, submitted: number, submittedShare: number, district: { __typename?: 'District', id: string, nameZh: string, nameEn: string } }> }, rectificationFigures: { __typename?: 'RectificationFigures', findings: number, closedFindings: number, openFindings: number, overdueFindings: number, rectificationRate: number, onTimeRate: number, meanDaysToClose?: number | null } };

export type ExtendInspectionTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dueAt: Scalars['Time']['input'];
}>;


export type ExtendInspectionTaskMutation = { __typename?: 'Mutation', extendInspectionTask: { __typename?: 'InspectionTask', id: string, dueAt: string } };

export type CloseInspectionTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseInspectionTaskMutation = { __typename?: 'Mutation', closeInspectionTask: { __typename?: 'InspectionTask', id: string, status: InspectionTaskStatus, closedAt?: string | null, viewerCan: { __typename?: 'InspectionTaskViewerCan', extend: boolean, close: boolean } } };

export type InspectionTasksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<InspectionTaskWhereInput>;
  orderBy?: InputMaybe<InspectionTaskOrder>;
}>;


export type InspectionTasksQuery = { __typename?: 'Query', inspectionTasks: { __typename?: 'InspectionTaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'InspectionTaskEdge', node?: { __typename?: 'InspectionTask', id: string, title: string, status: InspectionTaskStatus, issuedAt: string, dueAt: string, template: { __typename?: 'ChecklistTemplate', name: string, version: number }, selfChecks: { __typename?: 'SelfCheckConnection', totalCount: number } } | null } | null> | null } };

export type TaskWizardDataQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskWizardDataQuery = { __typename?: 'Query', checklistTemplates: { __typename?: 'ChecklistTemplateConnection', edges?: Array<{ __typename?: 'ChecklistTemplateEdge', node?: { __typename?: 'ChecklistTemplate', id: string, name: string, version: number, items: { __typename?: 'ChecklistItemConnection', totalCount: number } } | null } | null> | null }, districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string, nameZh: string, nameEn: string } | null } | null> | null } };

export type EnterprisesInScopeQueryVariables = Exact<{
  scope: TaskScopeInput;
}>;


export type EnterprisesInScopeQuery = { __typename?: 'Query', enterprisesInScope: number };

export type IssueInspectionTaskMutationVariables = Exact<{
  input: IssueInspectionTaskInput;
}>;


export type IssueInspectionTaskMutation = { __typename?: 'Mutation', issueInspectionTask: { __typename?: 'IssueInspectionTaskPayload', task: { __typename?: 'InspectionTask', id: string, selfChecks: { __typename?: 'SelfCheckConnection', totalCount: number } } } };

export type SaveAnswerMutationVariables = Exact<{
  input: SaveAnswerInput;
}>;


export type SaveAnswerMutation = { __typename?: 'Mutation', saveAnswer: { __typename?: 'SaveAnswerPayload', answer: { __typename?: 'Answer', id: string, value: string, valueText: string, note: string, compliant?: boolean | null, item: { __typename?: 'ChecklistItem', id: string }, attachments?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null }, selfCheck: { __typename?: 'SelfCheck', id: string, status: SelfCheckStatus, answeredCount: number, progress: number, viewerCan: { __typename?: 'SelfCheckViewerCan', answer: boolean, submit: boolean } }, preview?: { __typename?: 'FindingPreview', title: string, dueAt: string } | null } };

export type UploadAnswerFilesMutationVariables = Exact<{
  input: UploadFilesInput;
}>;


export type UploadAnswerFilesMutation = { __typename?: 'Mutation', uploadFiles: { __typename?: 'UploadFilesPayload', attachments: Array<{ __typename?: 'Attachment', id: string }> } };

export type ChecklistTemplateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChecklistTemplateQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate', id: string, name: string, version: number, status: ChecklistTemplateStatus, description: string, viewerCan: { __typename?: 'ChecklistTemplateViewerCan', edit: boolean }, items: { __typename?: 'ChecklistItemConnection', edges?: Array<{ __typename?: 'ChecklistItemEdge', node?: { __typename?: 'ChecklistItem', code: string, category: ChecklistItemCategory, questionZh: string, questionEn: string, answerType: ChecklistItemAnswerType, severity: ChecklistItemSeverity, defaultDeadlineDays: number, findingLabelZh: string, findingLabelEn: string, guidanceZh?: Array<string> | null, guidanceEn?: Array<string> | null, compliance: { __typename?: 'ComplianceRule', expect?: string | null, min?: number | null, max?: number | null, withinMonths?: number | null, aheadDays?: number | null, choices?: Array<string> | null, compliant?: Array<string> | null }, applicability: { __typename?: 'Applicability', permitTiers?: Array<string> | null, industryPrefixes?: Array<string> | null, flags?: Array<string> | null }, legalRefs?: Array<{ __typename?: 'LegalRef', instrument: string, article?: string | null, confidence?: string | null }> | null } | null } | null> | null } }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type SaveChecklistDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ChecklistDraftInput;
}>;


export type SaveChecklistDraftMutation = { __typename?: 'Mutation', saveChecklistDraft: { __typename?: 'ChecklistTemplate', id: string, name: string } };

export type PublishChecklistTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishChecklistTemplateMutation = { __typename?: 'Mutation', publishChecklistTemplate: { __typename?: 'ChecklistTemplate', id: string, status: ChecklistTemplateStatus, publishedAt?: string | null, viewerCan: { __typename?: 'ChecklistTemplateViewerCan', edit: boolean, draft: boolean } } };

export type ApplicabilityReachQueryVariables = Exact<{
  rules: Array<ApplicabilityInput> | ApplicabilityInput;
}>;


export type ApplicabilityReachQuery = { __typename?: 'Query', applicabilityReach: number };

export type ChecklistTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistTemplatesQuery = { __typename?: 'Query', checklistTemplates: { __typename?: 'ChecklistTemplateConnection', edges?: Array<{ __typename?: 'ChecklistTemplateEdge', node?: { __typename?: 'ChecklistTemplate', id: string, name: string, version: number, status: ChecklistTemplateStatus, publishedAt?: string | null, items: { __typename?: 'ChecklistItemConnection', totalCount: number }, tasks: { __typename?: 'InspectionTaskConnection', totalCount: number }, viewerCan: { __typename?: 'ChecklistTemplateViewerCan', draft: boolean } } | null } | null> | null } };

export type DraftChecklistTemplateMutationVariables = Exact<{
  fromID: Scalars['ID']['input'];
}>;


export type DraftChecklistTemplateMutation = { __typename?: 'Mutation', draftChecklistTemplate: { __typename?: 'ChecklistTemplate', id: string } };

export type CreateChecklistTemplateMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateChecklistTemplateMutation = { __typename?: 'Mutation', createChecklistTemplate: { __typename?: 'ChecklistTemplate', id: string } };

export type ImportChecklistTemplateMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
}>;


export type ImportChecklistTemplateMutation = { __typename?: 'Mutation', importChecklistTemplate: { __typename?: 'ChecklistTemplate', id: string } };

export type LearnQueryVariables = Exact<{
  user: Scalars['ID']['input'];
}>;


export type LearnQuery = { __typename?: 'Query', trainings: { __typename?: 'TrainingConnection', edges?: Array<{ __typename?: 'TrainingEdge', node?: { __typename?: 'Training', id: string, title: string, kind: TrainingKind, startsAt: string, durationMinutes: number, completionThreshold: number, liveURL: string, replayURL: string, audience: TrainingAudience } | null } | null> | null }, attendances: { __typename?: 'AttendanceConnection', edges?: Array<{ __typename?: 'AttendanceEdge', node?: { __typename?: 'Attendance', id: string, trainingID: string, joinedAt?: string | null, watchedMinutes: number, completedAt?: string | null } | null } | null> | null } };

export type RegisterForTrainingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterForTrainingMutation = { __typename?: 'Mutation', registerForTraining: { __typename?: 'Attendance', id: string, trainingID: string } };

export type JoinTrainingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinTrainingMutation = { __typename?: 'Mutation', joinTraining: { __typename?: 'Attendance', id: string, joinedAt?: string | null } };

export type ReportTrainingWatchedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  minutes: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type ReportTrainingWatchedMutation = { __typename?: 'Mutation', reportTrainingWatched: { __typename?: 'Attendance', id: string, watchedMinutes: number, completedAt?: string | null } };

export type TrainingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
}>;


export type TrainingPageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training', id: string, title: string, description: string, kind: TrainingKind, startsAt: string, durationMinutes: number, completionThreshold: number, liveURL: string, replayURL: string, materials?: Array<{ __typename?: 'TrainingMaterial', id: string, name: string, contentType: string, size: number, url: string }> | null }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null, attendances: { __typename?: 'AttendanceConnection', edges?: Array<{ __typename?: 'AttendanceEdge', node?: { __typename?: 'Attendance', id: string, watchedMinutes: number, completedAt?: string | null } | null } | null> | null } };

export type AddTrainingMaterialsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  files: Array<Scalars['Upload']['input']> | Scalars['Upload']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddTrainingMaterialsMutation = { __typename?: 'Mutation', addTrainingMaterials: { __typename?: 'Training', id: string, materials?: Array<{ __typename?: 'TrainingMaterial', id: string, name: string, contentType: string, size: number, url: string }> | null } };

export type TrainingMaterialsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingMaterialsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training', id: string, materials?: Array<{ __typename?: 'TrainingMaterial', id: string, name: string, contentType: string, size: number, url: string }> | null }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type RemoveTrainingMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveTrainingMaterialMutation = { __typename?: 'Mutation', removeTrainingMaterial: { __typename?: 'Training', id: string, materials?: Array<{ __typename?: 'TrainingMaterial', id: string, name: string, contentType: string, size: number, url: string }> | null } };

export type TrainingsAdminQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  orderBy?: InputMaybe<TrainingOrder>;
}>;


export type TrainingsAdminQuery = { __typename?: 'Query', trainings: { __typename?: 'TrainingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'TrainingEdge', node?: { __typename?: 'Training', id: string, title: string, kind: TrainingKind, startsAt: string, durationMinutes: number, audience: TrainingAudience, industryPrefixes: Array<string>, replayURL: string, districts?: Array<{ __typename?: 'District', id: string, nameZh: string, nameEn: string }> | null, viewerCan: { __typename?: 'TrainingViewerCan', manage: boolean }, materials?: Array<{ __typename?: 'TrainingMaterial', id: string }> | null } | null } | null> | null } };

export type TrainingCoverageQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TrainingCoverageQuery = { __typename?: 'Query', trainingCoverage: { __typename?: 'TrainingCoverageFigures', enterprises: number, uncovered: number, training?: { __typename?: 'Training', id: string, title: string } | null, total: { __typename?: 'TrainingCoverage', registered: number, attended: number, completed: number, heads: number }, byDistrict: Array<{ __typename?: 'DistrictTrainingCoverage', district: { __typename?: 'District', id: string, nameZh: string, nameEn: string }, coverage: { __typename?: 'TrainingCoverage', registered: number, attended: number, completed: number, heads: number } }> } };

export type SetTrainingReplayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  url: Scalars['String']['input'];
}>;


export type SetTrainingReplayMutation = { __typename?: 'Mutation', setTrainingReplay: { __typename?: 'Training', id: string, replayURL: string } };

export type ScheduleTrainingMutationVariables = Exact<{
  input: ScheduleTrainingInput;
}>;


export type ScheduleTrainingMutation = { __typename?: 'Mutation', scheduleTraining: { __typename?: 'Training', id: string } };

export type ProblemListQueryVariables = Exact<{
  districtID?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<ProblemReason>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProblemListQuery = { __typename?: 'Query', problemList: { __typename?: 'ProblemList', totalCount: number, byReason: Array<{ __typename?: 'ProblemReasonCount', reason: ProblemReason, count: number }>, entries: Array<{ __typename?: 'ProblemEntry', enterprise: { __typename?: 'Enterprise', id: string, name: string, district: { __typename?: 'District', id: string, nameZh: string, nameEn: string } }, reasons: Array<{ __typename?: 'ProblemReasonCount', reason: ProblemReason, count: number }>, plannedVisit?: { __typename?: 'Visit', id: string, scheduledOn: string, kind: VisitKind } | null, lastVisit?: { __typename?: 'Visit', id: string, heldOn?: string | null, kind: VisitKind } | null }> } };

export type VisitTeamCandidatesQueryVariables = Exact<{
  enterpriseID: Scalars['ID']['input'];
}>;


export type VisitTeamCandidatesQuery = { __typename?: 'Query', visitTeamCandidates: Array<{ __typename?: 'User', id: string, displayName: string, role: UserRole }> };

export type PlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type PlanVisitMutation = { __typename?: 'Mutation', planVisit: { __typename?: 'Visit', id: string } };

export type VisitsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<VisitWhereInput>;
  orderBy?: InputMaybe<VisitOrder>;
}>;


export type VisitsQuery = { __typename?: 'Query', visits: { __typename?: 'VisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'VisitEdge', node?: { __typename?: 'Visit', id: string, kind: VisitKind, status: VisitStatus, scheduledOn: string, heldOn?: string | null, confirmedAt?: string | null, enterprise: { __typename?: 'Enterprise', id: string, name: string } } | null } | null> | null } };

export type VisitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit', id: string, kind: VisitKind, status: VisitStatus, scheduledOn: string, heldOn?: string | null, notes: string, plan: string, reasons?: Array<string> | null, confirmedAt?: string | null, planSteps?: Array<{ __typename?: 'PlanStep', measure: string, responsible: string, dueOn: string }> | null, enterprise: { __typename?: 'Enterprise', id: string, name: string }, team?: Array<{ __typename?: 'User', id: string, displayName: string, role: UserRole }> | null, photos?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null, findings: { __typename?: 'FindingConnection', edges?: Array<{ __typename?: 'FindingEdge', node?: { __typename?: 'Finding', id: string, title: string, severity: FindingSeverity, status: FindingStatus, dueAt: string } | null } | null> | null }, viewerCan: { __typename?: 'VisitViewerCan', record: boolean, cancel: boolean, confirm: boolean } }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { __typename?: 'Mutation', recordVisit: { __typename?: 'Visit', id: string, status: VisitStatus } };

export type CancelVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelVisitMutation = { __typename?: 'Mutation', cancelVisit: { __typename?: 'Visit', id: string, status: VisitStatus } };

export type ConfirmVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmVisitMutation = { __typename?: 'Mutation', confirmVisit: { __typename?: 'Visit', id: string, confirmedAt?: string | null } };

export type WarningCallListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WarningCallListQuery = { __typename?: 'Query', warningNotices: { __typename?: 'WarningNoticeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'WarningNoticeEdge', node?: { __typename?: 'WarningNotice', id: string, escalatedAt?: string | null, viewerCan: { __typename?: 'WarningNoticeViewerCan', call: boolean }, calls?: Array<{ __typename?: 'CallAttempt', at: string, outcome: string, contact?: string | null, phone?: string | null, note?: string | null }> | null, enterprise: { __typename?: 'Enterprise', id: string, name: string, contacts?: Array<{ __typename?: 'Contact', name: string, role?: string | null, phone?: string | null }> | null } } | null } | null> | null } };

export type RecordWarningCallMutationVariables = Exact<{
  input: RecordWarningCallInput;
}>;


export type RecordWarningCallMutation = { __typename?: 'Mutation', recordWarningCall: { __typename?: 'WarningNotice', id: string, calls?: Array<{ __typename?: 'CallAttempt', at: string, outcome: string, contact?: string | null, phone?: string | null, note?: string | null }> | null } };

export type WarningChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type WarningChannelsQuery = { __typename?: 'Query', warningChannels: { __typename?: 'WarningChannelConnection', edges?: Array<{ __typename?: 'WarningChannelEdge', node?: { __typename?: 'WarningChannel', id: string, name: string, kind: WarningChannelKind, url: string, active: boolean } | null } | null> | null } };

export type SaveWarningChannelMutationVariables = Exact<{
  input: SaveWarningChannelInput;
}>;


export type SaveWarningChannelMutation = { __typename?: 'Mutation', saveWarningChannel: { __typename?: 'WarningChannel', id: string, name: string, kind: WarningChannelKind, url: string, active: boolean } };

export type WarningDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WarningDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges?: Array<{ __typename?: 'WebhookDeliveryEdge', node?: { __typename?: 'WebhookDelivery', id: string, round: number, status: WebhookDeliveryStatus, attempts: number, deliveredAt?: string | null, createdAt: string, log?: Array<{ __typename?: 'DeliveryAttempt', at: string, statusCode: number, ms: number, error?: string | null }> | null, channel: { __typename?: 'WarningChannel', id: string, name: string, kind: WarningChannelKind } } | null } | null> | null } };

export type RedeliverWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number } };

export type EmissionPlansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmissionPlansQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise', id: string, performanceGrade: EnterprisePerformanceGrade, facilities: { __typename?: 'FacilityConnection', edges?: Array<{ __typename?: 'FacilityEdge', node?: { __typename?: 'Facility', id: string, code: string, name: string } | null } | null> | null }, emissionPlans: { __typename?: 'EmissionPlanConnection', edges?: Array<{ __typename?: 'EmissionPlanEdge', node?: { __typename?: 'EmissionPlan', id: string, year: number, grade: EmissionPlanGrade, note: string, selfDeclared: boolean, updatedAt: string, measures?: Array<{ __typename?: 'PlanMeasure', level: string, process: string, facilityID?: string | null, action: string, limitPercent?: number | null, so2?: number | null, nox?: number | null, pm?: number | null, vocs?: number | null }> | null, viewerCan: { __typename?: 'EmissionPlanViewerCan', edit: boolean, editMeasures: boolean } } | null } | null> | null } }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type SaveEmissionPlanMutationVariables = Exact<{
  input: SaveEmissionPlanInput;
}>;


export type SaveEmissionPlanMutation = { __typename?: 'Mutation', saveEmissionPlan: { __typename?: 'EmissionPlan', id: string, year: number, grade: EmissionPlanGrade, note: string, selfDeclared: boolean, updatedAt: string, measures?: Array<{ __typename?: 'PlanMeasure', level: string, process: string, facilityID?: string | null, action: string, limitPercent?: number | null, so2?: number | null, nox?: number | null, pm?: number | null, vocs?: number | null }> | null } };

export type WarningNoticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WarningNoticeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning' }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice', id: string, round: number, kind: WarningNoticeKind, level?: WarningNoticeLevel | null, pushedAt?: string | null, effectiveAt?: string | null, acknowledgedAt?: string | null, measuresReportedAt?: string | null, reportUpdatedAt?: string | null, reportCount: number, report: string, measures?: Array<{ __typename?: 'NoticeMeasure', key: string, process?: string | null, action?: string | null, limitPercent?: number | null, textZh: string, textEn?: string | null }> | null, reportItems?: Array<{ __typename?: 'MeasureReport', key: string, status: string, percent?: number | null, reason?: string | null }> | null, evidence?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null, viewerCan: { __typename?: 'WarningNoticeViewerCan', acknowledge: boolean, report: boolean }, warning: { __typename?: 'Warning', id: string, title: string, content: string, status: WarningStatus, round: number, effectiveFrom: string, effectiveTo?: string | null, rounds?: Array<{ __typename?: 'WarningRound', number: number, content?: string | null }> | null } }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type WarningNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type WarningNoticesQuery = { __typename?: 'Query', warningNotices: { __typename?: 'WarningNoticeConnection', edges?: Array<{ __typename?: 'WarningNoticeEdge', node?: { __typename?: 'WarningNotice', id: string, kind: WarningNoticeKind, level?: WarningNoticeLevel | null, pushedAt?: string | null, acknowledgedAt?: string | null, reportCount: number, viewerCan: { __typename?: 'WarningNoticeViewerCan', acknowledge: boolean }, warning: { __typename?: 'Warning', id: string, title: string, status: WarningStatus } } | null } | null> | null } };

export type ReportWarningMeasuresMutationVariables = Exact<{
  input: ReportWarningMeasuresInput;
}>;


export type ReportWarningMeasuresMutation = { __typename?: 'Mutation', reportWarningMeasures: { __typename?: 'WarningNotice', id: string, measuresReportedAt?: string | null, reportUpdatedAt?: string | null, reportCount: number, report: string, reportItems?: Array<{ __typename?: 'MeasureReport', key: string, status: string, percent?: number | null, reason?: string | null }> | null, evidence?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null } };

export type WarningReceiptsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where: WarningNoticeWhereInput;
}>;


export type WarningReceiptsQuery = { __typename?: 'Query', warningNotices: { __typename?: 'WarningNoticeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'WarningNoticeEdge', node?: { __typename?: 'WarningNotice', id: string, grade: string, deliveredAt?: string | null, readAt?: string | null, acknowledgedAt?: string | null, measuresReportedAt?: string | null, reportCount: number, reportUpdatedAt?: string | null, checkedAt?: string | null, checkCompliant?: boolean | null, report: string, measures?: Array<{ __typename?: 'NoticeMeasure', key: string, textZh: string, textEn?: string | null }> | null, reportItems?: Array<{ __typename?: 'MeasureReport', key: string, status: string, percent?: number | null, reason?: string | null }> | null, evidence?: Array<{ __typename?: 'Attachment', id: string, name: string, contentType: string, url: string, takenAt?: string | null }> | null, checks?: Array<{ __typename?: 'SpotCheck', at: string, mode: string, compliant: boolean, note?: string | null, findingID?: string | null }> | null, viewerCan: { __typename?: 'WarningNoticeViewerCan', check: boolean }, enterprise: { __typename?: 'Enterprise', id: string, name: string } } | null } | null> | null } };

export type RecordWarningSpotCheckMutationVariables = Exact<{
  input: RecordWarningSpotCheckInput;
}>;


export type RecordWarningSpotCheckMutation = { __typename?: 'Mutation', recordWarningSpotCheck: { __typename?: 'SpotCheckPayload', notice: { __typename?: 'WarningNotice', id: string, checkedAt?: string | null, checkCompliant?: boolean | null }, finding?: { __typename?: 'Finding', id: string, title: string } | null } };

export type ImportEmissionPlansMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  file: Scalars['Upload']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportEmissionPlansMutation = { __typename?: 'Mutation', importEmissionPlans: { __typename?: 'EmissionPlanImport', year: number, rows: number, enterprises: number, created: number, updated: number, unchanged: number, dryRun: boolean, applied: boolean, problemCount: number, problems: Array<{ __typename?: 'PlanImportProblem', row: number, column: string, message: string }>, changes: Array<{ __typename?: 'PlanImportChange', enterpriseID: string, creditCode: string, name: string, action: string, grade: string, measures: number, measuresBefore: number }> } };

export type PendingWarningNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingWarningNoticesQuery = { __typename?: 'Query', pendingWarningNotices: Array<{ __typename?: 'WarningNotice', id: string, round: number, kind: WarningNoticeKind, level?: WarningNoticeLevel | null, pushedAt?: string | null, effectiveAt?: string | null, acknowledgedAt?: string | null, readAt?: string | null, measuresReportedAt?: string | null, reportCount: number, measures?: Array<{ __typename?: 'NoticeMeasure', key: string, textZh: string, textEn?: string | null }> | null, viewerCan: { __typename?: 'WarningNoticeViewerCan', acknowledge: boolean, report: boolean }, warning: { __typename?: 'Warning', id: string, title: string, content: string, effectiveTo?: string | null, status: WarningStatus, rounds?: Array<{ __typename?: 'WarningRound', number: number, content?: string | null }> | null } }> };

export type WarningNoticeReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WarningNoticeReceivedSubscription = { __typename?: 'Subscription', warningNoticeReceived: { __typename?: 'WarningNotice', id: string } };

export type AcknowledgeWarningNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeWarningNoticeMutation = { __typename?: 'Mutation', acknowledgeWarningNotice: { __typename?: 'WarningNotice', id: string, acknowledgedAt?: string | null, readAt?: string | null, deliveredAt?: string | null, viewerCan: { __typename?: 'WarningNoticeViewerCan', acknowledge: boolean, report: boolean } } };

export type MarkWarningNoticeReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkWarningNoticeReadMutation = { __typename?: 'Mutation', markWarningNoticeRead: { __typename?: 'WarningNotice', id: string, readAt?: string | null, deliveredAt?: string | null } };

export type WarningBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  round?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WarningBoardQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning', id: string, title: string, level: WarningLevel, status: WarningStatus, content: string, round: number, effectiveFrom: string, effectiveTo?: string | null, ackSLAMinutes: number, reportSLAMinutes: number, rounds?: Array<{ __typename?: 'WarningRound', number: number, kind: string, level: string, effectiveFrom: string, effectiveTo?: string | null, content?: string | null, publishedAt: string, recipients: number }> | null, allRounds: { __typename?: 'WarningBoard', byRound: Array<{ __typename?: 'WarningRoundFigures', round: number, figures: { __typename?: 'WarningFigures', acknowledged: number, timelyResponseRate: number } }> }, districts?: Array<{ __typename?: 'District', id: string, nameZh: string, nameEn: string }> | null, viewerCan: { __typename?: 'WarningViewerCan', edit: boolean, publish: boolean, adjust: boolean }, board: { __typename?: 'WarningBoard', figures: { __typename?: 'WarningFigures', targeted: number, delivered: number, read: number, acknowledged: number, acknowledgedInTime: number, reportsDue: number, reported: number, reportedInTime: number, withEvidence: number, timelyResponseRate: number, deliveryRate: number, reportRate: number, medianAckMinutes?: number | null, repushed: number, onCallList: number, checked: number, checkedCompliant: number, spotCheckRate: number }, byDistrict: Array<{ __typename?: 'WarningDistrictFigures', districtID: string, figures: { __typename?: 'WarningFigures', targeted: number, delivered: number, read: number, acknowledged: number, acknowledgedInTime: number, reportsDue: number, reported: number, reportedInTime: number, withEvidence: number, timelyResponseRate: number, deliveryRate: number, reportRate: number, medianAckMinutes?: number | null, repushed: number, onCallList: number, checked: number, checkedCompliant: number, spotCheckRate: number } }>, byGrade: Array<{ __typename?: 'WarningGradeFigures', grade: string }>, byRound: Array<{ __typename?: 'WarningRoundFigures', round: number, figures: { __typename?: 'WarningFigures', targeted: number, delivered: number, read: number, acknowledged: number, acknowledgedInTime: number, reportsDue: number, reported: number, reportedInTime: number, withEvidence: number, timelyResponseRate: number, deliveryRate: number, reportRate: number, medianAckMinutes?: number | null, repushed: number, onCallList: number, checked: number, checkedCompliant: number, spotCheckRate: number } }> } }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type FiguresFragment = { __typename?: 'WarningFigures', targeted: number, delivered: number, read: number, acknowledged: number, acknowledgedInTime: number, reportsDue: number, reported: number, reportedInTime: number, withEvidence: number, timelyResponseRate: number, deliveryRate: number, reportRate: number, medianAckMinutes?: number | null, repushed: number, onCallList: number, checked: number, checkedCompliant: number, spotCheckRate: number };

export type WarningUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WarningUpdatedSubscription = { __typename?: 'Subscription', warningUpdated: { __typename?: 'Warning', id: string, status: WarningStatus, round: number } };

export type AdjustWarningMutationVariables = Exact<{
  input: AdjustWarningInput;
}>;


export type AdjustWarningMutation = { __typename?: 'Mutation', adjustWarning: { __typename?: 'Warning', id: string, status: WarningStatus, level: WarningLevel, round: number, effectiveTo?: string | null } };

export type WarningRecipientsQueryVariables = Exact<{
  districtIDs?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  effectiveFrom?: InputMaybe<Scalars['Time']['input']>;
}>;


export type WarningRecipientsQuery = { __typename?: 'Query', warningRecipients: { __typename?: 'WarningRecipientPreview', total: number, byDistrict: Array<{ __typename?: 'WarningDistrictCount', districtID: string, count: number }>, byGrade: Array<{ __typename?: 'WarningGradeCount', grade: string, count: number }> } };

export type WarningDefaultMeasuresQueryVariables = Exact<{
  level: WarningLevel;
}>;


export type WarningDefaultMeasuresQuery = { __typename?: 'Query', warningDefaultMeasures: Array<{ __typename?: 'GradeMeasure', grade: string, measuresZh: string, measuresEn?: string | null }> };

export type SaveWarningDraftMutationVariables = Exact<{
  input: SaveWarningDraftInput;
}>;


export type SaveWarningDraftMutation = { __typename?: 'Mutation', saveWarningDraft: { __typename?: 'Warning', id: string, status: WarningStatus, viewerCan: { __typename?: 'WarningViewerCan', publish: boolean } } };

export type WarningDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WarningDraftQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey' }
    | { __typename?: 'Answer' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Attendance' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'ChecklistItem' }
    | { __typename?: 'ChecklistTemplate' }
    | { __typename?: 'District' }
    | { __typename?: 'EIAApproval' }
    | { __typename?: 'EmissionPlan' }
    | { __typename?: 'Enterprise' }
    | { __typename?: 'Expert' }
    | { __typename?: 'ExportJob' }
    | { __typename?: 'ExtensionRequest' }
    | { __typename?: 'FAQEntry' }
    | { __typename?: 'Facility' }
    | { __typename?: 'Finding' }
    | { __typename?: 'InspectionTask' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Permit' }
    | { __typename?: 'PersistedQuery' }
    | { __typename?: 'Question' }
    | { __typename?: 'Rectification' }
    | { __typename?: 'Reply' }
    | { __typename?: 'SavedReport' }
    | { __typename?: 'SelfCheck' }
    | { __typename?: 'Training' }
    | { __typename?: 'TrainingMaterial' }
    | { __typename?: 'User' }
    | { __typename?: 'Visit' }
    | { __typename?: 'Warning', id: string, title: string, level: WarningLevel, status: WarningStatus, content: string, effectiveFrom: string, effectiveTo?: string | null, ackSLAMinutes: number, reportSLAMinutes: number, repushMinutes: number, callMinutes: number, districts?: Array<{ __typename?: 'District', id: string }> | null, viewerCan: { __typename?: 'WarningViewerCan', edit: boolean } }
    | { __typename?: 'WarningChannel' }
    | { __typename?: 'WarningNotice' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type PublishWarningMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishWarningMutation = { __typename?: 'Mutation', publishWarning: { __typename?: 'Warning', id: string, status: WarningStatus, round: number, publishedAt?: string | null } };

export type WarningsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  where?: InputMaybe<WarningWhereInput>;
  orderBy?: InputMaybe<WarningOrder>;
}>;


export type WarningsQuery = { __typename?: 'Query', warnings: { __typename?: 'WarningConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, startCursor?: string | null }, edges?: Array<{ __typename?: 'WarningEdge', node?: { __typename?: 'Warning', id: string, title: string, level: WarningLevel, status: WarningStatus, round: number, effectiveFrom: string, effectiveTo?: string | null, publishedAt?: string | null, districts?: Array<{ __typename?: 'District', id: string, nameZh: string, nameEn: string }> | null } | null } | null> | null } };

export const FiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"reportedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"withEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"timelyResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianAckMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"repushed"}},{"kind":"Field","name":{"kind":"Name","value":"onCallList"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckRate"}}]}}]} as unknown as DocumentNode<FiguresFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRule"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseID"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTask"}},{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"}},{"kind":"Field","name":{"kind":"Name","value":"editChecklists"}},{"kind":"Field","name":{"kind":"Name","value":"reviewFindings"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"publishWarning"}},{"kind":"Field","name":{"kind":"Name","value":"manageWarningChannels"}},{"kind":"Field","name":{"kind":"Name","value":"keepEmissionPlans"}},{"kind":"Field","name":{"kind":"Name","value":"askQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"planVisit"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"}},{"kind":"Field","name":{"kind":"Name","value":"managePartnerKeys"}},{"kind":"Field","name":{"kind":"Name","value":"creatableRoles"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseID"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const UpdateEnterpriseContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterpriseContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterpriseContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseContactsMutation, UpdateEnterpriseContactsMutationVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const EnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"permitTier"}},{"kind":"Field","name":{"kind":"Name","value":"performanceGrade"}},{"kind":"Field","name":{"kind":"Name","value":"airRelated"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervised"}},{"kind":"Field","name":{"kind":"Name","value":"vocUser"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousWaste"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"districtID"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"updateContacts"}},{"kind":"Field","name":{"kind":"Name","value":"editRegistry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outlets"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eiaApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"technology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SCHEDULED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseQuery, EnterpriseQueryVariables>;
export const CreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const EnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"permitTier"}},{"kind":"Field","name":{"kind":"Name","value":"performanceGrade"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openFindings"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFindings"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterpriseListTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseListTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseListTaskQuery, EnterpriseListTaskQueryVariables>;
export const CreatePermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePermitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePermitMutation, CreatePermitMutationVariables>;
export const CreateFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFacilityMutation, CreateFacilityMutationVariables>;
export const CreateEiaApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEIAApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEIAApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEIAApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eiaApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEiaApprovalMutation, CreateEiaApprovalMutationVariables>;
export const UpdatePermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePermitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePermitMutation, UpdatePermitMutationVariables>;
export const UpdateFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFacilityMutation, UpdateFacilityMutationVariables>;
export const UpdateEiaApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEIAApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEIAApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEIAApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eiaApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEiaApprovalMutation, UpdateEiaApprovalMutationVariables>;
export const ImportRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"exampleRow"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eiaApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegistryMutation, ImportRegistryMutationVariables>;
export const ImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const EnterpriseSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseSearchQuery, EnterpriseSearchQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AskSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AskSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"questionZh"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AskSubjectQuery, AskSubjectQueryVariables>;
export const AskQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskQuestionMutation, AskQuestionMutationVariables>;
export const MyQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirm"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyQuestionsQuery, MyQuestionsQueryVariables>;
export const AnyQuestionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnyQuestionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AnyQuestionChangedSubscription, AnyQuestionChangedSubscriptionVariables>;
export const FaqSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FAQEntryWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaqSearchQuery, FaqSearchQueryVariables>;
export const QuestionThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"faqPublished"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"questionZh"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}},{"kind":"Field","name":{"kind":"Name","value":"publishFAQ"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromAsker"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionThreadQuery, QuestionThreadQueryVariables>;
export const QuestionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuestionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<QuestionChangedSubscription, QuestionChangedSubscriptionVariables>;
export const ReplyToQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyToQuestionMutation, ReplyToQuestionMutationVariables>;
export const ResolveQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveQuestionMutation, ResolveQuestionMutationVariables>;
export const ConfirmQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmQuestionMutation, ConfirmQuestionMutationVariables>;
export const FaqDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"questionID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<FaqDraftQuery, FaqDraftQueryVariables>;
export const PublishFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFAQ"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishFAQInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFAQ"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishFaqMutation, PublishFaqMutationVariables>;
export const QuestionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionQueueQuery, QuestionQueueQueryVariables>;
export const QueueQuestionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueQuestionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<QueueQuestionChangedSubscription, QueueQuestionChangedSubscriptionVariables>;
export const QuestionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAnswerer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionFiguresQuery, QuestionFiguresQueryVariables>;
export const ExportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ExportListMutation, ExportListMutationVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ExportReportMutation, ExportReportMutationVariables>;
export const ExportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const ExportJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExportJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ExportJobUpdatedSubscription, ExportJobUpdatedSubscriptionVariables>;
export const UploadFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]} as unknown as DocumentNode<UploadFilesMutation, UploadFilesMutationVariables>;
export const EnterpriseHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusNEQ"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicableCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"readAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseHomeQuery, EnterpriseHomeQueryVariables>;
export const LegalInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalInstrumentsQuery, LegalInstrumentsQueryVariables>;
export const LegalInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officialSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"questionZh"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalInstrumentQuery, LegalInstrumentQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"readAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"read"},"name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"readAtNotNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const MarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllReadMutation, MarkAllReadMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"APIKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"APIKeyWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"APIKeyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"refillPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"rotate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAPIKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAPIKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAPIKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const UpdateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAPIKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAPIKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAPIKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;
export const RotateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateAPIKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overlapMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateAPIKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"overlapMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overlapMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"previousValidUntil"}}]}}]}}]}}]} as unknown as DocumentNode<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAPIKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAPIKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeyBoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"APIKeyBounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyBounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refillPerSecond"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApiKeyBoundsQuery, ApiKeyBoundsQueryVariables>;
export const ApiKeyUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"APIKeyUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"persistedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyUsageQuery, ApiKeyUsageQueryVariables>;
export const RegisterPersistedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPersistedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPersistedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<RegisterPersistedQueryMutation, RegisterPersistedQueryMutationVariables>;
export const UnregisterPersistedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnregisterPersistedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregisterPersistedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}]}]}}]} as unknown as DocumentNode<UnregisterPersistedQueryMutation, UnregisterPersistedQueryMutationVariables>;
export const ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"permitTier"}},{"kind":"Field","name":{"kind":"Name","value":"performanceGrade"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outlets"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eiaApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technology"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const FindingAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"StringValue","value":"Finding","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"subjectID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectID"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingAuditTrailQuery, FindingAuditTrailQueryVariables>;
export const DistrictExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictExperts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"EXPERT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"hasDistrictsWith"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtID"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictExpertsQuery, DistrictExpertsQueryVariables>;
export const DelegateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegateReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingID"}}},{"kind":"Argument","name":{"kind":"Name","value":"expertID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<DelegateReviewMutation, DelegateReviewMutationVariables>;
export const RequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const DecideExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<DecideExtensionMutation, DecideExtensionMutationVariables>;
export const SubmitRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitRectificationMutation, SubmitRectificationMutationVariables>;
export const ReviewRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRectificationMutation, ReviewRectificationMutationVariables>;
export const FindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidanceZh"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceEn"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STATUS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingQuery, FindingQueryVariables>;
export const FindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const FindingListScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingListScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindingListScopeQuery, FindingListScopeQueryVariables>;
export const FindingLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingLifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingLifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FindingLifecycleQuery, FindingLifecycleQueryVariables>;
export const OpenFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenFindingsQuery, OpenFindingsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"closedFindings"}},{"kind":"Field","name":{"kind":"Name","value":"openFindings"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFindings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"warningNotices"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"warningResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"closedFindings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"closedFindings"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingsByIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"openFindings"}}]}}]}}]} as unknown as DocumentNode<DashboardTrendQuery, DashboardTrendQueryVariables>;
export const DashboardReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cube"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardReportsQuery, DashboardReportsQueryVariables>;
export const ReportSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cube"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ReportSchemaQuery, ReportSchemaQueryVariables>;
export const RunReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cube"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"fromSummaries"}},{"kind":"Field","name":{"kind":"Name","value":"periodsFilled"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<RunReportQuery, RunReportQueryVariables>;
export const ReportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportValuesQuery, ReportValuesQueryVariables>;
export const SavedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SavedReportsQuery, SavedReportsQueryVariables>;
export const SaveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<SaveReportMutation, SaveReportMutationVariables>;
export const DeleteSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedReportMutation, DeleteSavedReportMutationVariables>;
export const SelfChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicableCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelfChecksQuery, SelfChecksQueryVariables>;
export const SelfCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicableCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"questionZh"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerType"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"findingLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"findingLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceZh"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceEn"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"withinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"aheadDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelfCheckQuery, SelfCheckQueryVariables>;
export const SubmitSelfCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSelfCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSelfCheckMutation, SubmitSelfCheckMutationVariables>;
export const InspectionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"submittedShare"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"submittedShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"closedFindings"}},{"kind":"Field","name":{"kind":"Name","value":"openFindings"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFindings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanDaysToClose"}}]}}]}}]} as unknown as DocumentNode<InspectionTaskQuery, InspectionTaskQueryVariables>;
export const ExtendInspectionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendInspectionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendInspectionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<ExtendInspectionTaskMutation, ExtendInspectionTaskMutationVariables>;
export const CloseInspectionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseInspectionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeInspectionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]} as unknown as DocumentNode<CloseInspectionTaskMutation, CloseInspectionTaskMutationVariables>;
export const InspectionTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTaskWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionTaskOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionTasksQuery, InspectionTasksQueryVariables>;
export const TaskWizardDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskWizardData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"VERSION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskWizardDataQuery, TaskWizardDataQueryVariables>;
export const EnterprisesInScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesInScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprisesInScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}]}]}}]} as unknown as DocumentNode<EnterprisesInScopeQuery, EnterprisesInScopeQueryVariables>;
export const IssueInspectionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInspectionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInspectionTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInspectionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"selfChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueInspectionTaskMutation, IssueInspectionTaskMutationVariables>;
export const SaveAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<SaveAnswerMutation, SaveAnswerMutationVariables>;
export const UploadAnswerFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAnswerFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UploadAnswerFilesMutation, UploadAnswerFilesMutationVariables>;
export const ChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SORT_ORDER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"questionZh"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"findingLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"findingLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceZh"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceEn"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expect"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"withinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"aheadDays"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitTiers"}},{"kind":"Field","name":{"kind":"Name","value":"industryPrefixes"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistTemplateQuery, ChecklistTemplateQueryVariables>;
export const SaveChecklistDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChecklistDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChecklistDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveChecklistDraftMutation, SaveChecklistDraftMutationVariables>;
export const PublishChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}}]}}]}}]}}]} as unknown as DocumentNode<PublishChecklistTemplateMutation, PublishChecklistTemplateMutationVariables>;
export const ApplicabilityReachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicabilityReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicabilityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicabilityReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}]}]}}]} as unknown as DocumentNode<ApplicabilityReachQuery, ApplicabilityReachQueryVariables>;
export const ChecklistTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"VERSION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistTemplatesQuery, ChecklistTemplatesQueryVariables>;
export const DraftChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DraftChecklistTemplateMutation, DraftChecklistTemplateMutationVariables>;
export const CreateChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateChecklistTemplateMutation, CreateChecklistTemplateMutationVariables>;
export const ImportChecklistTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportChecklistTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importChecklistTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportChecklistTemplateMutation, ImportChecklistTemplateMutationVariables>;
export const LearnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Learn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"liveURL"}},{"kind":"Field","name":{"kind":"Name","value":"replayURL"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingID"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"watchedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LearnQuery, LearnQueryVariables>;
export const RegisterForTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingID"}}]}}]}}]} as unknown as DocumentNode<RegisterForTrainingMutation, RegisterForTrainingMutationVariables>;
export const JoinTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]} as unknown as DocumentNode<JoinTrainingMutation, JoinTrainingMutationVariables>;
export const ReportTrainingWatchedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTrainingWatched"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTrainingWatched"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"watchedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<ReportTrainingWatchedMutation, ReportTrainingWatchedMutationVariables>;
export const TrainingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"liveURL"}},{"kind":"Field","name":{"kind":"Name","value":"replayURL"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"watchedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPageQuery, TrainingPageQueryVariables>;
export const AddTrainingMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTrainingMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTrainingMaterials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AddTrainingMaterialsMutation, AddTrainingMaterialsMutationVariables>;
export const TrainingMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingMaterialsQuery, TrainingMaterialsQueryVariables>;
export const RemoveTrainingMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTrainingMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTrainingMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTrainingMaterialMutation, RemoveTrainingMaterialMutationVariables>;
export const TrainingsAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingsAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"industryPrefixes"}},{"kind":"Field","name":{"kind":"Name","value":"replayURL"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingsAdminQuery, TrainingsAdminQueryVariables>;
export const TrainingCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"heads"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"heads"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}}]}}]}}]} as unknown as DocumentNode<TrainingCoverageQuery, TrainingCoverageQueryVariables>;
export const SetTrainingReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTrainingReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTrainingReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"replayURL"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replayURL"}}]}}]}}]} as unknown as DocumentNode<SetTrainingReplayMutation, SetTrainingReplayMutationVariables>;
export const ScheduleTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingMutation, ScheduleTrainingMutationVariables>;
export const ProblemListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemReason"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problemList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtID"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"byReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProblemListQuery, ProblemListQueryVariables>;
export const VisitTeamCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitTeamCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitTeamCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<VisitTeamCandidatesQuery, VisitTeamCandidatesQueryVariables>;
export const PlanVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanVisitMutation, PlanVisitMutationVariables>;
export const VisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Visits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitsQuery, VisitsQueryVariables>;
export const VisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Visit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"planSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"confirm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitQuery, VisitQueryVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const CancelVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelVisitMutation, CancelVisitMutationVariables>;
export const ConfirmVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmVisitMutation, ConfirmVisitMutationVariables>;
export const WarningCallListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningCallList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"warningID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"receipt"},"value":{"kind":"EnumValue","value":"ON_CALL_LIST"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUSHED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningCallListQuery, WarningCallListQueryVariables>;
export const RecordWarningCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWarningCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWarningCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWarningCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RecordWarningCallMutation, RecordWarningCallMutationVariables>;
export const WarningChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningChannelsQuery, WarningChannelsQueryVariables>;
export const SaveWarningChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWarningChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWarningChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWarningChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SaveWarningChannelMutation, SaveWarningChannelMutationVariables>;
export const WarningDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"warningID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningDeliveriesQuery, WarningDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const EmissionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmissionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"performanceGrade"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"selfDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"facilityID"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"so2"}},{"kind":"Field","name":{"kind":"Name","value":"nox"}},{"kind":"Field","name":{"kind":"Name","value":"pm"}},{"kind":"Field","name":{"kind":"Name","value":"vocs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"editMeasures"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmissionPlansQuery, EmissionPlansQueryVariables>;
export const SaveEmissionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEmissionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEmissionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEmissionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"selfDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"facilityID"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"so2"}},{"kind":"Field","name":{"kind":"Name","value":"nox"}},{"kind":"Field","name":{"kind":"Name","value":"pm"}},{"kind":"Field","name":{"kind":"Name","value":"vocs"}}]}}]}}]}}]} as unknown as DocumentNode<SaveEmissionPlanMutation, SaveEmissionPlanMutationVariables>;
export const WarningNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measuresReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningNoticeQuery, WarningNoticeQueryVariables>;
export const WarningNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUSHED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningNoticesQuery, WarningNoticesQueryVariables>;
export const ReportWarningMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportWarningMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportWarningMeasuresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportWarningMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuresReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReportWarningMeasuresMutation, ReportWarningMeasuresMutationVariables>;
export const WarningReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningNoticeWhereInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUSHED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measuresReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"reportUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"findingID"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningReceiptsQuery, WarningReceiptsQueryVariables>;
export const RecordWarningSpotCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWarningSpotCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWarningSpotCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWarningSpotCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCompliant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RecordWarningSpotCheckMutation, RecordWarningSpotCheckMutationVariables>;
export const ImportEmissionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEmissionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEmissionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseID"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"measuresBefore"}}]}}]}}]}}]} as unknown as DocumentNode<ImportEmissionPlansMutation, ImportEmissionPlansMutationVariables>;
export const PendingWarningNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingWarningNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingWarningNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"measuresReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingWarningNoticesQuery, PendingWarningNoticesQueryVariables>;
export const WarningNoticeReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WarningNoticeReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningNoticeReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WarningNoticeReceivedSubscription, WarningNoticeReceivedSubscriptionVariables>;
export const AcknowledgeWarningNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeWarningNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeWarningNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeWarningNoticeMutation, AcknowledgeWarningNoticeMutationVariables>;
export const MarkWarningNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkWarningNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markWarningNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<MarkWarningNoticeReadMutation, MarkWarningNoticeReadMutationVariables>;
export const WarningBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"round"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"ackSLAMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reportSLAMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allRounds"},"name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"timelyResponseRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"adjust"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"round"},"value":{"kind":"Variable","name":{"kind":"Name","value":"round"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtID"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"reportedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"withEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"timelyResponseRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianAckMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"repushed"}},{"kind":"Field","name":{"kind":"Name","value":"onCallList"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"spotCheckRate"}}]}}]} as unknown as DocumentNode<WarningBoardQuery, WarningBoardQueryVariables>;
export const WarningUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WarningUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}}]}}]} as unknown as DocumentNode<WarningUpdatedSubscription, WarningUpdatedSubscriptionVariables>;
export const AdjustWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]} as unknown as DocumentNode<AdjustWarningMutation, AdjustWarningMutationVariables>;
export const WarningRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtIDs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtIDs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtIDs"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtID"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRecipientsQuery, WarningRecipientsQueryVariables>;
export const WarningDefaultMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningDefaultMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningDefaultMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"measuresZh"}},{"kind":"Field","name":{"kind":"Name","value":"measuresEn"}}]}}]}}]} as unknown as DocumentNode<WarningDefaultMeasuresQuery, WarningDefaultMeasuresQueryVariables>;
export const SaveWarningDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWarningDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWarningDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWarningDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}}]}}]}}]}}]} as unknown as DocumentNode<SaveWarningDraftMutation, SaveWarningDraftMutationVariables>;
export const WarningDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"ackSLAMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reportSLAMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"repushMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"callMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningDraftQuery, WarningDraftQueryVariables>;
export const PublishWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishWarningMutation, PublishWarningMutationVariables>;
export const WarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarningsQuery, WarningsQueryVariables>;