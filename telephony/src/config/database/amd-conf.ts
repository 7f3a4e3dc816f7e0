import { renderConf } from '../conf-file.js';
import type { AmdModel } from './telephony-model.js';

/** amd.conf from the AMD settings (the manual's AMD page); app_amd reads it on load and reload. */
export function amdConf(amd: AmdModel): string {
  return renderConf([
    {
      name: 'general',
      lines: [
        ['initial_silence', amd.initialSilenceMs],
        ['greeting', amd.greetingMs],
        ['after_greeting_silence', amd.afterGreetingSilenceMs],
        ['total_analysis_time', amd.totalAnalysisTimeMs],
        ['min_word_length', amd.minWordLengthMs],
        ['between_words_silence', amd.betweenWordsSilenceMs],
        ['maximum_number_of_words', amd.maximumNumberOfWords],
        ['maximum_word_length', amd.maximumWordLengthMs],
        ['silence_threshold', amd.silenceThreshold],
      ],
    },
  ]);
}
