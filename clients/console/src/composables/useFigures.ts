import { useI18n } from 'vue-i18n';
import { formatDuration } from './useElapsed';

/** One figure of a campaign view or the wallboard, already in the viewer's words. */
export interface StatTile {
  id: string;
  label: string;
  value: string;
  /** Marks a figure past its target (abandon rate over the target). */
  alert?: boolean;
}

/** One series of a bar chart (QuarterHourChart): its name in the viewer's words and its colour. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** Figures in the viewer's language: counts, percentages and durations; a dash for "none yet". */
export function useFigures() {
  const { n, t } = useI18n();
  const dash = () => t('supervision.none');
  return {
    count: (value: number | null | undefined) => (value === null || value === undefined ? dash() : n(value)),
    percent: (value: number | null | undefined) =>
      value === null || value === undefined ? dash() : `${n(Math.round(value * 10) / 10)} %`,
    seconds: (value: number | null | undefined) =>
      value === null || value === undefined ? dash() : formatDuration(Math.round(value)),
    decimal: (value: number | null | undefined) =>
      value === null || value === undefined ? dash() : n(Math.round(value * 100) / 100),
  };
}
