import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import {
  ContactDatabaseImport,
  ContactImportPhase,
  CsvUploadStatus,
  DoNotCallNumbersAdded,
  ImportContactDatabaseInput,
  ImportDoNotCallNumbersInput,
  Permission,
  followedUpload,
  importContactDatabase,
  importDoNotCallNumbers,
  mayFollowUpload,
  type EventEnvelope,
  type Viewer,
} from '@switchboard/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { snapshotThenEvents } from '../graphql/live-events.js';
import { LiveEvent, LiveEventKind } from '../graphql/live-event.type.js';

@ObjectType({ description: 'Where an upload or an import of it stands.' })
export class ContactImportProgress extends LiveEvent {
  @Field(() => ID)
  uploadId!: string;

  @Field(() => ContactImportPhase)
  phase!: ContactImportPhase;

  @Field(() => Int, { description: 'Rows uploaded, checked or imported so far in this phase.' })
  rows!: number;

  @Field(() => Int, { nullable: true, description: 'Rows in the file; null while uploading.' })
  totalRows!: number | null;

  @Field(() => ID, { nullable: true, description: 'The contact database or do-not-call list being filled.' })
  targetId!: string | null;

  @Field(() => Int, { nullable: true, description: 'With FAILED: how many problems were found.' })
  problemCount!: number | null;
}

type ProgressEnvelope = EventEnvelope<'contact_import.progress'>;

/** The upload's current state; nothing when it does not exist (yet: ids may be chosen before uploading). */
async function progressSnapshot(em: EntityManager, viewer: Viewer, uploadId: string) {
  const upload = await followedUpload(em, viewer, uploadId);
  if (!upload) return [];
  const done = upload.status === CsvUploadStatus.IMPORTED;
  const snapshot: ContactImportProgress = {
    id: crypto.randomUUID(),
    kind: LiveEventKind.SNAPSHOT,
    occurredAt: new Date(),
    uploadId,
    phase: done ? ContactImportPhase.DONE : ContactImportPhase.STAGED,
    rows: done ? (upload.importedCount ?? 0) : upload.rowCount,
    totalRows: upload.rowCount,
    targetId: null,
    problemCount: null,
  };
  return [snapshot];
}

function toOutput(event: ProgressEnvelope): ContactImportProgress {
  const { data } = event;
  return {
    id: event.id,
    kind: LiveEventKind.CHANGE,
    occurredAt: new Date(event.occurredAt),
    uploadId: data.uploadId,
    phase: data.phase as ContactImportPhase,
    rows: data.rows,
    totalRows: data.totalRows,
    targetId: data.targetId,
    problemCount: data.problemCount,
  };
}

@Resolver()
export class ContactImportResolver {
  @Mutation(() => ContactDatabaseImport, {
    description:
      'Creates a contact database from an upload (POST /uploads/csv), all or nothing: any invalid row fails ' +
      'it with up to 100 problems (details.problems: row, column, message).',
  })
  importContactDatabase(
    @Arg('input', () => ImportContactDatabaseInput) input: ImportContactDatabaseInput,
    @Ctx() context: GraphQLContext,
  ) {
    return importContactDatabase(domain(context), input);
  }

  @Mutation(() => DoNotCallNumbersAdded, {
    description: "Adds an upload's column of numbers to a do-not-call list, all or nothing, as addDoNotCallNumbers.",
  })
  importDoNotCallNumbers(
    @Arg('input', () => ImportDoNotCallNumbersInput) input: ImportDoNotCallNumbersInput,
    @Ctx() context: GraphQLContext,
  ) {
    return importDoNotCallNumbers(domain(context), input);
  }

  @Subscription(() => ContactImportProgress, {
    description: 'Progress of an upload and its import: the current state first, then every phase and 10,000 rows.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { viewer, em } = domain(ctx);
      viewer.requireAny(Permission.CONTACTS_MANAGE, Permission.DO_NOT_CALL_MANAGE);
      const uploadId = String((args as { uploadId: string }).uploadId).toLowerCase();
      return snapshotThenEvents<'contact_import.progress', ContactImportProgress>(
        ctx.events.subscribe('contact_import.progress'),
        {
          snapshot: () => progressSnapshot(em.fork(), viewer, uploadId),
          visible: (event: ProgressEnvelope) =>
            event.data.uploadId === uploadId && mayFollowUpload(viewer, event.data.ownerId),
          toOutput,
        },
      );
    },
  })
  contactImportProgress(
    @Root() event: ContactImportProgress,
    @Arg('uploadId', () => ID) _uploadId: string,
  ): ContactImportProgress {
    return event;
  }
}
