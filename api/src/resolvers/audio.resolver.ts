import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AUDIO_READ, AudioFile, AudioService } from '@switchboard/schema';
import { DEBIAN_PROMPT_LANGUAGES, audioHostDirectory, promptLanguages } from '@switchboard/telephony';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { apiTelephonyConfig } from './telephony-credentials.settings.js';

@Resolver(() => AudioFile)
export class AudioResolver {
  @Query(() => [AudioFile], {
    description: 'Custom audios by name. Upload with POST /uploads/audio (WAV or MP3); listen at GET /audio/<id>.wav.',
  })
  audioFiles(@Ctx() context: GraphQLContext): Promise<AudioFile[]> {
    return AudioService.list(domain(context));
  }

  @Mutation(() => AudioFile)
  renameAudioFile(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AudioFile> {
    return AudioService.rename(domain(context), id, name);
  }

  @Mutation(() => Boolean, { description: 'Refused with AUDIO_IN_USE (details.uses) while anything plays it.' })
  deleteAudioFile(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return AudioService.delete(domain(context), id, audioHostDirectory(apiTelephonyConfig()));
  }
}

@ObjectType({ description: 'A language of the system prompts Asterisk says (CHANNEL(language)).' })
export class PromptLanguage {
  @Field(() => String, { description: 'Folder of Asterisk sounds: en, es, en_US...' })
  code!: string;

  @Field(() => Boolean, { description: 'Whether its prompts are installed in the running PBX.' })
  installed!: boolean;

  @Field(() => String, { nullable: true, description: 'The Debian package the pbx setup installs for it.' })
  setupPackage!: string | null;
}

@Resolver(() => PromptLanguage)
export class PromptLanguageResolver {
  @Query(() => [PromptLanguage], {
    description: `System prompt languages: installed ones and those the pbx setup installs. Debian packages ${DEBIAN_PROMPT_LANGUAGES.join(', ')}.`,
  })
  promptLanguages(@Ctx() context: GraphQLContext): Promise<PromptLanguage[]> {
    domain(context).viewer.requireAny(...AUDIO_READ);
    return promptLanguages(apiTelephonyConfig());
  }
}
