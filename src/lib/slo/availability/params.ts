/**
 * URL contract of the availability tool:
 * `?model=serial(api:99.95,parallel(db:99.99,queue:99.9))&calendar=sre`
 * (calendar is optional and sets the downtime table's months and years).
 */
import { DEFAULT_CALENDAR, parseCalendarField, type CalendarConvention } from '../calendar';
import {
  DEFAULT_MODEL_TEXT,
  parseAvailabilityModel,
  printAvailabilityModel,
  type AvailabilityModel,
} from './model';
import { DEPENDENCY_PARAMS } from './dependency-params';
import { readParams, searchString, type ParsedParams } from '../../url-params';

export interface AvailabilityInputs {
  model: AvailabilityModel;
  calendar: CalendarConvention;
}

function defaultModel(): AvailabilityModel {
  const parsed = parseAvailabilityModel(DEFAULT_MODEL_TEXT);
  if (!parsed.ok) throw new Error(`Default model does not parse: ${parsed.message}`);
  return parsed.value;
}

export const DEFAULT_AVAILABILITY_INPUTS: AvailabilityInputs = { model: defaultModel(), calendar: DEFAULT_CALENDAR };

export function parseAvailabilityParams(params: URLSearchParams): ParsedParams<AvailabilityInputs> {
  const d = DEFAULT_AVAILABILITY_INPUTS;
  // The page reads its dependency calculator from the same URL (dependency-params.ts), so its names are known here too.
  return readParams(params, ['model', 'calendar', ...DEPENDENCY_PARAMS], (reader): AvailabilityInputs => ({
    model: reader.read('model', parseAvailabilityModel, d.model, 'the example model'),
    calendar: reader.read('calendar', parseCalendarField, d.calendar, d.calendar),
  }));
}

export function availabilitySearch(inputs: AvailabilityInputs): string {
  return searchString([
    ['model', printAvailabilityModel(inputs.model)],
    ['calendar', inputs.calendar],
  ]);
}
