/** The shapes the assessment pages read, from the API's schema (generated client). */
import type { components, paths } from '../../api/steward-client';

export type Assessment = components['schemas']['ImpactAssessment'];
export type Risk = Assessment['risks'][number];
export type ListItem =
  paths['/api/assessments']['get']['responses'][200]['content']['application/json']['items'][number];
export type Requirement =
  paths['/api/assessments/required']['get']['responses'][200]['content']['application/json']['items'][number];
export type FlowMap = Assessment['flowMap'];
